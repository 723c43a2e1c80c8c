package org.anxue.learning.time;

import java.time.Instant;

/**
 * A playback session's whole state as plain fields, for a repository to store and to
 * {@linkplain PlaybackSession#restore restore}. Fields that may be absent are {@code null}.
 *
 * @param id the session
 * @param person who is studying
 * @param lesson which lesson's video
 * @param videoDurationMillis the video's duration when the session opened
 * @param openedAt server time the session opened
 * @param state open, superseded, ended or terminated
 * @param endedAt when it stopped being open; null while open
 * @param supersededBy the session that replaced it; null unless superseded
 * @param lastSequence last accepted heartbeat sequence; 0 before the first
 * @param elapsedClockFrom server time from which real elapsed time is counted for the next
 *     heartbeat: the opening, the last accepted heartbeat, or the last correct checkpoint answer
 * @param playheadMillis furthest point reached by continuous playback in this session
 * @param carriedAllowanceMillis unused real time carried to the next heartbeat, at most the jitter
 *     allowance
 * @param creditedMillis study time credited in this session
 * @param checkpointDueAtCreditedMillis the session's credited time at which the next checkpoint is
 *     asked
 * @param pendingCheckpoint the unanswered checkpoint; null if none
 * @param lastOutcome the outcome of heartbeat {@code lastSequence} (a repository can load it from
 *     that heartbeat's durable row); null before the first heartbeat
 */
public record PlaybackSessionSnapshot(
        SessionId id,
        PersonId person,
        LessonId lesson,
        long videoDurationMillis,
        Instant openedAt,
        SessionState state,
        Instant endedAt,
        SessionId supersededBy,
        long lastSequence,
        Instant elapsedClockFrom,
        long playheadMillis,
        long carriedAllowanceMillis,
        long creditedMillis,
        long checkpointDueAtCreditedMillis,
        PendingCheckpoint pendingCheckpoint,
        HeartbeatOutcome lastOutcome) {
}
