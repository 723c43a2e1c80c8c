package org.anxue.catalog;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Lists for the two sides of the catalog: an institution's courses and a bureau's review queue. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class CatalogListsApi {

    private final CourseAccess access;
    private final Reviewing reviewing;
    private final SecurityIdentity identity;

    CatalogListsApi(CourseAccess access, Reviewing reviewing, SecurityIdentity identity) {
        this.access = access;
        this.reviewing = reviewing;
        this.identity = identity;
    }

    /** The signed-in institution's courses, each with the state of its latest version. */
    @GET
    @Path("authored-courses")
    @RolesAllowed("INSTITUTION_ADMIN")
    public List<CourseView.Authored> authored() {
        return CourseAuthoringPages.authored(Actor.of(identity), access);
    }

    /** Versions waiting for the signed-in officer's review in the jurisdiction, oldest first. */
    @GET
    @Path("course-reviews")
    @RolesAllowed("BUREAU_OFFICER")
    public List<CourseReviewPages.ReviewItem> reviews() {
        return reviewing.queue(Actor.of(identity)).stream().map(CourseReviewPages.ReviewItem::of).toList();
    }
}
