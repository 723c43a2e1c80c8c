package org.anxue.learning.playback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anxue.learning.time.Anomaly;
import org.anxue.learning.time.PlaybackSessionSnapshot;
import org.anxue.learning.time.TimelineInterval;

/** The rows one batch writes, collected while its commands are judged and written together at the end. */
final class Writes {

    /** A heartbeat row: the stored outcome plus what only the record needs. */
    record HeartbeatRow(StoredHeartbeat stored, Instant clientTime, PlayerEvent event, String reportedRangesJson,
            List<TimelineInterval> newlyCovered) {
    }

    /** Where an anomaly was found. */
    enum Origin {
        /** Judging the heartbeat stored under the same sequence. */
        JUDGED,
        /** A repeat of a sequence already stored. */
        REPEATED,
        /** A checkpoint answer. */
        ANSWER
    }

    record AnomalyRow(UUID sessionId, long personId, Long sequence, Origin origin, Anomaly anomaly, Instant at) {
    }

    record AnswerRow(UUID sessionId, Instant receivedAt, String nonce, String answer, boolean correct, String disposition) {
    }

    /** A session whose row changes: its state now, and the version its row must still have. */
    record SessionRow(PlaybackSessionSnapshot snapshot, long expectedVersion) {
    }

    record PersonLesson(long personId, long lessonId) {
    }

    record PersonDay(long personId, LocalDate day) {
    }

    final List<HeartbeatRow> heartbeats = new ArrayList<>();
    final List<AnomalyRow> anomalies = new ArrayList<>();
    final List<AnswerRow> answers = new ArrayList<>();
    /** At most one row per session: its latest state. */
    final Map<UUID, SessionRow> sessions = new LinkedHashMap<>();
    /** Newly covered intervals per person and lesson, added to the stored union. */
    final Map<PersonLesson, List<TimelineInterval>> coverage = new LinkedHashMap<>();
    /** The total covered per person and lesson after this batch. */
    final Map<PersonLesson, Long> coveredMillis = new LinkedHashMap<>();
    /** Credit added per person and study day. */
    final Map<PersonDay, Long> credit = new LinkedHashMap<>();

    void session(PlaybackSessionSnapshot snapshot, long expectedVersion) {
        sessions.put(snapshot.id().value(), new SessionRow(snapshot, expectedVersion));
    }

    void covered(long personId, long lessonId, List<TimelineInterval> newlyCovered, long coveredMillisNow) {
        if (!newlyCovered.isEmpty()) {
            PersonLesson key = new PersonLesson(personId, lessonId);
            coverage.computeIfAbsent(key, k -> new ArrayList<>()).addAll(newlyCovered);
            coveredMillis.put(key, coveredMillisNow);
        }
    }

    void credited(long personId, LocalDate day, long millis) {
        if (millis > 0) {
            credit.merge(new PersonDay(personId, day), millis, Long::sum);
        }
    }

    boolean isEmpty() {
        return heartbeats.isEmpty() && anomalies.isEmpty() && answers.isEmpty() && sessions.isEmpty()
                && coverage.isEmpty() && credit.isEmpty();
    }
}
