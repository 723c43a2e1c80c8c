package org.anxue.learning.completion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.learning.enrolment.Learners;
import org.anxue.web.AppException;

/**
 * The final test's pages: where the worker stands (lessons, attempts left), the attempt's questions
 * as a form (no answers in the page), the graded result, and the completion page with the score and
 * the credited study time.
 */
@Path("/my/courses/{courseId: \\d+}")
@RolesAllowed("WORKER")
@Produces(MediaType.TEXT_HTML)
public class FinalTestPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance test(FinalTests.TestStatus status, FinalTests.AttemptView attempt);

        static native TemplateInstance result(FinalTests.TestStatus status, FinalTests.ResultView result);

        static native TemplateInstance completion(FinalTests.Completion completion);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    FinalTests tests;

    @GET
    @Path("test")
    public TemplateInstance test(@PathParam("courseId") long courseId) {
        long person = Learners.personId(identity);
        FinalTests.TestStatus status = tests.status(person, courseId);
        FinalTests.AttemptView attempt = status.openAttemptId() == null ? null
                : tests.attempt(person, courseId, status.openAttemptId());
        return Templates.test(status, attempt);
    }

    @POST
    @Path("test/attempts")
    public Response start(@PathParam("courseId") long courseId) {
        tests.start(Learners.personId(identity), courseId);
        return Response.seeOther(URI.create("/my/courses/" + courseId + "/test")).build();
    }

    /** Form fields {@code q<questionId>}: one value (single, true/false) or several letters (multiple choice). */
    @POST
    @Path("test/attempts/{attemptId: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("courseId") long courseId, @PathParam("attemptId") long attemptId,
                           MultivaluedMap<String, String> form) {
        Map<String, String> answers = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("q") && name.length() > 1) {
                answers.put(name.substring(1), String.join("", values));
            }
        });
        tests.submit(Learners.personId(identity), courseId, attemptId, answers);
        return Response.seeOther(URI.create("/my/courses/" + courseId + "/test/attempts/" + attemptId)).build();
    }

    @GET
    @Path("test/attempts/{attemptId: \\d+}")
    public TemplateInstance result(@PathParam("courseId") long courseId, @PathParam("attemptId") long attemptId) {
        long person = Learners.personId(identity);
        return Templates.result(tests.status(person, courseId), tests.result(person, courseId, attemptId));
    }

    @GET
    @Path("completion")
    public TemplateInstance completion(@PathParam("courseId") long courseId) {
        FinalTests.Completion completion = tests.completion(Learners.personId(identity), courseId);
        if (completion == null) {
            throw new AppException(404, "study:notCompleted");
        }
        return Templates.completion(completion);
    }

    static List<String> letters(int count) {
        return "ABCDEFGH".substring(0, Math.min(8, count)).chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
