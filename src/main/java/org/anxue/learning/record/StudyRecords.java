package org.anxue.learning.record;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.TenantKind;
import org.anxue.web.AppException;

/**
 * A person's study record (一人一档, study time): their playback sessions, the time credited per day
 * and per course, and the anomalies recorded while judging their heartbeats, read from the
 * playback tables. Who may read it: the worker themself; a company admin for the company's current
 * employees; a bureau officer for people currently employed by a company in the bureau's
 * jurisdiction (its subtree, by the materialized path). Anyone else gets 404, as for a person who
 * does not exist, so the record does not reveal who exists.
 */
@ApplicationScoped
public class StudyRecords {

    /** How many of the latest sessions and anomalies a record lists. */
    public static final int LATEST = 100;

    public record Session(UUID id, Long courseId, String courseTitle, long lessonId, String lessonTitle,
            Instant openedAt, Instant endedAt, String state, long creditedMillis) {

        public double creditedSeconds() {
            return creditedMillis / 1000.0;
        }
    }

    public record Day(LocalDate day, long creditedMillis) {

        public double creditedSeconds() {
            return creditedMillis / 1000.0;
        }
    }

    public record CourseTotal(long courseId, String courseTitle, long sessions, long creditedMillis) {

        public double creditedSeconds() {
            return creditedMillis / 1000.0;
        }
    }

    public record AnomalyRow(Instant recordedAt, String kind, String origin, UUID sessionId, Long sequence,
            String lessonTitle, long affectedMillis, String detail) {

        public double affectedSeconds() {
            return affectedMillis / 1000.0;
        }
    }

    /** The record; {@code sessionCount} and {@code anomalyCount} count all, the lists hold the latest {@link #LATEST}. */
    public record Record(long personId, String name, long totalCreditedMillis, long sessionCount, long anomalyCount,
            List<Session> sessions, List<Day> days, List<CourseTotal> courses, List<AnomalyRow> anomalies) {

        public double totalCreditedSeconds() {
            return totalCreditedMillis / 1000.0;
        }
    }

    private final DataSource dataSource;

    StudyRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The person's record, if the caller may read it; 404 otherwise. */
    public Record read(SecurityIdentity caller, long personId) {
        try (Connection db = dataSource.getConnection()) {
            String name = visibleName(db, caller, personId);
            if (name == null) {
                throw new AppException(404, "studyrec:personNotFound");
            }
            return new Record(personId, name, total(db, personId), count(db, "playback_session", personId),
                    count(db, "playback_anomaly", personId), sessions(db, personId), days(db, personId),
                    courses(db, personId), anomalies(db, personId));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the study record of person " + personId, e);
        }
    }

    /** The person's name when the caller may see them, else null. */
    private static String visibleName(Connection db, SecurityIdentity caller, long personId) throws SQLException {
        if (caller == null || caller.isAnonymous()) {
            return null;
        }
        Object kind = caller.getAttribute(IdentityAttributes.TENANT_KIND);
        Object tenant = caller.getAttribute(IdentityAttributes.TENANT_ID);
        if (!(tenant instanceof Long tenantId)) {
            return null;
        }
        String scope;
        if (kind == TenantKind.PERSON || TenantKind.PERSON.name().equals(String.valueOf(kind))) {
            scope = "p.id = ?";
        } else if (kind == TenantKind.COMPANY || TenantKind.COMPANY.name().equals(String.valueOf(kind))) {
            scope = "exists (select 1 from employment e where e.person_id = p.id and e.company_id = ? and e.end_date is null)";
        } else if (kind == TenantKind.BUREAU || TenantKind.BUREAU.name().equals(String.valueOf(kind))) {
            scope = "exists (select 1 from employment e join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id"
                    + " where e.person_id = p.id and e.end_date is null"
                    + " and starts_with(b.path, (select o.path from bureau o where o.id = ?)))";
        } else {
            return null;
        }
        try (PreparedStatement query = db.prepareStatement("select p.name from person p where p.id = ? and " + scope)) {
            query.setLong(1, personId);
            query.setLong(2, tenantId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static final String COURSE_TITLE = "coalesce((select v.title from course c join course_version v"
            + " on v.id = c.published_version_id where c.id = %1$s), (select v.title from course_version v"
            + " where v.course_id = %1$s order by v.number desc limit 1))";

    private static long total(Connection db, long personId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select coalesce(sum(credited_ms), 0) from playback_session where person_id = ?")) {
            query.setLong(1, personId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long count(Connection db, String table, long personId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from " + table + " where person_id = ?")) {
            query.setLong(1, personId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Session> sessions(Connection db, long personId) throws SQLException {
        List<Session> sessions = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select s.id, s.course_id, "
                + COURSE_TITLE.formatted("s.course_id") + " as course_title, s.lesson_id,"
                + " (select l.title from course_lesson l where l.id = s.lesson_id) as lesson_title,"
                + " s.opened_at, s.ended_at, s.state, s.credited_ms from playback_session s"
                + " where s.person_id = ? order by s.opened_at desc limit " + LATEST)) {
            query.setLong(1, personId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sessions.add(new Session(row.getObject("id", UUID.class), row.getLong("course_id"),
                            row.getString("course_title"), row.getLong("lesson_id"), row.getString("lesson_title"),
                            instant(row.getTimestamp("opened_at")), instant(row.getTimestamp("ended_at")),
                            row.getString("state"), row.getLong("credited_ms")));
                }
            }
        }
        return sessions;
    }

    private static List<Day> days(Connection db, long personId) throws SQLException {
        List<Day> days = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select study_day, credited_ms from daily_study_credit"
                + " where person_id = ? and credited_ms > 0 order by study_day desc limit " + LATEST)) {
            query.setLong(1, personId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    days.add(new Day(row.getObject("study_day", LocalDate.class), row.getLong("credited_ms")));
                }
            }
        }
        return days;
    }

    private static List<CourseTotal> courses(Connection db, long personId) throws SQLException {
        List<CourseTotal> courses = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select t.course_id, "
                + COURSE_TITLE.formatted("t.course_id") + " as course_title, t.sessions, t.credited from"
                + " (select course_id, count(*) as sessions, sum(credited_ms) as credited from playback_session"
                + " where person_id = ? group by course_id) t order by t.credited desc, t.course_id")) {
            query.setLong(1, personId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    courses.add(new CourseTotal(row.getLong("course_id"), row.getString("course_title"),
                            row.getLong("sessions"), row.getLong("credited")));
                }
            }
        }
        return courses;
    }

    private static List<AnomalyRow> anomalies(Connection db, long personId) throws SQLException {
        List<AnomalyRow> anomalies = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select a.recorded_at, a.kind, a.origin, a.session_id,"
                + " a.sequence, (select l.title from course_lesson l where l.id = s.lesson_id) as lesson_title,"
                + " a.affected_ms, a.detail from playback_anomaly a join playback_session s on s.id = a.session_id"
                + " where a.person_id = ? order by a.recorded_at desc, a.id desc limit " + LATEST)) {
            query.setLong(1, personId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long sequence = row.getLong("sequence");
                    Long seq = row.wasNull() ? null : sequence;
                    anomalies.add(new AnomalyRow(instant(row.getTimestamp("recorded_at")), row.getString("kind"),
                            row.getString("origin"), row.getObject("session_id", UUID.class), seq,
                            row.getString("lesson_title"), row.getLong("affected_ms"), row.getString("detail")));
                }
            }
        }
        return anomalies;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
