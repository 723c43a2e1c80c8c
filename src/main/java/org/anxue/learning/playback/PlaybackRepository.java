package org.anxue.learning.playback;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxue.learning.time.Anomaly;
import org.anxue.learning.time.AnomalyKind;
import org.anxue.learning.time.CoveredIntervals;
import org.anxue.learning.time.HeartbeatDisposition;
import org.anxue.learning.time.HeartbeatOutcome;
import org.anxue.learning.time.LessonId;
import org.anxue.learning.time.PendingCheckpoint;
import org.anxue.learning.time.PersonId;
import org.anxue.learning.time.PlaybackSession;
import org.anxue.learning.time.PlaybackSessionSnapshot;
import org.anxue.learning.time.SessionId;
import org.anxue.learning.time.SessionState;
import org.anxue.learning.time.TimelineInterval;

/**
 * Stores and restores playback sessions and everything their commands produce (V5__learning.sql),
 * with plain JDBC on a connection the caller holds in a transaction. Many rows go in one statement
 * each (arrays unnested on the server), so a batch of any size costs a handful of round trips.
 *
 * <p>Ids: a person is the model's {@link PersonId} with the {@code person} row's id as its value,
 * a lesson likewise with the catalog's lesson id.
 */
final class PlaybackRepository {

    private static final int MAX_DETAIL = 1000;
    private static final Pattern RANGE = Pattern.compile("\\[(\\d+),(\\d+)\\)");

    private static final String SESSION_COLUMNS = "s.id, s.person_id, s.lesson_id, s.course_id, s.video_duration_ms,"
            + " s.opened_at, s.state, s.ended_at, s.superseded_by, s.last_sequence, s.elapsed_clock_from, s.playhead_ms,"
            + " s.carried_allowance_ms, s.credited_ms, s.checkpoint_due_at_ms, s.checkpoint_nonce,"
            + " s.checkpoint_issued_at, s.checkpoint_wrong_answers, s.version";

    private static final String STORED_COLUMNS = "h.session_id, h.sequence, h.received_at, h.disposition, h.credited_ms,"
            + " h.session_credited_ms, h.lesson_covered_ms, h.anomaly_kinds, h.checkpoint_nonce, h.checkpoint_issued_at,"
            + " h.checkpoint_wrong_answers, h.session_state";

    // --- batches ---------------------------------------------------------------------------

    /** A locked session row: its version, and whether its person's worker account is still active. */
    record Locked(long version, boolean accountActive) {
    }

    /**
     * Locks the sessions' rows until the transaction ends, in id order (so that transactions
     * locking overlapping sets cannot deadlock), and returns their versions and whether each
     * person's worker account is still active. Missing ids are absent.
     */
    Map<UUID, Locked> lock(Connection db, Collection<UUID> ids) throws SQLException {
        Map<UUID, Locked> locked = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("select s.id, s.version, exists (select 1 from account a"
                + " where a.person_id = s.person_id and a.role = 'WORKER' and a.status = 'ACTIVE')"
                + " from playback_session s where s.id = any(?) order by s.id for update of s")) {
            select.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    locked.put(rows.getObject(1, UUID.class), new Locked(rows.getLong(2), rows.getBoolean(3)));
                }
            }
        }
        return locked;
    }

    /**
     * Restores sessions with what judging their commands needs: the person's coverage of the
     * lesson, the person's credit on {@code today}, the highest stored sequence and the stored
     * outcome of the last accepted heartbeat.
     */
    Map<UUID, CachedSession> load(Connection db, Collection<UUID> ids, LocalDate today) throws SQLException {
        Map<UUID, CachedSession> loaded = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return loaded;
        }
        Array idArray = db.createArrayOf("uuid", ids.toArray());
        record Row(PlaybackSessionSnapshot snapshot, long courseId, long version, CoveredIntervals coverage,
                long maxStored, StoredHeartbeat last, Instant lastClientTime, List<TimelineInterval> lastNewlyCovered) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select " + SESSION_COLUMNS + ","
                + " (select max(m.sequence) from heartbeat m where m.session_id = s.id),"
                + " c.covered::text, " + STORED_COLUMNS + ", h.client_time, h.newly_covered::text"
                + " from playback_session s"
                + " left join lesson_coverage c on c.person_id = s.person_id and c.lesson_id = s.lesson_id"
                + " left join heartbeat h on h.session_id = s.id and h.sequence = s.last_sequence"
                + " where s.id = any(?)")) {
            select.setArray(1, idArray);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    PlaybackSessionSnapshot snapshot = snapshotWithoutLastOutcome(rs);
                    long maxStored = rs.getLong(20);
                    CoveredIntervals coverage = CoveredIntervals.of(parseMultirange(rs.getString(21)));
                    StoredHeartbeat last = rs.getObject(22) == null ? null : stored(rs, 22);
                    Instant clientTime = last == null ? null : instant(rs, 34);
                    List<TimelineInterval> newly = last == null ? List.of() : parseMultirange(rs.getString(35));
                    rows.add(new Row(snapshot, rs.getLong(4), rs.getLong(19), coverage, maxStored, last, clientTime, newly));
                }
            }
        }
        Map<UUID, List<Anomaly>> lastAnomalies = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("select a.session_id, a.kind, a.affected_ms, a.detail"
                + " from playback_anomaly a join playback_session s on s.id = a.session_id"
                + " where a.session_id = any(?) and a.origin = 'JUDGED' and a.sequence = s.last_sequence order by a.id")) {
            select.setArray(1, idArray);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lastAnomalies.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Anomaly(AnomalyKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        Map<Long, Long> creditToday = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("select person_id, credited_ms from daily_study_credit"
                + " where person_id = any(?) and study_day = ?")) {
            select.setArray(1, db.createArrayOf("int8", rows.stream()
                    .map(row -> Long.parseLong(row.snapshot().person().value())).distinct().toArray()));
            select.setObject(2, today);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    creditToday.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        for (Row row : rows) {
            PlaybackSessionSnapshot s = row.snapshot();
            HeartbeatOutcome lastOutcome = null;
            if (row.last() != null) {
                StoredHeartbeat last = row.last();
                lastOutcome = new HeartbeatOutcome(s.id(), last.sequence(), last.receivedAt(),
                        Optional.ofNullable(row.lastClientTime()), last.disposition(), last.creditedMillis(),
                        row.lastNewlyCovered(), lastAnomalies.getOrDefault(s.id().value(), List.of()),
                        Optional.ofNullable(last.checkpoint()), last.sessionState(), Optional.empty());
            }
            PlaybackSession session = PlaybackSession.restore(withLastOutcome(s, lastOutcome));
            long personId = Long.parseLong(s.person().value());
            CachedSession cached = new CachedSession(session, personId, Long.parseLong(s.lesson().value()),
                    row.courseId(), row.version(), row.coverage(), row.maxStored(), row.last());
            cached.creditedByDay.put(today, creditToday.getOrDefault(personId, 0L));
            loaded.put(s.id().value(), cached);
        }
        return loaded;
    }

    /** The person's credit on a study day, as committed. */
    long creditedOn(Connection db, long personId, LocalDate day) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select credited_ms from daily_study_credit where person_id = ? and study_day = ?")) {
            select.setLong(1, personId);
            select.setObject(2, day);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The stored outcomes of the given (session, sequence) pairs that exist. */
    Map<StoredHeartbeat.Key, StoredHeartbeat> findStored(Connection db, Collection<StoredHeartbeat.Key> keys)
            throws SQLException {
        Map<StoredHeartbeat.Key, StoredHeartbeat> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = db.prepareStatement("select " + STORED_COLUMNS + " from heartbeat h"
                + " join unnest(?::uuid[], ?::int8[]) as k(session_id, sequence)"
                + " on h.session_id = k.session_id and h.sequence = k.sequence")) {
            select.setArray(1, db.createArrayOf("uuid", keys.stream().map(StoredHeartbeat.Key::sessionId).toArray()));
            select.setArray(2, db.createArrayOf("int8", keys.stream().map(StoredHeartbeat.Key::sequence).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    StoredHeartbeat stored = stored(rs, 1);
                    found.put(stored.key(), stored);
                }
            }
        }
        return found;
    }

    /**
     * Writes a batch's rows. Fails (and the caller rolls back) when a session row no longer has
     * the version the batch judged it at.
     */
    void write(Connection db, Writes writes) throws SQLException {
        insertHeartbeats(db, writes.heartbeats);
        insertAnomalies(db, writes.anomalies);
        insertAnswers(db, writes.answers);
        updateSessions(db, writes.sessions.values());
        addCoverage(db, writes);
        addCredit(db, writes.credit);
    }

    private void insertHeartbeats(Connection db, List<Writes.HeartbeatRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Object[] session = new Object[n], sequence = new Object[n], received = new Object[n], client = new Object[n],
                event = new Object[n], ranges = new Object[n], disposition = new Object[n], credited = new Object[n],
                newly = new Object[n], sessionCredited = new Object[n], lessonCovered = new Object[n],
                kinds = new Object[n], nonce = new Object[n], issued = new Object[n], wrong = new Object[n],
                state = new Object[n];
        for (int i = 0; i < n; i++) {
            Writes.HeartbeatRow row = rows.get(i);
            StoredHeartbeat h = row.stored();
            session[i] = h.sessionId();
            sequence[i] = h.sequence();
            received[i] = h.receivedAt().toString();
            client[i] = row.clientTime() == null ? null : row.clientTime().toString();
            event[i] = row.event().name();
            ranges[i] = row.reportedRangesJson();
            disposition[i] = h.disposition().name();
            credited[i] = h.creditedMillis();
            newly[i] = formatMultirange(row.newlyCovered());
            sessionCredited[i] = h.sessionCreditedMillis();
            lessonCovered[i] = h.lessonCoveredMillis();
            kinds[i] = String.join(",", h.anomalyKinds().stream().map(Enum::name).toList());
            nonce[i] = h.checkpoint() == null ? null : h.checkpoint().nonce();
            issued[i] = h.checkpoint() == null ? null : h.checkpoint().issuedAt().toString();
            wrong[i] = h.checkpoint() == null ? null : h.checkpoint().wrongAnswers();
            state[i] = h.sessionState().name();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into heartbeat (session_id, sequence, received_at,"
                + " client_time, event, reported_ranges, disposition, credited_ms, newly_covered, session_credited_ms,"
                + " lesson_covered_ms, anomaly_kinds, checkpoint_nonce, checkpoint_issued_at, checkpoint_wrong_answers,"
                + " session_state)"
                + " select u.session_id, u.sequence, u.received_at::timestamptz, u.client_time::timestamptz, u.event,"
                + " u.ranges::jsonb, u.disposition, u.credited_ms, u.newly_covered::int8multirange, u.session_credited_ms,"
                + " u.lesson_covered_ms, string_to_array(u.kinds, ',')::varchar(32)[], u.nonce, u.issued_at::timestamptz,"
                + " u.wrong, u.state"
                + " from unnest(?::uuid[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int8[],"
                + " ?::text[], ?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::text[])"
                + " as u(session_id, sequence, received_at, client_time, event, ranges, disposition, credited_ms,"
                + " newly_covered, session_credited_ms, lesson_covered_ms, kinds, nonce, issued_at, wrong, state)")) {
            int p = 1;
            insert.setArray(p++, db.createArrayOf("uuid", session));
            insert.setArray(p++, db.createArrayOf("int8", sequence));
            insert.setArray(p++, db.createArrayOf("text", received));
            insert.setArray(p++, db.createArrayOf("text", client));
            insert.setArray(p++, db.createArrayOf("text", event));
            insert.setArray(p++, db.createArrayOf("text", ranges));
            insert.setArray(p++, db.createArrayOf("text", disposition));
            insert.setArray(p++, db.createArrayOf("int8", credited));
            insert.setArray(p++, db.createArrayOf("text", newly));
            insert.setArray(p++, db.createArrayOf("int8", sessionCredited));
            insert.setArray(p++, db.createArrayOf("int8", lessonCovered));
            insert.setArray(p++, db.createArrayOf("text", kinds));
            insert.setArray(p++, db.createArrayOf("text", nonce));
            insert.setArray(p++, db.createArrayOf("text", issued));
            insert.setArray(p++, db.createArrayOf("int4", wrong));
            insert.setArray(p, db.createArrayOf("text", state));
            expectCount(insert.executeUpdate(), n, "heartbeat rows");
        }
    }

    private void insertAnomalies(Connection db, List<Writes.AnomalyRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Object[] session = new Object[n], person = new Object[n], sequence = new Object[n], origin = new Object[n],
                kind = new Object[n], affected = new Object[n], detail = new Object[n], at = new Object[n];
        for (int i = 0; i < n; i++) {
            Writes.AnomalyRow row = rows.get(i);
            session[i] = row.sessionId();
            person[i] = row.personId();
            sequence[i] = row.sequence();
            origin[i] = row.origin().name();
            kind[i] = row.anomaly().kind().name();
            affected[i] = row.anomaly().affectedMillis();
            String text = row.anomaly().detail();
            detail[i] = text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL - 1) + "…" : text;
            at[i] = row.at().toString();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into playback_anomaly (session_id, person_id,"
                + " sequence, origin, kind, affected_ms, detail, recorded_at)"
                + " select u.session_id, u.person_id, u.sequence, u.origin, u.kind, u.affected_ms, u.detail,"
                + " u.recorded_at::timestamptz"
                + " from unnest(?::uuid[], ?::int8[], ?::int8[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::text[])"
                + " as u(session_id, person_id, sequence, origin, kind, affected_ms, detail, recorded_at)")) {
            insert.setArray(1, db.createArrayOf("uuid", session));
            insert.setArray(2, db.createArrayOf("int8", person));
            insert.setArray(3, db.createArrayOf("int8", sequence));
            insert.setArray(4, db.createArrayOf("text", origin));
            insert.setArray(5, db.createArrayOf("text", kind));
            insert.setArray(6, db.createArrayOf("int8", affected));
            insert.setArray(7, db.createArrayOf("text", detail));
            insert.setArray(8, db.createArrayOf("text", at));
            expectCount(insert.executeUpdate(), n, "anomaly rows");
        }
    }

    private void insertAnswers(Connection db, List<Writes.AnswerRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("insert into checkpoint_answer (session_id, received_at,"
                + " nonce, answer, correct, disposition) values (?, ?, ?, ?, ?, ?)")) {
            for (Writes.AnswerRow row : rows) {
                insert.setObject(1, row.sessionId());
                insert.setObject(2, OffsetDateTime.ofInstant(row.receivedAt(), java.time.ZoneOffset.UTC));
                insert.setString(3, row.nonce());
                insert.setString(4, row.answer());
                insert.setBoolean(5, row.correct());
                insert.setString(6, row.disposition());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void updateSessions(Connection db, Collection<Writes.SessionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Object[] id = new Object[n], state = new Object[n], ended = new Object[n], supersededBy = new Object[n],
                lastSequence = new Object[n], clockFrom = new Object[n], playhead = new Object[n], carried = new Object[n],
                credited = new Object[n], due = new Object[n], nonce = new Object[n], issued = new Object[n],
                wrong = new Object[n], expected = new Object[n];
        int i = 0;
        for (Writes.SessionRow row : rows) {
            PlaybackSessionSnapshot s = row.snapshot();
            id[i] = s.id().value();
            state[i] = s.state().name();
            ended[i] = s.endedAt() == null ? null : s.endedAt().toString();
            supersededBy[i] = s.supersededBy() == null ? null : s.supersededBy().value();
            lastSequence[i] = s.lastSequence();
            clockFrom[i] = s.elapsedClockFrom().toString();
            playhead[i] = s.playheadMillis();
            carried[i] = s.carriedAllowanceMillis();
            credited[i] = s.creditedMillis();
            due[i] = s.checkpointDueAtCreditedMillis();
            PendingCheckpoint checkpoint = s.pendingCheckpoint();
            nonce[i] = checkpoint == null ? null : checkpoint.nonce();
            issued[i] = checkpoint == null ? null : checkpoint.issuedAt().toString();
            wrong[i] = checkpoint == null ? null : checkpoint.wrongAnswers();
            expected[i] = row.expectedVersion();
            i++;
        }
        try (PreparedStatement update = db.prepareStatement("update playback_session s set state = u.state,"
                + " ended_at = u.ended_at::timestamptz, superseded_by = u.superseded_by, last_sequence = u.last_sequence,"
                + " elapsed_clock_from = u.clock_from::timestamptz, playhead_ms = u.playhead, carried_allowance_ms = u.carried,"
                + " credited_ms = u.credited, checkpoint_due_at_ms = u.due, checkpoint_nonce = u.nonce,"
                + " checkpoint_issued_at = u.issued::timestamptz, checkpoint_wrong_answers = u.wrong,"
                + " version = s.version + 1, updated_at = now()"
                + " from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::int8[], ?::text[], ?::int8[], ?::int8[],"
                + " ?::int8[], ?::int8[], ?::text[], ?::text[], ?::int4[], ?::int8[])"
                + " as u(id, state, ended_at, superseded_by, last_sequence, clock_from, playhead, carried, credited, due,"
                + " nonce, issued, wrong, expected)"
                + " where s.id = u.id and s.version = u.expected")) {
            int p = 1;
            update.setArray(p++, db.createArrayOf("uuid", id));
            update.setArray(p++, db.createArrayOf("text", state));
            update.setArray(p++, db.createArrayOf("text", ended));
            update.setArray(p++, db.createArrayOf("uuid", supersededBy));
            update.setArray(p++, db.createArrayOf("int8", lastSequence));
            update.setArray(p++, db.createArrayOf("text", clockFrom));
            update.setArray(p++, db.createArrayOf("int8", playhead));
            update.setArray(p++, db.createArrayOf("int8", carried));
            update.setArray(p++, db.createArrayOf("int8", credited));
            update.setArray(p++, db.createArrayOf("int8", due));
            update.setArray(p++, db.createArrayOf("text", nonce));
            update.setArray(p++, db.createArrayOf("text", issued));
            update.setArray(p++, db.createArrayOf("int4", wrong));
            update.setArray(p, db.createArrayOf("int8", expected));
            int updated = update.executeUpdate();
            if (updated != n) {
                throw new StaleSessionException(n - updated + " of " + n + " sessions changed since they were judged");
            }
        }
    }

    /**
     * Adds the newly covered intervals to each person's coverage of the lesson (a union in the
     * database, so coverage never shrinks) and stores its total, which the batch computed from the
     * same coverage held under the session's lock.
     */
    private void addCoverage(Connection db, Writes writes) throws SQLException {
        Map<Writes.PersonLesson, List<TimelineInterval>> coverage = writes.coverage;
        if (coverage.isEmpty()) {
            return;
        }
        int n = coverage.size();
        Object[] person = new Object[n], lesson = new Object[n], covered = new Object[n], total = new Object[n];
        int i = 0;
        for (Map.Entry<Writes.PersonLesson, List<TimelineInterval>> entry : coverage.entrySet()) {
            person[i] = entry.getKey().personId();
            lesson[i] = entry.getKey().lessonId();
            covered[i] = formatMultirange(TimelineInterval.merge(entry.getValue()));
            total[i] = writes.coveredMillis.get(entry.getKey());
            i++;
        }
        try (PreparedStatement upsert = db.prepareStatement("insert into lesson_coverage as c (person_id, lesson_id,"
                + " covered, covered_ms, updated_at)"
                + " select u.person_id, u.lesson_id, u.covered::int8multirange, u.total, now()"
                + " from unnest(?::int8[], ?::int8[], ?::text[], ?::int8[]) as u(person_id, lesson_id, covered, total)"
                + " on conflict (person_id, lesson_id) do update set covered = c.covered + excluded.covered,"
                + " covered_ms = excluded.covered_ms, updated_at = excluded.updated_at")) {
            upsert.setArray(1, db.createArrayOf("int8", person));
            upsert.setArray(2, db.createArrayOf("int8", lesson));
            upsert.setArray(3, db.createArrayOf("text", covered));
            upsert.setArray(4, db.createArrayOf("int8", total));
            upsert.executeUpdate();
        }
    }

    private void addCredit(Connection db, Map<Writes.PersonDay, Long> credit) throws SQLException {
        if (credit.isEmpty()) {
            return;
        }
        int n = credit.size();
        Object[] person = new Object[n], day = new Object[n], millis = new Object[n];
        int i = 0;
        for (Map.Entry<Writes.PersonDay, Long> entry : credit.entrySet()) {
            person[i] = entry.getKey().personId();
            day[i] = entry.getKey().day().toString();
            millis[i] = entry.getValue();
            i++;
        }
        try (PreparedStatement upsert = db.prepareStatement("insert into daily_study_credit as d (person_id, study_day,"
                + " credited_ms)"
                + " select u.person_id, u.day::date, u.millis from unnest(?::int8[], ?::text[], ?::int8[])"
                + " as u(person_id, day, millis)"
                + " on conflict (person_id, study_day) do update set credited_ms = d.credited_ms + excluded.credited_ms")) {
            upsert.setArray(1, db.createArrayOf("int8", person));
            upsert.setArray(2, db.createArrayOf("text", day));
            upsert.setArray(3, db.createArrayOf("int8", millis));
            upsert.executeUpdate();
        }
    }

    // --- opening and answering ---------------------------------------------------------------

    /**
     * Locks and returns the id of the person's latest session (the open one if any, else the most
     * recently opened), so that opening a new one is serialised with everything else touching it.
     */
    Optional<UUID> lockLatestSession(Connection db, long personId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select id from playback_session where person_id = ?"
                + " order by (state = 'OPEN') desc, opened_at desc limit 1 for update")) {
            select.setLong(1, personId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    void insertSession(Connection db, PlaybackSessionSnapshot s, long courseId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into playback_session (id, person_id, lesson_id,"
                + " course_id, video_duration_ms, opened_at, state, ended_at, superseded_by, last_sequence,"
                + " elapsed_clock_from, playhead_ms, carried_allowance_ms, credited_ms, checkpoint_due_at_ms,"
                + " checkpoint_nonce, checkpoint_issued_at, checkpoint_wrong_answers, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            PendingCheckpoint checkpoint = s.pendingCheckpoint();
            int p = 1;
            insert.setObject(p++, s.id().value());
            insert.setLong(p++, Long.parseLong(s.person().value()));
            insert.setLong(p++, Long.parseLong(s.lesson().value()));
            insert.setLong(p++, courseId);
            insert.setLong(p++, s.videoDurationMillis());
            insert.setObject(p++, offset(s.openedAt()));
            insert.setString(p++, s.state().name());
            insert.setObject(p++, offset(s.endedAt()));
            insert.setObject(p++, s.supersededBy() == null ? null : s.supersededBy().value());
            insert.setLong(p++, s.lastSequence());
            insert.setObject(p++, offset(s.elapsedClockFrom()));
            insert.setLong(p++, s.playheadMillis());
            insert.setLong(p++, s.carriedAllowanceMillis());
            insert.setLong(p++, s.creditedMillis());
            insert.setLong(p++, s.checkpointDueAtCreditedMillis());
            insert.setString(p++, checkpoint == null ? null : checkpoint.nonce());
            insert.setObject(p++, checkpoint == null ? null : offset(checkpoint.issuedAt()));
            insert.setObject(p, checkpoint == null ? null : checkpoint.wrongAnswers());
            insert.executeUpdate();
        }
    }

    /** The person's coverage of a lesson, as committed. */
    CoveredIntervals coverage(Connection db, long personId, long lessonId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select covered::text from lesson_coverage where person_id = ? and lesson_id = ?")) {
            select.setLong(1, personId);
            select.setLong(2, lessonId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? CoveredIntervals.of(parseMultirange(rs.getString(1))) : CoveredIntervals.empty();
            }
        }
    }

    /** Who a session belongs to and its course: what answering a checkpoint needs first. */
    record Owner(long personId, long courseId) {
    }

    Optional<Owner> owner(Connection db, UUID sessionId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select person_id, course_id from playback_session where id = ?")) {
            select.setObject(1, sessionId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Owner(rs.getLong(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }

    // --- mapping ---------------------------------------------------------------------------

    private static PlaybackSessionSnapshot snapshotWithoutLastOutcome(ResultSet rs) throws SQLException {
        String nonce = rs.getString(16);
        PendingCheckpoint checkpoint = nonce == null ? null
                : new PendingCheckpoint(nonce, instant(rs, 17), rs.getInt(18));
        UUID supersededBy = rs.getObject(9, UUID.class);
        return new PlaybackSessionSnapshot(new SessionId(rs.getObject(1, UUID.class)),
                new PersonId(Long.toString(rs.getLong(2))), new LessonId(Long.toString(rs.getLong(3))),
                rs.getLong(5), instant(rs, 6), SessionState.valueOf(rs.getString(7)), instant(rs, 8),
                supersededBy == null ? null : new SessionId(supersededBy), rs.getLong(10), instant(rs, 11),
                rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), checkpoint, null);
    }

    private static PlaybackSessionSnapshot withLastOutcome(PlaybackSessionSnapshot s, HeartbeatOutcome lastOutcome) {
        return new PlaybackSessionSnapshot(s.id(), s.person(), s.lesson(), s.videoDurationMillis(), s.openedAt(),
                s.state(), s.endedAt(), s.supersededBy(), s.lastSequence(), s.elapsedClockFrom(), s.playheadMillis(),
                s.carriedAllowanceMillis(), s.creditedMillis(), s.checkpointDueAtCreditedMillis(),
                s.pendingCheckpoint(), lastOutcome);
    }

    /** Reads {@link #STORED_COLUMNS} starting at column {@code first}. */
    private static StoredHeartbeat stored(ResultSet rs, int first) throws SQLException {
        int c = first;
        UUID session = rs.getObject(c++, UUID.class);
        long sequence = rs.getLong(c++);
        Instant received = instant(rs, c++);
        HeartbeatDisposition disposition = HeartbeatDisposition.valueOf(rs.getString(c++));
        long credited = rs.getLong(c++);
        long sessionCredited = rs.getLong(c++);
        long lessonCovered = rs.getLong(c++);
        List<AnomalyKind> kinds = new ArrayList<>();
        for (Object kind : (Object[]) rs.getArray(c++).getArray()) {
            kinds.add(AnomalyKind.valueOf((String) kind));
        }
        String nonce = rs.getString(c++);
        Instant issued = instant(rs, c++);
        int wrong = rs.getInt(c++);
        PendingCheckpoint checkpoint = nonce == null ? null : new PendingCheckpoint(nonce, issued, wrong);
        SessionState state = SessionState.valueOf(rs.getString(c));
        return new StoredHeartbeat(session, sequence, received, disposition, credited, sessionCredited, lessonCovered,
                kinds, checkpoint, state);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /** PostgreSQL's text form of an int8multirange of half-open intervals: {[0,15000),[20000,30000)}. */
    static String formatMultirange(List<TimelineInterval> intervals) {
        StringBuilder text = new StringBuilder("{");
        for (TimelineInterval interval : intervals) {
            if (interval.isEmpty()) {
                continue;
            }
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('[').append(interval.startMillis()).append(',').append(interval.endMillis()).append(')');
        }
        return text.append('}').toString();
    }

    static List<TimelineInterval> parseMultirange(String text) {
        if (text == null) {
            return List.of();
        }
        List<TimelineInterval> intervals = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            intervals.add(new TimelineInterval(Long.parseLong(range.group(1)), Long.parseLong(range.group(2))));
        }
        return intervals;
    }

    private static void expectCount(int actual, int expected, String what) throws SQLException {
        if (actual != expected) {
            throw new SQLException("wrote " + actual + " " + what + " instead of " + expected);
        }
    }

    /** A session row changed under a batch that held its lock: a bug, never expected. */
    static final class StaleSessionException extends SQLException {
        StaleSessionException(String message) {
            super(message);
        }
    }
}
