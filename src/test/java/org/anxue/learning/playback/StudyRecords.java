package org.anxue.learning.playback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads what the playback tables hold, bypassing the application, to check what was stored. */
final class StudyRecords {

    record HeartbeatRow(long sequence, String disposition, long creditedMillis, long sessionCreditedMillis,
            List<String> anomalyKinds, String event, String reportedRanges, String newlyCovered, String clientTime) {
    }

    record SessionRow(long personId, String state, long lastSequence, long creditedMillis, long version,
            String checkpointNonce) {
    }

    private final DataSource dataSource;

    StudyRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<HeartbeatRow> heartbeats(String sessionId) {
        return query("select sequence, disposition, credited_ms, session_credited_ms, anomaly_kinds, event,"
                + " reported_ranges::text, newly_covered::text, to_char(client_time at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                + " from heartbeat where session_id = ? order by sequence", rs -> {
                    List<String> kinds = new ArrayList<>();
                    for (Object kind : (Object[]) rs.getArray(5).getArray()) {
                        kinds.add((String) kind);
                    }
                    return new HeartbeatRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), kinds,
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                }, UUID.fromString(sessionId));
    }

    SessionRow session(String sessionId) {
        List<SessionRow> rows = query("select person_id, state, last_sequence, credited_ms, version, checkpoint_nonce"
                + " from playback_session where id = ?", rs -> new SessionRow(rs.getLong(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6)), UUID.fromString(sessionId));
        return rows.isEmpty() ? null : rows.get(0);
    }

    long lessonId(String sessionId) {
        return query("select lesson_id from playback_session where id = ?", rs -> rs.getLong(1),
                UUID.fromString(sessionId)).get(0);
    }

    /**
     * Sets what the learner has left to study before their next checkpoint question, as the server
     * had drawn it (normally 5 to 15 minutes, too long for short test videos): on an open session the
     * next heartbeats reach it; on the person's latest closed session the next session starts with it.
     * The version bump makes a writer that cached the session reload it.
     */
    void checkpointDueIn(String sessionId, long creditedMillis) {
        update("update playback_session set checkpoint_due_at_ms = credited_ms + ?, version = version + 1 where id = ?",
                creditedMillis, UUID.fromString(sessionId));
    }

    /** Leaves a question pending on the session (unanswered), so that the person's next session starts with one. */
    void owesAnAnswer(String sessionId) {
        update("update playback_session set checkpoint_nonce = md5(random()::text), checkpoint_issued_at = now(),"
                + " checkpoint_wrong_answers = 0, version = version + 1 where id = ?", UUID.fromString(sessionId));
    }

    void update(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("expected one row to change: " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anomaly kinds of a session in the order recorded, with their origin: "JUDGED:GAP". */
    List<String> anomalies(String sessionId) {
        return query("select origin || ':' || kind from playback_anomaly where session_id = ? order by id",
                rs -> rs.getString(1), UUID.fromString(sessionId));
    }

    long coveredMillis(long personId, long lessonId) {
        List<Long> rows = query("select covered_ms from lesson_coverage where person_id = ? and lesson_id = ?",
                rs -> rs.getLong(1), personId, lessonId);
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    String covered(long personId, long lessonId) {
        List<String> rows = query("select covered::text from lesson_coverage where person_id = ? and lesson_id = ?",
                rs -> rs.getString(1), personId, lessonId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The person's credit over all study days. */
    long dailyCreditMillis(long personId) {
        return query("select coalesce(sum(credited_ms), 0) from daily_study_credit where person_id = ?",
                rs -> rs.getLong(1), personId).get(0);
    }

    long count(String sql, Object... parameters) {
        return query(sql, rs -> rs.getLong(1), parameters).get(0);
    }

    /** Heartbeat rows per session id, for many sessions at once. */
    Map<String, List<Long>> sequences(List<String> sessionIds) {
        Map<String, List<Long>> bySession = new LinkedHashMap<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement(
                     "select session_id::text, sequence from heartbeat where session_id = any(?) order by 1, 2")) {
            select.setArray(1, db.createArrayOf("uuid", sessionIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    bySession.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return bySession;
    }

    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, Mapper<T> mapper, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
