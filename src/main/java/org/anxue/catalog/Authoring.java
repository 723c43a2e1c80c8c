package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ObjIntConsumer;
import org.anxue.media.MediaAsset;
import org.anxue.media.MediaUpload;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Institution;
import org.anxue.web.AppException;

/**
 * What an institution does with its courses: create a draft, edit its description, outline and
 * question bank, attach lesson videos and documents, submit it for review, and start a new version
 * of a published course. Every method checks its input before it writes anything, works on the
 * course's open version only (DRAFT or REJECTED), and runs in one transaction with the course row
 * locked, so concurrent edits of one course happen one after the other.
 */
@ApplicationScoped
public class Authoring {

    static final int TITLE_MAX = 200;
    static final int REASON_MAX = 1000;

    private final CourseAccess access;
    private final CourseLog log;
    private final CatalogConfig config;
    private final LessonMedia media;
    private final CatalogObjects objects;
    private final EntityManager em;

    Authoring(CourseAccess access, CourseLog log, CatalogConfig config, LessonMedia media, CatalogObjects objects,
              EntityManager em) {
        this.access = access;
        this.log = log;
        this.config = config;
        this.media = media;
        this.objects = objects;
        this.em = em;
    }

    // --- the course ------------------------------------------------------------------------------

    /** A new course of the actor's institution, with its first version as a draft. */
    @Transactional
    public Course create(Actor actor, CourseForm form) {
        CourseDetails details = CourseDetails.check(form);
        Institution institution = access.institutionOf(actor);
        return create(institution, details, null, actor);
    }

    Course create(Institution institution, CourseDetails details, String packCode, Actor actor) {
        Course course = new Course(institution);
        course.packCode = packCode;
        em.persist(course);
        CourseVersion version = CourseVersion.first(course, details);
        em.persist(version);
        log.transition(course, version, CourseEventKind.CREATED, null, actor, null, Instant.now());
        return course;
    }

    /** Changes the description of the open version. */
    @Transactional
    public void updateDetails(Actor actor, long courseId, CourseForm form) {
        CourseDetails details = CourseDetails.check(form);
        Draft draft = draft(actor, courseId);
        draft.version.apply(details);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    /** Sets the cover from an uploaded JPEG or PNG picture (stored as a 640x360 thumbnail). */
    @Transactional
    public void setCover(Actor actor, long courseId, Path picture) {
        Draft draft = draft(actor, courseId);
        byte[] thumbnail = coverThumbnail(picture);
        draft.version.coverKey = objects.putCover(thumbnail);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    byte[] coverThumbnail(Path picture) {
        try {
            if (picture == null || Files.size(picture) == 0) {
                throw CatalogInputException.invalid("cover", "coverRequired");
            }
            if (Files.size(picture) > config.maxCoverSize().asLongValue()) {
                throw CatalogInputException.invalid("cover", "coverTooLarge", megabytes(config.maxCoverSize().asLongValue()));
            }
            return CoverImages.thumbnail(picture);
        } catch (CoverImages.NotACover e) {
            throw CatalogInputException.invalid("cover", e.key());
        } catch (IOException e) {
            throw CatalogObjects.unavailable(e);
        }
    }

    // --- chapters --------------------------------------------------------------------------------

    @Transactional
    public Chapter addChapter(Actor actor, long courseId, String title) {
        String checked = title("chapterTitle", title);
        Draft draft = draft(actor, courseId);
        Chapter chapter = draft.version.addChapter(checked);
        em.persist(chapter);
        log.changed(draft.course, CourseLog.Change.CHANGED);
        return chapter;
    }

    /** Renames a chapter and/or moves it to {@code position} (0-based; null keeps it where it is). */
    @Transactional
    public void updateChapter(Actor actor, long courseId, long chapterId, String title, Integer position) {
        String checked = title == null ? null : title("chapterTitle", title);
        Draft draft = draft(actor, courseId);
        Chapter chapter = chapter(draft.version, chapterId);
        if (checked != null) {
            chapter.title = checked;
        }
        if (position != null) {
            move(draft.version.chapters, chapter, position, (c, p) -> c.position = p);
        }
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    /** Deletes a chapter with its lessons. */
    @Transactional
    public void deleteChapter(Actor actor, long courseId, long chapterId) {
        Draft draft = draft(actor, courseId);
        Chapter chapter = chapter(draft.version, chapterId);
        draft.version.chapters.remove(chapter);
        em.flush();
        renumber(draft.version.chapters, (c, p) -> c.position = p);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    // --- lessons ---------------------------------------------------------------------------------

    /** A new lesson at the end of a chapter; its video or document is attached afterwards. */
    @Transactional
    public Lesson addLesson(Actor actor, long courseId, long chapterId, String title, String kind, boolean freePreview) {
        String checked = title("lessonTitle", title);
        LessonKind lessonKind = lessonKind(kind);
        Draft draft = draft(actor, courseId);
        Lesson lesson = chapter(draft.version, chapterId).addLesson(checked, lessonKind, freePreview);
        em.persist(lesson);
        log.changed(draft.course, CourseLog.Change.CHANGED);
        return lesson;
    }

    /**
     * Changes a lesson: its title, whether it is a free preview, its chapter (appended at the end
     * there) and its position in its chapter. Null leaves a field as it is. The lesson key stays.
     */
    @Transactional
    public void updateLesson(Actor actor, long courseId, long lessonId, String title, Boolean freePreview,
                             Long chapterId, Integer position) {
        String checked = title == null ? null : title("lessonTitle", title);
        Draft draft = draft(actor, courseId);
        Lesson lesson = lesson(draft.version, lessonId);
        if (checked != null) {
            lesson.title = checked;
        }
        if (freePreview != null) {
            lesson.freePreview = freePreview;
        }
        if (chapterId != null && !chapterId.equals(lesson.chapter.id)) {
            Chapter target = chapter(draft.version, chapterId);
            Chapter source = lesson.chapter;
            source.lessons.remove(lesson);
            lesson.chapter = target;
            lesson.position = target.lessons.size();
            target.lessons.add(lesson);
            em.flush();
            renumber(source.lessons, (l, p) -> l.position = p);
            renumber(target.lessons, (l, p) -> l.position = p);
        }
        if (position != null) {
            move(lesson.chapter.lessons, lesson, position, (l, p) -> l.position = p);
        }
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    @Transactional
    public void deleteLesson(Actor actor, long courseId, long lessonId) {
        Draft draft = draft(actor, courseId);
        Lesson lesson = lesson(draft.version, lessonId);
        Chapter chapter = lesson.chapter;
        chapter.lessons.remove(lesson);
        em.flush();
        renumber(chapter.lessons, (l, p) -> l.position = p);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    /**
     * Attaches an upload of the media feature to a video lesson. The upload must be the
     * institution's own, not abandoned or failed, and not already used by another lesson of the
     * course (the same video twice would count twice towards the class hours). It may still be
     * uploading or processing: submission waits for it to be ready. A different video than before
     * gives the lesson a new lesson key.
     */
    @Transactional
    public void attachVideo(Actor actor, long courseId, long lessonId, UUID mediaId) {
        if (mediaId == null) {
            throw CatalogInputException.invalid("mediaId", "mediaIdRequired");
        }
        Draft draft = draft(actor, courseId);
        Lesson lesson = lesson(draft.version, lessonId);
        if (lesson.kind != LessonKind.VIDEO) {
            throw new AppException(Status.CONFLICT, "catalog:notAVideoLesson");
        }
        MediaUpload upload = MediaUpload.findById(mediaId);
        if (upload == null) {
            throw CatalogInputException.invalid("mediaId", "unknownMedia", mediaId.toString());
        }
        if (!actor.mediaTenant().equals(upload.tenantId)) {
            throw new AppException(Status.FORBIDDEN, "catalog:notYourMedia");
        }
        if (upload.status == MediaUpload.Status.ABORTED || upload.status == MediaUpload.Status.EXPIRED) {
            throw new AppException(Status.CONFLICT, "catalog:mediaGone");
        }
        MediaAsset asset = MediaAsset.findById(mediaId);
        if (asset != null && asset.state == MediaAsset.State.FAILED) {
            throw new AppException(Status.CONFLICT, "catalog:mediaFailed", asset.failureReason);
        }
        boolean usedElsewhere = draft.version.lessons()
                .anyMatch(l -> l != lesson && mediaId.equals(l.mediaId));
        if (usedElsewhere) {
            throw new AppException(Status.CONFLICT, "catalog:videoUsedTwice");
        }
        lesson.attachVideo(mediaId);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    /** Stores a PDF in S3 and attaches it to a document lesson (a different document: new lesson key). */
    @Transactional
    public void attachDocument(Actor actor, long courseId, long lessonId, String filename, Path pdf) {
        String name = filename == null ? "" : Path.of(filename.replace('\\', '/')).getFileName().toString().strip();
        long size;
        try {
            size = pdf == null ? 0 : Files.size(pdf);
            if (size == 0) {
                throw CatalogInputException.invalid("document", "documentRequired");
            }
            if (size > config.maxDocumentSize().asLongValue()) {
                throw CatalogInputException.invalid("document", "documentTooLarge",
                        megabytes(config.maxDocumentSize().asLongValue()));
            }
            if (!CatalogObjects.looksLikePdf(pdf)) {
                throw CatalogInputException.invalid("document", "notAPdf");
            }
        } catch (IOException e) {
            throw CatalogObjects.unavailable(e);
        }
        if (name.isEmpty() || name.length() > 255) {
            name = "document.pdf";
        }
        Draft draft = draft(actor, courseId);
        Lesson lesson = lesson(draft.version, lessonId);
        if (lesson.kind != LessonKind.DOCUMENT) {
            throw new AppException(Status.CONFLICT, "catalog:notADocumentLesson");
        }
        String key = objects.putDocument(pdf);
        try {
            lesson.attachDocument(key, name, size);
            log.changed(draft.course, CourseLog.Change.CHANGED);
        } catch (RuntimeException e) {
            objects.deleteQuietly(key);
            throw e;
        }
    }

    // --- questions -------------------------------------------------------------------------------

    @Transactional
    public Question addQuestion(Actor actor, long courseId, QuestionContent.Form form) {
        QuestionContent content = QuestionContent.check(form);
        Draft draft = draft(actor, courseId);
        Question question = draft.version.addQuestion(content);
        em.persist(question);
        log.changed(draft.course, CourseLog.Change.CHANGED);
        return question;
    }

    @Transactional
    public void updateQuestion(Actor actor, long courseId, long questionId, QuestionContent.Form form) {
        QuestionContent content = QuestionContent.check(form);
        Draft draft = draft(actor, courseId);
        question(draft.version, questionId).apply(content);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    @Transactional
    public void moveQuestion(Actor actor, long courseId, long questionId, int position) {
        Draft draft = draft(actor, courseId);
        move(draft.version.questions, question(draft.version, questionId), position, (q, p) -> q.position = p);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    @Transactional
    public void deleteQuestion(Actor actor, long courseId, long questionId) {
        Draft draft = draft(actor, courseId);
        draft.version.questions.remove(question(draft.version, questionId));
        em.flush();
        renumber(draft.version.questions, (q, p) -> q.position = p);
        log.changed(draft.course, CourseLog.Change.CHANGED);
    }

    // --- review and versions ---------------------------------------------------------------------

    /**
     * Submits the open version for review. Refused (409, nothing changes) with every problem
     * listed while it is incomplete: see {@link #readiness}.
     */
    @Transactional
    public CourseVersion submit(Actor actor, long courseId) {
        Draft draft = draft(actor, courseId);
        List<Problem> problems = readiness(draft.version);
        if (!problems.isEmpty()) {
            throw new CatalogInputException(Status.CONFLICT.getStatusCode(), problems);
        }
        VersionStatus from = draft.version.status;
        Instant now = Instant.now();
        draft.version.status = VersionStatus.SUBMITTED;
        draft.version.submittedAt = now;
        log.transition(draft.course, draft.version, CourseEventKind.SUBMITTED, from, actor, null, now);
        return draft.version;
    }

    /** Records a submission (the content pack submits without an account). */
    void logSubmitted(Course course, CourseVersion version, Actor actor, Instant at) {
        log.transition(course, version, CourseEventKind.SUBMITTED, VersionStatus.DRAFT, actor, null, at);
    }

    /**
     * What keeps a version from review: the institution must be approved; every chapter needs a
     * lesson and every lesson its video (processed) or document; the course names its industries
     * and post kinds; the bank has at least {@code anxue.catalog.min-questions} questions; and the
     * videos last at least the declared class hours ({@link HoursCheck}).
     */
    public List<Problem> readiness(CourseVersion version) {
        List<Problem> problems = new ArrayList<>();
        if (version.course.institution.status != ApprovalStatus.APPROVED) {
            problems.add(Problem.of(null, "institutionNotApproved"));
        }
        if (version.lessons().findAny().isEmpty()) {
            problems.add(Problem.of("chapters", "outlineEmpty"));
        }
        for (Chapter chapter : version.chapters) {
            if (chapter.lessons.isEmpty()) {
                problems.add(Problem.of("chapters", "chapterEmpty", chapter.title));
            }
        }
        Map<UUID, LessonMedia.Info> info = media.of(version.lessons().filter(l -> l.mediaId != null)
                .map(l -> l.mediaId).toList());
        version.lessons().forEach(lesson -> {
            if (!lesson.hasContent()) {
                problems.add(Problem.of("lessons", lesson.kind == LessonKind.VIDEO ? "lessonWithoutVideo"
                        : "lessonWithoutDocument", lesson.title));
            } else if (lesson.kind == LessonKind.VIDEO) {
                LessonMedia.Info i = info.get(lesson.mediaId);
                if (i == null || i.failed()) {
                    problems.add(Problem.of("lessons", "videoFailed", lesson.title,
                            i == null || i.failureReason() == null ? "" : i.failureReason()));
                } else if (!i.ready()) {
                    problems.add(Problem.of("lessons", "videoNotReady", lesson.title));
                }
            }
        });
        if (version.industries.isEmpty()) {
            problems.add(Problem.of("industries", "industriesRequired"));
        }
        if (version.postKinds.isEmpty()) {
            problems.add(Problem.of("postKinds", "postKindsRequired"));
        }
        if (version.questions.size() < config.minQuestions()) {
            problems.add(Problem.of("questions", "tooFewQuestions", version.questions.size(), config.minQuestions()));
        }
        HoursCheck hours = hoursCheck(version);
        if (!hours.passes()) {
            problems.add(Problem.of("declaredHours", "hoursShort", version.declaredHours.toPlainString(),
                    hours.actualHours().toPlainString(), hours.videoMinutes(), hours.requiredMinutes(),
                    config.minutesPerClassHour()));
        }
        return problems;
    }

    public HoursCheck hoursCheck(CourseVersion version) {
        return new HoursCheck(version.declaredHours, media.videoMillis(version), config.minutesPerClassHour());
    }

    /**
     * Starts a new version of a course that has been published: a draft copy of its latest
     * published version (lesson keys kept). Learners go on with the published version meanwhile.
     */
    @Transactional
    public CourseVersion startNewVersion(Actor actor, long courseId) {
        Course course = access.ownCourseForUpdate(actor, courseId);
        if (openVersion(course).isPresent()) {
            throw new AppException(Status.CONFLICT, "catalog:versionAlreadyOpen");
        }
        CourseVersion base = CourseVersion.<CourseVersion>find(
                "course = ?1 and status in ?2 order by number desc", course,
                List.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED, VersionStatus.WITHDRAWN))
                .firstResultOptional()
                .orElseThrow(() -> new AppException(Status.CONFLICT, "catalog:nothingPublishedYet"));
        int number = CourseVersion.<CourseVersion>find("course = ?1 order by number desc", course).firstResult().number + 1;
        CourseVersion copy = base.draftCopy(number);
        em.persist(copy);
        log.transition(course, copy, CourseEventKind.VERSION_STARTED, null, actor,
                null, Instant.now());
        return copy;
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The course and its open version, for a change by its owner. */
    record Draft(Course course, CourseVersion version) {
    }

    Draft draft(Actor actor, long courseId) {
        Course course = access.ownCourseForUpdate(actor, courseId);
        CourseVersion version = openVersion(course)
                .orElseThrow(() -> new AppException(Status.CONFLICT, "catalog:noDraft"));
        if (!version.status.editable()) {
            throw new AppException(Status.CONFLICT, "catalog:notEditable");
        }
        return new Draft(course, version);
    }

    /** The version being worked on or reviewed, if any. */
    public static Optional<CourseVersion> openVersion(Course course) {
        return CourseVersion.find("course = ?1 and status in ?2", course,
                List.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.REJECTED)).firstResultOptional();
    }

    private static Chapter chapter(CourseVersion version, long chapterId) {
        return version.chapters.stream().filter(c -> c.id == chapterId).findFirst()
                .orElseThrow(() -> new AppException(Status.NOT_FOUND, "catalog:chapterNotFound"));
    }

    private static Lesson lesson(CourseVersion version, long lessonId) {
        return version.lessons().filter(l -> l.id == lessonId).findFirst()
                .orElseThrow(() -> new AppException(Status.NOT_FOUND, "catalog:lessonNotFound"));
    }

    private static Question question(CourseVersion version, long questionId) {
        return version.questions.stream().filter(q -> q.id == questionId).findFirst()
                .orElseThrow(() -> new AppException(Status.NOT_FOUND, "catalog:questionNotFound"));
    }

    static String title(String field, String text) {
        String value = CourseDetails.strip(text);
        if (value.isEmpty()) {
            throw CatalogInputException.invalid(field, field + "Required");
        }
        if (value.length() > TITLE_MAX) {
            throw CatalogInputException.invalid(field, "titleTooLong", TITLE_MAX);
        }
        return value;
    }

    private static LessonKind lessonKind(String text) {
        String value = CourseDetails.strip(text);
        for (LessonKind kind : LessonKind.values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw CatalogInputException.invalid("kind", "unknownLessonKind", value);
    }

    /** Moves {@code item} to {@code position} (clamped to the list) and numbers the list 0, 1, 2, … */
    private <T> void move(List<T> list, T item, int position, ObjIntConsumer<T> setPosition) {
        int target = Math.max(0, Math.min(position, list.size() - 1));
        list.remove(item);
        list.add(target, item);
        renumber(list, setPosition);
    }

    private static <T> void renumber(List<T> list, ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < list.size(); i++) {
            setPosition.accept(list.get(i), i);
        }
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
