package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anxue.creditbank.model.PostKind;
import org.anxue.org.Industry;

/** Builds {@link CourseView}s from the entities (inside the caller's transaction). */
@ApplicationScoped
public class CourseViews {

    /** Who a view is for. */
    public enum Audience {
        /** Anyone: no answers, no media ids, no review notes. */
        PUBLIC,
        /** The owning institution and its reviewers: everything. */
        FULL
    }

    private final LessonMedia media;
    private final CatalogConfig config;

    CourseViews(LessonMedia media, CatalogConfig config) {
        this.media = media;
        this.config = config;
    }

    public CourseView view(CourseVersion v, Audience audience) {
        boolean full = audience == Audience.FULL;
        Course course = v.course;
        Map<UUID, LessonMedia.Info> info = media.of(v.lessons().filter(l -> l.mediaId != null).map(l -> l.mediaId).toList());
        List<CourseView.ChapterView> chapters = new ArrayList<>();
        int lessons = 0;
        for (Chapter chapter : v.chapters) {
            List<CourseView.LessonView> views = new ArrayList<>();
            for (Lesson l : chapter.lessons) {
                lessons++;
                LessonMedia.Info i = l.mediaId == null ? null : info.get(l.mediaId);
                Double seconds = i != null && i.ready() ? i.durationMillis() / 1000.0 : null;
                views.add(new CourseView.LessonView(l.id, l.lessonKey, l.position, l.title, l.kind, l.freePreview,
                        seconds, l.documentName, l.documentSize,
                        full ? l.mediaId : null,
                        full && i != null ? i.state() : null,
                        full && i != null ? i.progress() : null,
                        full && i != null ? i.failureReason() : null));
            }
            chapters.add(new CourseView.ChapterView(chapter.id, chapter.position, chapter.title, views));
        }
        long videoMillis = media.videoMillis(v, info);
        HoursCheck hours = new HoursCheck(v.declaredHours, videoMillis, config.minutesPerClassHour());
        List<CourseView.QuestionView> questions = full ? v.questions.stream()
                .map(q -> new CourseView.QuestionView(q.id, q.position, q.kind, q.stem, List.copyOf(q.options), q.answer,
                        q.explanation)).toList() : null;
        return new CourseView(course.id, v.id, v.number, v.status, course.published == v, v.title, v.summary,
                coverUrl(v.coverKey), new CourseView.InstitutionRef(course.institution.id, course.institution.name),
                v.trainingType, v.declaredHours, v.passMark, industries(v), postKinds(v), chapters, lessons,
                videoMillis / 1000, v.questions.size(), course.enrolmentCount, v.publishedAt,
                full ? v.submittedAt : null, full ? v.reviewReason : null, CourseView.HoursView.of(hours), questions);
    }

    public CourseView.Card card(CourseVersion v) {
        Course course = v.course;
        return new CourseView.Card(course.id, v.title, v.summary, coverUrl(v.coverKey), course.institution.id,
                course.institution.name, v.trainingType, v.declaredHours, industries(v), postKinds(v),
                course.enrolmentCount, v.publishedAt);
    }

    public List<CourseView.VersionSummary> versions(Course course) {
        return CourseVersion.<CourseVersion>list("course = ?1 order by number desc", course).stream()
                .map(v -> new CourseView.VersionSummary(v.id, v.number, v.status, v.submittedAt, v.publishedAt,
                        v.reviewReason))
                .toList();
    }

    public List<CourseView.EventView> events(Course course) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (CourseVersion v : CourseVersion.<CourseVersion>list("course", course)) {
            numbers.put(v.id, v.number);
        }
        return CourseEvent.of(course.id).stream()
                .map(e -> new CourseView.EventView(e.kind, e.versionId == null ? null : numbers.get(e.versionId),
                        e.fromStatus, e.toStatus, e.actorName, e.reason, e.at))
                .toList();
    }

    /** The public URL of a cover thumbnail (named by its content, so it can be cached for good). */
    static String coverUrl(String coverKey) {
        if (coverKey == null) {
            return null;
        }
        return "/courses/covers/" + coverKey.substring(CatalogObjects.COVERS.length());
    }

    private static List<Industry> industries(CourseVersion v) {
        return v.industries.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static List<PostKind> postKinds(CourseVersion v) {
        return v.postKinds.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
