package org.anxue.learning.enrolment;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anxue.web.AppException;

/** 自主选学 as JSON: a worker enrols in a published course. */
@Path("/api/enrolments")
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

    /** Enrols the worker in a published course: 201 the first time, 200 when already enrolled. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(EnrolRequest request) {
        if (request == null || request.courseId() == null) {
            throw new AppException(400, "study:courseIdRequired");
        }
        long person = Learners.personId(identity);
        boolean created = selection.enrol(person, request.courseId());
        return Response.status(created ? 201 : 200).entity(new EnrolledView(request.courseId(), true, created)).build();
    }
}
