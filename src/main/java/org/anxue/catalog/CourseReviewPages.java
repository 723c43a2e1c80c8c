package org.anxue.catalog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A bureau officer's pages: the review queue of the jurisdiction (and its published courses), and
 * a course's review page with the class-hours check, a preview player for every lesson, the
 * question bank with answers, and approve / reject / withdraw.
 */
@Path("/oversight/courses")
@RolesAllowed("BUREAU_OFFICER")
public class CourseReviewPages {

    public record ReviewItem(long courseId, String title, String institutionName, int versionNumber,
                             java.time.Instant submittedAt, java.time.Instant publishedAt,
                             java.math.BigDecimal declaredHours) {
        static ReviewItem of(CourseVersion v) {
            return new ReviewItem(v.course.id, v.title, v.course.institution.name, v.number, v.submittedAt,
                    v.publishedAt, v.declaredHours);
        }
    }

    /** The data of the review page: the version under review (else the published one). */
    public record ReviewPage(CourseView course, boolean underReview, boolean listed, List<String> problems,
                             List<CourseView.EventView> events) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<ReviewItem> submitted, List<ReviewItem> published);

        static native TemplateInstance course(ReviewPage page);
    }

    private final Reviewing reviewing;
    private final Authoring authoring;
    private final CourseAccess access;
    private final CourseViews views;
    private final SecurityIdentity identity;
    private final LocalizedMessages messages;
    private final WebRequest web;

    CourseReviewPages(Reviewing reviewing, Authoring authoring, CourseAccess access, CourseViews views,
                      SecurityIdentity identity, LocalizedMessages messages, WebRequest web) {
        this.reviewing = reviewing;
        this.authoring = authoring;
        this.access = access;
        this.views = views;
        this.identity = identity;
        this.messages = messages;
        this.web = web;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance queue() {
        Actor actor = Actor.of(identity);
        return Templates.queue(reviewing.queue(actor).stream().map(ReviewItem::of).toList(),
                reviewing.published(actor).stream().map(ReviewItem::of).toList());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance course(@PathParam("id") long id) {
        Course course = access.reviewableCourse(Actor.of(identity), id);
        CourseVersion open = Authoring.openVersion(course).orElse(null);
        CourseVersion shown = open != null && open.status == VersionStatus.SUBMITTED ? open
                : course.published != null ? course.published
                : open != null ? open
                : CourseVersion.<CourseVersion>find("course = ?1 order by number desc", course).firstResult();
        boolean underReview = shown.status == VersionStatus.SUBMITTED;
        List<String> problems = underReview ? authoring.readiness(shown).stream()
                .map(p -> messages.get(web.locale(), "catalog", p.key(), p.args().toArray())).toList() : List.of();
        return Templates.course(new ReviewPage(views.view(shown, CourseViews.Audience.FULL), underReview,
                course.published != null, problems, views.events(course)));
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id) {
        reviewing.approve(Actor.of(identity), id);
        return back(id);
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        reviewing.reject(Actor.of(identity), id, reason);
        return back(id);
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") long id, @RestForm String reason) {
        reviewing.withdraw(Actor.of(identity), id, reason);
        return back(id);
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/oversight/courses/" + id)).build();
    }
}
