package org.anxue.catalog;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.anxue.media.MediaAsset;
import org.anxue.media.MediaConfig;
import org.anxue.media.PlaylistSigner;
import org.anxue.web.AppException;
import org.jboss.logging.Logger;

/**
 * The catalog's JSON API. Public: the supermarket and published courses, and the playlists of
 * free-preview lessons. An institution (INSTITUTION_ADMIN) creates courses and edits their draft,
 * submits it and starts new versions; a bureau officer (BUREAU_OFFICER) approves, rejects and
 * withdraws. Errors: {@code {"error", "message"}}, bad input 400 with {@code problems}.
 */
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class CourseApi {

    private static final Logger LOG = Logger.getLogger(CourseApi.class);

    public record ChapterRequest(String title, Integer position) {
    }

    public record LessonRequest(Long chapterId, String title, String kind, Boolean freePreview, Integer position) {
    }

    public record VideoRequest(String mediaId) {
    }

    public record ReasonRequest(String reason) {
    }

    public record Created(long id, String url) {
    }

    public record QuestionMove(Integer position) {
    }

    private final Supermarket supermarket;
    private final Authoring authoring;
    private final Reviewing reviewing;
    private final CourseAccess access;
    private final CourseViews views;
    private final Watching watching;
    private final PlaylistSigner signer;
    private final MediaConfig mediaConfig;
    private final SecurityIdentity identity;

    CourseApi(Supermarket supermarket, Authoring authoring, Reviewing reviewing, CourseAccess access,
              CourseViews views, Watching watching, PlaylistSigner signer, MediaConfig mediaConfig,
              SecurityIdentity identity) {
        this.supermarket = supermarket;
        this.authoring = authoring;
        this.reviewing = reviewing;
        this.access = access;
        this.views = views;
        this.watching = watching;
        this.signer = signer;
        this.mediaConfig = mediaConfig;
        this.identity = identity;
    }

    // --- public ----------------------------------------------------------------------------------

    /**
     * The supermarket: {@code industry, postKind, trainingType, institution, minHours, maxHours, q,
     * sort (newest | enrolled), page (1-based), size (≤ 50)}.
     */
    @GET
    public Supermarket.Page search(@Context UriInfo uri) {
        return supermarket.search(Supermarket.Filter.parse(CatalogPages.queryParams(uri)));
    }

    /** A published course: its published version, without the question bank. */
    @GET
    @Path("{id}")
    @Transactional
    public CourseView published(@PathParam("id") long id) {
        Course course = Course.findById(id);
        if (course == null || course.published == null) {
            throw new AppException(Status.NOT_FOUND, "catalog:courseNotFound");
        }
        return views.view(course.published, CourseViews.Audience.PUBLIC);
    }

    /**
     * A lesson video's HLS playlist with signed segment URLs, for whoever may watch the lesson
     * (anyone for a free preview of a published course; see {@link Watching}).
     */
    @GET
    @Path("{id}/lessons/{lessonId}/playlist.m3u8")
    @Produces("application/vnd.apple.mpegurl")
    @Transactional
    public Response playlist(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        Lesson lesson = Lesson.findById(lessonId);
        if (lesson == null || lesson.courseVersion.course.id != id || lesson.mediaId == null) {
            throw new AppException(Status.NOT_FOUND, "catalog:lessonNotFound");
        }
        if (!watching.mayWatch(Actor.of(identity), lesson)) {
            throw new AppException(Status.FORBIDDEN, "catalog:mayNotWatch");
        }
        MediaAsset asset = MediaAsset.findById(lesson.mediaId);
        if (asset == null || asset.state != MediaAsset.State.READY) {
            throw new AppException(Status.CONFLICT, "catalog:lessonNotPlayable");
        }
        try {
            CacheControl noStore = new CacheControl();
            noStore.setNoStore(true);
            noStore.setPrivate(true);
            return Response.ok(signer.signedPlaylist(asset.id, asset.playlistKey, mediaConfig.playbackUrlTtl()),
                    "application/vnd.apple.mpegurl").cacheControl(noStore).build();
        } catch (IOException e) {
            throw CatalogObjects.unavailable(e);
        }
    }

    // --- institution -----------------------------------------------------------------------------

    /** Creates a course (its first version is a draft): 201 with the draft. */
    @POST
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CourseForm form) {
        Course course = authoring.create(actor(), form);
        return Response.created(URI.create("/api/courses/" + course.id + "/draft")).entity(draftView(course.id)).build();
    }

    /** The course's open version (draft, submitted or rejected) with everything, questions included. */
    @GET
    @Path("{id}/draft")
    @RolesAllowed("INSTITUTION_ADMIN")
    public CourseView draft(@PathParam("id") long id) {
        return draftView(id);
    }

    @PUT
    @Path("{id}/draft")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView updateDraft(@PathParam("id") long id, CourseForm form) {
        authoring.updateDetails(actor(), id, form);
        return draftView(id);
    }

    /** The cover: the picture (JPEG or PNG) as the body. */
    @PUT
    @Path("{id}/draft/cover")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public CourseView cover(@PathParam("id") long id, InputStream body) {
        java.nio.file.Path file = spool(body, ".img");
        try {
            authoring.setCover(actor(), id, file);
        } finally {
            delete(file);
        }
        return draftView(id);
    }

    @POST
    @Path("{id}/draft/chapters")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addChapter(@PathParam("id") long id, ChapterRequest request) {
        Chapter chapter = authoring.addChapter(actor(), id, request == null ? null : request.title());
        return created(id, chapter.id);
    }

    /** Renames and/or moves a chapter ({@code position} 0-based). */
    @PUT
    @Path("{id}/draft/chapters/{chapterId}")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView updateChapter(@PathParam("id") long id, @PathParam("chapterId") long chapterId,
                                    ChapterRequest request) {
        if (request == null) {
            throw CatalogInputException.invalid(null, "courseRequired");
        }
        authoring.updateChapter(actor(), id, chapterId, request.title(), request.position());
        return draftView(id);
    }

    @DELETE
    @Path("{id}/draft/chapters/{chapterId}")
    @RolesAllowed("INSTITUTION_ADMIN")
    public Response deleteChapter(@PathParam("id") long id, @PathParam("chapterId") long chapterId) {
        authoring.deleteChapter(actor(), id, chapterId);
        return Response.noContent().build();
    }

    /** A lesson ({@code kind} VIDEO or DOCUMENT) at the end of a chapter. */
    @POST
    @Path("{id}/draft/lessons")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLesson(@PathParam("id") long id, LessonRequest request) {
        if (request == null || request.chapterId() == null) {
            throw CatalogInputException.invalid("chapterId", "chapterRequired");
        }
        Lesson lesson = authoring.addLesson(actor(), id, request.chapterId(), request.title(), request.kind(),
                Boolean.TRUE.equals(request.freePreview()));
        return created(id, lesson.id);
    }

    @PUT
    @Path("{id}/draft/lessons/{lessonId}")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView updateLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
                                   LessonRequest request) {
        if (request == null) {
            throw CatalogInputException.invalid(null, "courseRequired");
        }
        authoring.updateLesson(actor(), id, lessonId, request.title(), request.freePreview(), request.chapterId(),
                request.position());
        return draftView(id);
    }

    @DELETE
    @Path("{id}/draft/lessons/{lessonId}")
    @RolesAllowed("INSTITUTION_ADMIN")
    public Response deleteLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        authoring.deleteLesson(actor(), id, lessonId);
        return Response.noContent().build();
    }

    /** Attaches an upload ({@code /api/uploads}) of the institution to a video lesson. */
    @PUT
    @Path("{id}/draft/lessons/{lessonId}/video")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView attachVideo(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
                                  VideoRequest request) {
        authoring.attachVideo(actor(), id, lessonId, uuid(request == null ? null : request.mediaId()));
        return draftView(id);
    }

    /** A document lesson's PDF as the body; {@code ?filename=} names it. */
    @PUT
    @Path("{id}/draft/lessons/{lessonId}/document")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public CourseView attachDocument(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
                                     @QueryParam("filename") String filename, InputStream body) {
        java.nio.file.Path file = spool(body, ".pdf");
        try {
            authoring.attachDocument(actor(), id, lessonId, filename, file);
        } finally {
            delete(file);
        }
        return draftView(id);
    }

    @POST
    @Path("{id}/draft/questions")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addQuestion(@PathParam("id") long id, QuestionContent.Form form) {
        Question question = authoring.addQuestion(actor(), id, form);
        return created(id, question.id);
    }

    @PUT
    @Path("{id}/draft/questions/{questionId}")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView updateQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId,
                                     QuestionContent.Form form) {
        authoring.updateQuestion(actor(), id, questionId, form);
        return draftView(id);
    }

    @PUT
    @Path("{id}/draft/questions/{questionId}/position")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView moveQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId,
                                   QuestionMove move) {
        if (move == null || move.position() == null || move.position() < 0) {
            throw CatalogInputException.invalid("position", "badPosition");
        }
        authoring.moveQuestion(actor(), id, questionId, move.position());
        return draftView(id);
    }

    @DELETE
    @Path("{id}/draft/questions/{questionId}")
    @RolesAllowed("INSTITUTION_ADMIN")
    public Response deleteQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId) {
        authoring.deleteQuestion(actor(), id, questionId);
        return Response.noContent().build();
    }

    /** Submits the draft for review; 409 listing what is missing (the class-hours check among it). */
    @POST
    @Path("{id}/submissions")
    @RolesAllowed("INSTITUTION_ADMIN")
    public CourseView submit(@PathParam("id") long id) {
        authoring.submit(actor(), id);
        return draftView(id);
    }

    /** Starts a new version: a draft copy of the published one, lesson keys kept. */
    @POST
    @Path("{id}/versions")
    @RolesAllowed("INSTITUTION_ADMIN")
    public Response newVersion(@PathParam("id") long id) {
        authoring.startNewVersion(actor(), id);
        return Response.created(URI.create("/api/courses/" + id + "/draft")).entity(draftView(id)).build();
    }

    /** The course's versions, newest first (its institution and its reviewers). */
    @GET
    @Path("{id}/versions")
    @RolesAllowed({"INSTITUTION_ADMIN", "BUREAU_OFFICER"})
    @Transactional
    public List<CourseView.VersionSummary> versions(@PathParam("id") long id) {
        return views.versions(ownOrReviewable(id));
    }

    /** The course's history: every transition with who, when and why. */
    @GET
    @Path("{id}/events")
    @RolesAllowed({"INSTITUTION_ADMIN", "BUREAU_OFFICER"})
    @Transactional
    public List<CourseView.EventView> events(@PathParam("id") long id) {
        return views.events(ownOrReviewable(id));
    }

    // --- bureau ----------------------------------------------------------------------------------

    /** The version under review, as the reviewer sees it (class-hours check, questions with answers). */
    @GET
    @Path("{id}/review")
    @RolesAllowed("BUREAU_OFFICER")
    @Transactional
    public CourseView review(@PathParam("id") long id) {
        Course course = access.reviewableCourse(actor(), id);
        CourseVersion version = Authoring.openVersion(course).filter(v -> v.status == VersionStatus.SUBMITTED)
                .orElseThrow(() -> new AppException(Status.CONFLICT, "catalog:nothingToReview"));
        return views.view(version, CourseViews.Audience.FULL);
    }

    @POST
    @Path("{id}/approvals")
    @RolesAllowed("BUREAU_OFFICER")
    public CourseView approve(@PathParam("id") long id) {
        reviewing.approve(actor(), id);
        return published(id);
    }

    @POST
    @Path("{id}/rejections")
    @RolesAllowed("BUREAU_OFFICER")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CourseView.VersionSummary> reject(@PathParam("id") long id, ReasonRequest request) {
        reviewing.reject(actor(), id, request == null ? null : request.reason());
        return versions(id);
    }

    @POST
    @Path("{id}/withdrawals")
    @RolesAllowed("BUREAU_OFFICER")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CourseView.VersionSummary> withdraw(@PathParam("id") long id, ReasonRequest request) {
        reviewing.withdraw(actor(), id, request == null ? null : request.reason());
        return versions(id);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Actor actor() {
        Actor actor = Actor.of(identity);
        if (actor == null) {
            throw AppException.forbidden();
        }
        return actor;
    }

    private CourseView draftView(long id) {
        Course course = access.ownCourse(actor(), id);
        CourseVersion version = Authoring.openVersion(course)
                .orElseThrow(() -> new AppException(Status.NOT_FOUND, "catalog:noDraft"));
        return views.view(version, CourseViews.Audience.FULL);
    }

    private Course ownOrReviewable(long id) {
        Actor actor = actor();
        return actor.isBureauOfficer() ? access.reviewableCourse(actor, id) : access.ownCourse(actor, id);
    }

    private static Response created(long courseId, long id) {
        return Response.status(Status.CREATED).entity(new Created(id, "/api/courses/" + courseId + "/draft")).build();
    }

    private static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            throw CatalogInputException.invalid("mediaId", "mediaIdRequired");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw CatalogInputException.invalid("mediaId", "unknownMedia", text);
        }
    }

    /** Copies a request body to a temporary file (bodies are bounded by quarkus.http.limits.max-body-size). */
    private static java.nio.file.Path spool(InputStream body, String suffix) {
        try {
            java.nio.file.Path file = Files.createTempFile("anxue-catalog-", suffix);
            if (body != null) {
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            LOG.warnf("could not keep an uploaded body: %s", e.getMessage());
            throw new AppException(Status.BAD_REQUEST, "catalog:unreadableBody");
        }
    }

    private static void delete(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
