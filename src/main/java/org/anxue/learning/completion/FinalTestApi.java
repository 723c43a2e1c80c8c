package org.anxue.learning.completion;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.anxue.learning.enrolment.Learners;

/**
 * The final test as JSON, for the signed-in worker on their own attempts (anyone else's attempt is
 * 404). Questions come without answers; {@code POST …/{attemptId}/submission} grades them.
 */
@Path("/api/courses/{courseId}/test-attempts")
@RolesAllowed("WORKER")
@Produces(MediaType.APPLICATION_JSON)
public class FinalTestApi {

    /** {@code answers}: question id → "B", "ACD", "TRUE" or "FALSE". */
    public record Submission(Map<String, String> answers) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    FinalTests tests;

    @GET
    public FinalTests.TestStatus status(@PathParam("courseId") long courseId) {
        return tests.status(Learners.personId(identity), courseId);
    }

    /** Starts an attempt (or returns the open one). */
    @POST
    public FinalTests.AttemptView start(@PathParam("courseId") long courseId) {
        return tests.start(Learners.personId(identity), courseId);
    }

    @GET
    @Path("{attemptId}")
    public FinalTests.AttemptView attempt(@PathParam("courseId") long courseId, @PathParam("attemptId") long attemptId) {
        return tests.attempt(Learners.personId(identity), courseId, attemptId);
    }

    @POST
    @Path("{attemptId}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public FinalTests.ResultView submit(@PathParam("courseId") long courseId, @PathParam("attemptId") long attemptId,
                                        Submission submission) {
        return tests.submit(Learners.personId(identity), courseId, attemptId,
                submission == null ? Map.of() : submission.answers());
    }

    @GET
    @Path("{attemptId}/result")
    public FinalTests.ResultView result(@PathParam("courseId") long courseId, @PathParam("attemptId") long attemptId) {
        return tests.result(Learners.personId(identity), courseId, attemptId);
    }
}
