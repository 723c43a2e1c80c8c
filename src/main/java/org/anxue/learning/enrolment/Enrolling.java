package org.anxue.learning.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts a person on a course, once. Self-selection and training tasks both come through here, so
 * the course's enrolment count stays equal to its enrolment rows (incremented in the same
 * transaction as the insert, only when the insert happened).
 */
@ApplicationScoped
public class Enrolling {

    private final DataSource dataSource;
    private final Clock clock;

    Enrolling(DataSource dataSource) {
        this.dataSource = dataSource;
        this.clock = Clock.systemUTC();
    }

    /**
     * Enrols the person in the course; true when this call enrolled them, false when they already
     * were. The caller checks that the course may be chosen (published, visible to the person).
     */
    @Transactional
    public boolean enrol(long personId, long courseId, boolean selfSelected) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into enrolment (person_id, course_id, self_selected, enrolled_at)
                    values (?, ?, ?, ?) on conflict (person_id, course_id) do nothing""")) {
                insert.setLong(1, personId);
                insert.setLong(2, courseId);
                insert.setBoolean(3, selfSelected);
                insert.setTimestamp(4, Timestamp.from(now));
                inserted = insert.executeUpdate();
            }
            if (inserted == 0) {
                return false;
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "update course set enrolment_count = enrolment_count + 1 where id = ?")) {
                count.setLong(1, courseId);
                count.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not enrol person " + personId + " in course " + courseId, e);
        }
    }

    /**
     * Enrols many people in one course with one statement (training tasks); returns how many were
     * enrolled by this call. The count rises by exactly that, in the same transaction.
     */
    @Transactional
    public int enrolAll(java.util.Collection<Long> personIds, long courseId, boolean selfSelected) {
        if (personIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into enrolment (person_id, course_id, self_selected, enrolled_at)
                    select p, ?, ?, ? from unnest(?::bigint[]) as p
                    on conflict (person_id, course_id) do nothing""")) {
                insert.setLong(1, courseId);
                insert.setBoolean(2, selfSelected);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setArray(4, connection.createArrayOf("bigint", personIds.toArray()));
                inserted = insert.executeUpdate();
            }
            if (inserted > 0) {
                try (PreparedStatement count = connection.prepareStatement(
                        "update course set enrolment_count = enrolment_count + ? where id = ?")) {
                    count.setInt(1, inserted);
                    count.setLong(2, courseId);
                    count.executeUpdate();
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("could not enrol " + personIds.size() + " people in course " + courseId, e);
        }
    }
}
