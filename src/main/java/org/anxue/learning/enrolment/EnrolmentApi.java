package org.anxue.learning.enrolment;

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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxue.learning.tasks.Notices;
import org.anxue.web.AppException;

/** A worker's enrolments (自主选学), courses with progress, and notices, as JSON. */
@Path("/api")
@RolesAllowed("WORKER")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentApi {

    public record EnrolRequest(Long courseId) {
    }

    public record EnrolledView(long courseId, boolean enrolled, boolean created) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    SelfSelection selection;

    @Inject
    MyCourses myCourses;

    @Inject
    Notices notices;

    /** Enrols the worker in a published course: 201 the first time, 200 when already enrolled. */
    @POST
    @Path("enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(EnrolRequest request) {
        if (request == null || request.courseId() == null) {
            throw new AppException(400, "study:courseIdRequired");
        }
        long person = Learners.personId(identity);
        boolean created = selection.enrol(person, request.courseId());
        return Response.status(created ? 201 : 200).entity(new EnrolledView(request.courseId(), true, created)).build();
    }

    @GET
    @Path("me/courses")
    public List<MyCourses.MyCourse> courses() {
        return myCourses.of(Learners.personId(identity));
    }

    @GET
    @Path("me/notices")
    public List<Notices.Notice> notices() {
        return notices.of(Learners.personId(identity));
    }

    @POST
    @Path("me/notices/{id}/read")
    public Map<String, Object> read(@PathParam("id") long id) {
        if (!notices.markRead(Learners.personId(identity), id, Instant.now())) {
            throw new AppException(404, "study:noticeNotFound");
        }
        return Map.of("id", id, "read", true);
    }
}
