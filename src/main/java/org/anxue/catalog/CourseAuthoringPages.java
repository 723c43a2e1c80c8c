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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anxue.security.Role;
import org.anxue.web.AppException;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * An institution's pages: its courses, and one course's page where it edits the description,
 * cover, outline (lesson videos are uploaded by the browser straight to S3), question bank, and
 * submits for review or starts a new version. Forms post here and come back to the page (303).
 */
@Path("/institution/courses")
@RolesAllowed("INSTITUTION_ADMIN")
public class CourseAuthoringPages {

    /** The data of a course's page. */
    public record CoursePage(CourseView course, boolean editable, List<String> readiness,
                             List<CourseView.VersionSummary> versions, List<CourseView.EventView> events,
                             boolean mayStartNewVersion, Integer publishedNumber, int minQuestions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CourseView.Authored> courses);

        static native TemplateInstance course(CoursePage page);
    }

    private final Authoring authoring;
    private final CourseAccess access;
    private final CourseViews views;
    private final CatalogConfig config;
    private final SecurityIdentity identity;
    private final LocalizedMessages messages;
    private final WebRequest web;

    CourseAuthoringPages(Authoring authoring, CourseAccess access, CourseViews views, CatalogConfig config,
                         SecurityIdentity identity, LocalizedMessages messages, WebRequest web) {
        this.authoring = authoring;
        this.access = access;
        this.views = views;
        this.config = config;
        this.identity = identity;
        this.messages = messages;
        this.web = web;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance list() {
        return Templates.list(authored(actor(), access));
    }

    /** The institution's courses, each with its latest version, newest first. */
    static List<CourseView.Authored> authored(Actor actor, CourseAccess access) {
        var institution = access.institutionOf(actor);
        List<CourseView.Authored> list = new ArrayList<>();
        for (Course course : Course.<Course>list("institution = ?1 order by id desc", institution)) {
            CourseVersion latest = CourseVersion.<CourseVersion>find("course = ?1 order by number desc", course).firstResult();
            list.add(new CourseView.Authored(course.id, latest.title, latest.number, latest.status, course.published != null,
                    latest.trainingType, latest.declaredHours, latest.updatedAt));
        }
        return list;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Course course = authoring.create(actor(), courseForm(form));
        return back(course.id, "");
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance course(@PathParam("id") long id) {
        Actor actor = actor();
        Course course = access.ownCourse(actor, id);
        CourseVersion open = Authoring.openVersion(course).orElse(null);
        CourseVersion shown = open != null ? open
                : CourseVersion.<CourseVersion>find("course = ?1 order by number desc", course).firstResult();
        List<String> readiness = shown.status.editable()
                ? authoring.readiness(shown).stream().map(this::text).toList() : List.of();
        return Templates.course(new CoursePage(views.view(shown, CourseViews.Audience.FULL), shown.status.editable(),
                readiness, views.versions(course), views.events(course), open == null && shown.status.wasPublished(),
                course.published == null ? null : course.published.number, config.minQuestions()));
    }

    @POST
    @Path("{id}/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response details(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        authoring.updateDetails(actor(), id, courseForm(form));
        return back(id, "#details");
    }

    @POST
    @Path("{id}/cover")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response cover(@PathParam("id") long id, @RestForm("cover") FileUpload cover) {
        authoring.setCover(actor(), id, cover == null ? null : cover.uploadedFile());
        return back(id, "#details");
    }

    @POST
    @Path("{id}/chapters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addChapter(@PathParam("id") long id, @RestForm String title) {
        authoring.addChapter(actor(), id, title);
        return back(id, "#outline");
    }

    @POST
    @Path("{id}/chapters/{chapterId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renameChapter(@PathParam("id") long id, @PathParam("chapterId") long chapterId,
                                  @RestForm String title) {
        authoring.updateChapter(actor(), id, chapterId, title, null);
        return back(id, "#chapter-" + chapterId);
    }

    @POST
    @Path("{id}/chapters/{chapterId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveChapter(@PathParam("id") long id, @PathParam("chapterId") long chapterId,
                                @RestForm int position) {
        authoring.updateChapter(actor(), id, chapterId, null, Math.max(0, position));
        return back(id, "#chapter-" + chapterId);
    }

    @POST
    @Path("{id}/chapters/{chapterId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteChapter(@PathParam("id") long id, @PathParam("chapterId") long chapterId) {
        authoring.deleteChapter(actor(), id, chapterId);
        return back(id, "#outline");
    }

    @POST
    @Path("{id}/lessons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addLesson(@PathParam("id") long id, @RestForm long chapterId, @RestForm String title,
                              @RestForm String kind, @RestForm String freePreview) {
        Lesson lesson = authoring.addLesson(actor(), id, chapterId, title, kind, freePreview != null);
        return back(id, "#lesson-" + lesson.id);
    }

    @POST
    @Path("{id}/lessons/{lessonId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
                                 @RestForm String title, @RestForm String freePreview, @RestForm Long chapterId) {
        authoring.updateLesson(actor(), id, lessonId, title, freePreview != null, chapterId, null);
        return back(id, "#lesson-" + lessonId);
    }

    @POST
    @Path("{id}/lessons/{lessonId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
                               @RestForm int position) {
        authoring.updateLesson(actor(), id, lessonId, null, null, null, Math.max(0, position));
        return back(id, "#lesson-" + lessonId);
    }

    @POST
    @Path("{id}/lessons/{lessonId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        authoring.deleteLesson(actor(), id, lessonId);
        return back(id, "#outline");
    }

    @POST
    @Path("{id}/lessons/{lessonId}/document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response document(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
                             @RestForm("document") FileUpload document) {
        authoring.attachDocument(actor(), id, lessonId, document == null ? null : document.fileName(),
                document == null ? null : document.uploadedFile());
        return back(id, "#lesson-" + lessonId);
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addQuestion(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Question question = authoring.addQuestion(actor(), id, questionForm(form));
        return back(id, "#question-" + question.id);
    }

    @POST
    @Path("{id}/questions/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId,
                                   MultivaluedMap<String, String> form) {
        authoring.updateQuestion(actor(), id, questionId, questionForm(form));
        return back(id, "#question-" + questionId);
    }

    @POST
    @Path("{id}/questions/{questionId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId,
                                 @RestForm int position) {
        authoring.moveQuestion(actor(), id, questionId, Math.max(0, position));
        return back(id, "#question-" + questionId);
    }

    @POST
    @Path("{id}/questions/{questionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId) {
        authoring.deleteQuestion(actor(), id, questionId);
        return back(id, "#questions");
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id) {
        authoring.submit(actor(), id);
        return back(id, "");
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response newVersion(@PathParam("id") long id) {
        authoring.startNewVersion(actor(), id);
        return back(id, "");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Actor actor() {
        Actor actor = Actor.of(identity);
        if (actor == null || actor.role() != Role.INSTITUTION_ADMIN) {
            throw AppException.forbidden();
        }
        return actor;
    }

    private String text(Problem problem) {
        return messages.get(web.locale(), "catalog", problem.key(), problem.args().toArray());
    }

    static CourseForm courseForm(MultivaluedMap<String, String> form) {
        return new CourseForm(form.getFirst("title"), form.getFirst("summary"), form.getFirst("trainingType"),
                form.getFirst("declaredHours"), form.getFirst("passMark"), form.get("industries"),
                form.get("postKinds"));
    }

    /** A question form: kind, stem, option0..option5, answer letters (check boxes) or a true/false choice, explanation. */
    static QuestionContent.Form questionForm(MultivaluedMap<String, String> form) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < QuestionContent.MAX_OPTIONS; i++) {
            String option = form.getFirst("option" + i);
            if (option == null) {
                break;
            }
            options.add(option);
        }
        String kind = form.getFirst("kind");
        String answer = "TRUE_FALSE".equals(kind == null ? null : kind.toUpperCase(Locale.ROOT))
                ? form.getFirst("truth")
                : String.join("", form.get("answer") == null ? List.of() : form.get("answer"));
        return new QuestionContent.Form(kind, form.getFirst("stem"),
                "TRUE_FALSE".equalsIgnoreCase(kind) ? List.of() : options, answer, form.getFirst("explanation"));
    }

    private static Response back(long id, String anchor) {
        return Response.seeOther(URI.create("/institution/courses/" + id + anchor)).build();
    }
}
