package org.anxue.learning.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.anxue.learning.CourseCompleted;

/**
 * A test observer of {@link CourseCompleted}, like the credit bank's: while {@link #RECORDING} it
 * writes a row per event into {@code test_course_completed} through the application's data source,
 * so a test can tell whether the row committed or rolled back with the completion.
 */
@ApplicationScoped
public class CompletionRecorder {

    /** Off unless a test switches it on, so other tests' completions are not recorded. */
    public static final AtomicBoolean RECORDING = new AtomicBoolean();

    private final DataSource dataSource;

    CompletionRecorder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void createTable(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    create table if not exists test_course_completed (
                        person_id bigint not null, course_version_id bigint not null, attempt_id bigint not null,
                        score integer not null, studied_seconds bigint not null, sessions integer not null,
                        txid bigint not null)""");
        }
    }

    void on(@Observes CourseCompleted event) throws SQLException {
        if (!RECORDING.get()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into test_course_completed (person_id, course_version_id, attempt_id, score, studied_seconds,
                    sessions, txid)
                values (?, ?, ?, ?, ?, ?, txid_current())""")) {
            insert.setLong(1, event.personId());
            insert.setLong(2, event.courseVersionId());
            insert.setLong(3, event.testAttemptId());
            insert.setInt(4, event.testScore());
            insert.setLong(5, event.studiedSeconds());
            insert.setInt(6, event.sessionIds().size());
            insert.executeUpdate();
        }
    }
}
