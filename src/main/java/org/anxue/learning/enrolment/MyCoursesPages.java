package org.anxue.learning.enrolment;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.anxue.learning.tasks.Notices;
import org.anxue.web.AppException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 我的课程 (/my/courses): the worker's required and self-selected courses with progress bars, their
 * notices; a course's lessons with links to the player; enrolment from the course page (and, for a
 * visitor who had to sign in first, a confirmation page to come back to).
 */
@Path("/my/courses")
@RolesAllowed("WORKER")
@Produces(MediaType.TEXT_HTML)
public class MyCoursesPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<MyCourses.MyCourse> courses, List<Notices.Notice> notices,
                                            int unread);

        static native TemplateInstance course(MyCourses.MyCourse course, boolean justEnrolled);

        static native TemplateInstance enrol(long courseId, String title);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    MyCourses myCourses;

    @Inject
    SelfSelection selection;

    @Inject
    Notices notices;

    @GET
    public TemplateInstance list() {
        long person = Learners.personId(identity);
        List<Notices.Notice> all = notices.of(person);
        return Templates.list(myCourses.of(person), all, (int) all.stream().filter(Notices.Notice::unread).count());
    }

    @GET
    @Path("{courseId: \\d+}")
    public TemplateInstance course(@PathParam("courseId") long courseId, @QueryParam("enrolled") String enrolled) {
        return Templates.course(myCourses.one(Learners.personId(identity), courseId), enrolled != null);
    }

    /** Where the course page sends a visitor who signs in to enrol: a button to confirm. */
    @GET
    @Path("{courseId: \\d+}/enrol")
    public Response enrolPage(@PathParam("courseId") long courseId) {
        long person = Learners.personId(identity);
        String title = selection.publishedTitle(courseId);
        if (myCourses.of(person).stream().anyMatch(c -> c.courseId() == courseId)) {
            return Response.seeOther(URI.create("/my/courses/" + courseId)).build();
        }
        return Response.ok(Templates.enrol(courseId, title)).build();
    }

    @POST
    @Path("enrolments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@RestForm String courseId) {
        long id;
        try {
            id = Long.parseLong(courseId == null ? "" : courseId.strip());
        } catch (NumberFormatException e) {
            throw new AppException(400, "study:courseIdRequired");
        }
        selection.enrol(Learners.personId(identity), id);
        return Response.seeOther(URI.create("/my/courses/" + id + "?enrolled=1")).build();
    }

    /** A document lesson: recorded as opened (its completion rule), then the catalog's short-lived link. */
    @GET
    @Path("{courseId: \\d+}/lessons/{lessonId: \\d+}/document")
    public Response document(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
        myCourses.openDocument(Learners.personId(identity), courseId, lessonId);
        return Response.seeOther(URI.create("/courses/" + courseId + "/lessons/" + lessonId + "/document")).build();
    }

    @POST
    @Path("notices/{id: \\d+}/read")
    public Response read(@PathParam("id") long id) {
        if (!notices.markRead(Learners.personId(identity), id, Instant.now())) {
            throw new AppException(404, "study:noticeNotFound");
        }
        return Response.seeOther(URI.create("/my/courses#notices")).build();
    }

    @POST
    @Path("notices/read")
    public Response readAll() {
        notices.markRead(Learners.personId(identity), null, Instant.now());
        return Response.seeOther(URI.create("/my/courses#notices")).build();
    }
}
