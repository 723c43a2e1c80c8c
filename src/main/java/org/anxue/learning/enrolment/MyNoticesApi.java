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

/** The worker's notices (reminders), as JSON; marking one as read. */
@Path("/api/me/notices")
@RolesAllowed("WORKER")
@Produces(MediaType.APPLICATION_JSON)
public class MyNoticesApi {

    @Inject
    SecurityIdentity identity;

    @Inject
    Notices notices;

    @GET
    public List<Notices.Notice> notices() {
        return notices.of(Learners.personId(identity));
    }

    @POST
    @Path("{id}/read")
    public Map<String, Object> read(@PathParam("id") long id) {
        if (!notices.markRead(Learners.personId(identity), id, Instant.now())) {
            throw new AppException(404, "study:noticeNotFound");
        }
        return Map.of("id", id, "read", true);
    }
}
