package org.anxue.learning.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.learning.completion.CourseProgress;
import org.anxue.learning.completion.LessonRow;
import org.anxue.learning.completion.StudyProgress;
import org.anxue.learning.playback.LearningConfig;
import org.anxue.web.AppException;

/**
 * 我的课程: the courses a worker is enrolled in — required ones (a training task of an employer
 * assigned them; the nearest deadline) and self-selected ones — with progress on the version they
 * study (the published one; for a withdrawn course, its last one).
 */
@ApplicationScoped
public class MyCourses {

    public record MyCourse(long courseId, long versionId, String title, String coverKey, BigDecimal declaredHours,
            boolean published, boolean selfSelected, boolean required, String taskTitle, LocalDate dueOn,
            boolean overdue, Instant completedAt, CourseProgress progress) {

        public boolean completed() {
            return completedAt != null;
        }

        public String coverUrl() {
            return coverKey == null ? null : "/courses/covers/" + coverKey + ".jpg";
        }

        /** The lesson to go on with: the first one not complete, else the first one. */
        public LessonRow nextLesson() {
            return progress.lessons().stream().filter(l -> !l.complete()).findFirst()
                    .orElse(progress.lessons().isEmpty() ? null : progress.lessons().get(0));
        }

        public boolean testOpen() {
            return published && !completed() && progress.allLessonsComplete();
        }
    }

    private final DataSource dataSource;
    private final StudyProgress progress;
    private final LearningConfig learning;
    private final Clock clock = Clock.systemUTC();

    MyCourses(DataSource dataSource, StudyProgress progress, LearningConfig learning) {
        this.dataSource = dataSource;
        this.progress = progress;
        this.learning = learning;
    }

    /** Every course the person is enrolled in: required first (nearest deadline first), then the rest. */
    @Transactional
    public List<MyCourse> of(long personId) {
        return query(personId, null);
    }

    /** One course the person is enrolled in; 404 when they are not. */
    @Transactional
    public MyCourse one(long personId, long courseId) {
        List<MyCourse> found = query(personId, courseId);
        if (found.isEmpty()) {
            throw new AppException(404, "study:notEnrolledHere");
        }
        return found.get(0);
    }

    private List<MyCourse> query(long personId, Long courseId) {
        LocalDate today = LocalDate.now(clock.withZone(learning.studyDayZone()));
        List<MyCourse> courses = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select e.course_id, v.id, v.title, v.cover_key, v.declared_hours, v.status = 'PUBLISHED',
                               e.self_selected, t.title, t.due_on,
                               (select max(cc.completed_at) from course_completion cc
                                where cc.person_id = e.person_id and cc.course_id = e.course_id)
                        from enrolment e
                        join lateral (select * from course_version v where v.course_id = e.course_id
                                        and v.status in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')
                                      order by (v.status = 'PUBLISHED') desc, v.number desc limit 1) v on true
                        left join lateral (select t.title, t.due_on from training_task t
                                           join training_task_assignee a on a.task_id = t.id and a.person_id = e.person_id
                                           join training_task_course tc on tc.task_id = t.id and tc.course_id = e.course_id
                                           order by t.due_on limit 1) t on true
                        where e.person_id = ? and (?::bigint is null or e.course_id = ?::bigint)
                        order by (t.due_on is null), t.due_on, e.enrolled_at desc""")) {
            query.setLong(1, personId);
            query.setObject(2, courseId);
            query.setObject(3, courseId);
            record Row(long course, long version, String title, String cover, BigDecimal hours, boolean published,
                       boolean self, String taskTitle, LocalDate due, Instant completed) {
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    java.sql.Date due = r.getDate(9);
                    Timestamp completed = r.getTimestamp(10);
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBigDecimal(5),
                            r.getBoolean(6), r.getBoolean(7), r.getString(8), due == null ? null : due.toLocalDate(),
                            completed == null ? null : completed.toInstant()));
                }
            }
            var studied = progress.of(List.of(personId), rows.stream().map(Row::version).distinct().toList());
            for (Row row : rows) {
                boolean required = row.due() != null;
                courses.add(new MyCourse(row.course(), row.version(), row.title(), row.cover(), row.hours(),
                        row.published(), row.self(), required, row.taskTitle(), row.due(),
                        required && row.completed() == null && today.isAfter(row.due()), row.completed(),
                        studied.get(new StudyProgress.Key(personId, row.version()))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the courses of person " + personId, e);
        }
        return courses;
    }

    /**
     * Records that the person opened a document lesson of a course they are enrolled in (the rule
     * for a PDF lesson's completion); 404 when the lesson is not a document of that course.
     */
    @Transactional
    public void openDocument(long personId, long courseId, long lessonId) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select 1 from enrolment where person_id = ? and course_id = ?")) {
                query.setLong(1, personId);
                query.setLong(2, courseId);
                try (ResultSet r = query.executeQuery()) {
                    if (!r.next()) {
                        throw new AppException(403, "study:notEnrolled");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into document_reading (person_id, lesson_id, opened_at)
                    select ?, (select min(o.id) from course_lesson o where o.lesson_key = l.lesson_key), ?
                    from course_lesson l join course_version v on v.id = l.version_id
                    where l.id = ? and v.course_id = ? and l.kind = 'DOCUMENT'
                      and v.status in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')
                    on conflict do nothing""");
                    PreparedStatement check = connection.prepareStatement("""
                    select 1 from course_lesson l join course_version v on v.id = l.version_id
                    where l.id = ? and v.course_id = ? and l.kind = 'DOCUMENT'
                      and v.status in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')""")) {
                check.setLong(1, lessonId);
                check.setLong(2, courseId);
                try (ResultSet r = check.executeQuery()) {
                    if (!r.next()) {
                        throw new AppException(404, "study:lessonNotFound");
                    }
                }
                insert.setLong(1, personId);
                insert.setTimestamp(2, Timestamp.from(clock.instant()));
                insert.setLong(3, lessonId);
                insert.setLong(4, courseId);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
