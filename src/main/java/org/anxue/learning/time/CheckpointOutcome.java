package org.anxue.learning.time;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The judgement of a checkpoint answer.
 *
 * @param sessionId the session
 * @param answeredAt server time of the answer
 * @param disposition resumed, asked again, terminated or rejected
 * @param pendingCheckpoint the checkpoint now pending (a new nonce after a wrong answer)
 * @param anomalies wrong answers, failures and rejected answers, for the record
 * @param sessionState the session's state after the answer
 */
public record CheckpointOutcome(
        SessionId sessionId,
        Instant answeredAt,
        CheckpointDisposition disposition,
        Optional<PendingCheckpoint> pendingCheckpoint,
        List<Anomaly> anomalies,
        SessionState sessionState) {

    public CheckpointOutcome {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(pendingCheckpoint, "pendingCheckpoint");
        anomalies = List.copyOf(anomalies);
        Objects.requireNonNull(sessionState, "sessionState");
    }

    public boolean hasAnomaly(AnomalyKind kind) {
        return anomalies.stream().anyMatch(anomaly -> anomaly.kind() == kind);
    }
}
