package org.anxue.learning.time;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The judgement of one heartbeat: everything a repository needs to write the durable rows (the
 * heartbeat, the credit, the covered intervals added, the anomalies) and the player needs to act
 * (show a checkpoint question, stop when the session is no longer open).
 *
 * @param sessionId the session the heartbeat was sent to
 * @param sequence the heartbeat's sequence number
 * @param receivedAt server time of receipt
 * @param clientTime the client's clock as reported, for the record only
 * @param disposition accepted, replayed or rejected
 * @param creditedMillis study time credited by this heartbeat; always 0 unless accepted
 * @param newlyCovered intervals added to the person's coverage of the lesson, exactly
 *     {@code creditedMillis} long in total
 * @param anomalies irregularities found, in the order the rules were applied
 * @param pendingCheckpoint the checkpoint the player must show now, if any
 * @param sessionState the session's state after this heartbeat
 * @param original for a replay, the outcome of the heartbeat it repeats
 */
public record HeartbeatOutcome(
        SessionId sessionId,
        long sequence,
        Instant receivedAt,
        Optional<Instant> clientTime,
        HeartbeatDisposition disposition,
        long creditedMillis,
        List<TimelineInterval> newlyCovered,
        List<Anomaly> anomalies,
        Optional<PendingCheckpoint> pendingCheckpoint,
        SessionState sessionState,
        Optional<HeartbeatOutcome> original) {

    public HeartbeatOutcome {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(clientTime, "clientTime");
        Objects.requireNonNull(disposition, "disposition");
        newlyCovered = List.copyOf(newlyCovered);
        anomalies = List.copyOf(anomalies);
        Objects.requireNonNull(pendingCheckpoint, "pendingCheckpoint");
        Objects.requireNonNull(sessionState, "sessionState");
        Objects.requireNonNull(original, "original");
        if (creditedMillis < 0) {
            throw new IllegalArgumentException("creditedMillis cannot be negative: " + creditedMillis);
        }
        if (TimelineInterval.totalMillis(newlyCovered) != creditedMillis) {
            throw new IllegalArgumentException("newly covered intervals " + newlyCovered
                    + " must add up to the credited " + creditedMillis + " ms");
        }
        if (disposition != HeartbeatDisposition.ACCEPTED && creditedMillis != 0) {
            throw new IllegalArgumentException("only an accepted heartbeat earns credit");
        }
    }

    public Duration credited() {
        return Duration.ofMillis(creditedMillis);
    }

    public boolean hasAnomaly(AnomalyKind kind) {
        return anomalies.stream().anyMatch(anomaly -> anomaly.kind() == kind);
    }

    /** The anomalies of one kind (usually none or one). */
    public List<Anomaly> anomaliesOf(AnomalyKind kind) {
        return anomalies.stream().filter(anomaly -> anomaly.kind() == kind).toList();
    }
}
