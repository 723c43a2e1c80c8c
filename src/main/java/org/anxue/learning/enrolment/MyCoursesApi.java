package org.anxue.learning.enrolment;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxue.learning.tasks.Notices;
import org.anxue.web.AppException;

/** The worker's courses with their progress, as JSON. */
@Path("/api/me/courses")
@RolesAllowed("WORKER")
@Produces(MediaType.APPLICATION_JSON)
public class MyCoursesApi {

    @Inject
    SecurityIdentity identity;

    @Inject
    MyCourses myCourses;

    @GET
    public List<MyCourses.MyCourse> courses() {
        return myCourses.of(Learners.personId(identity));
    }
}
