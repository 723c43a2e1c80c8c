package org.anxue.learning.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.anxue.learning.CourseCompleted;

/**
 * Records that a person completed a course version (every lesson complete, the final test passed)
 * and fires {@link CourseCompleted} synchronously in the same transaction, once: the completion
 * row is unique per person and version, and the event fires only when this call inserted it. An
 * observer that throws rolls the completion (and the test submission) back with it.
 */
@ApplicationScoped
public class Completing {

    private final DataSource dataSource;
    private final StudyProgress progress;
    private final Event<CourseCompleted> completed;

    Completing(DataSource dataSource, StudyProgress progress, Event<CourseCompleted> completed) {
        this.dataSource = dataSource;
        this.progress = progress;
        this.completed = completed;
    }

    /** Completes the course when every lesson of the version is complete; true when this call recorded it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean complete(long personId, long courseId, long versionId, long attemptId, int score, Instant at) {
        if (!progress.of(personId, versionId).allLessonsComplete()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            List<UUID> sessions = new ArrayList<>();
            long studiedMs = 0;
            try (PreparedStatement query = connection.prepareStatement("""
                    select s.id, s.credited_ms from playback_session s
                    where s.person_id = ? and s.credited_ms > 0 and s.lesson_id in (
                        select o.id from course_lesson o where o.lesson_key in (
                            select l.lesson_key from course_lesson l where l.version_id = ?))
                    order by s.opened_at""")) {
                query.setLong(1, personId);
                query.setLong(2, versionId);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        sessions.add(r.getObject(1, UUID.class));
                        studiedMs += r.getLong(2);
                    }
                }
            }
            long studiedSeconds = studiedMs / 1000;
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into course_completion (person_id, course_id, course_version_id, test_attempt_id, score,
                        studied_seconds, completed_at)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
                insert.setLong(1, personId);
                insert.setLong(2, courseId);
                insert.setLong(3, versionId);
                insert.setLong(4, attemptId);
                insert.setInt(5, score);
                insert.setLong(6, studiedSeconds);
                insert.setTimestamp(7, Timestamp.from(at));
                inserted = insert.executeUpdate();
            }
            if (inserted == 0) {
                return false;
            }
            String title;
            String trainingType;
            BigDecimal hours;
            try (PreparedStatement query = connection.prepareStatement(
                    "select title, training_type, declared_hours from course_version where id = ?")) {
                query.setLong(1, versionId);
                try (ResultSet r = query.executeQuery()) {
                    r.next();
                    title = r.getString(1);
                    trainingType = r.getString(2);
                    hours = r.getBigDecimal(3);
                }
            }
            completed.fire(new CourseCompleted(personId, courseId, versionId, title, trainingType, hours,
                    studiedSeconds, sessions, attemptId, score, at));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the completion of course " + courseId, e);
        }
    }
}
