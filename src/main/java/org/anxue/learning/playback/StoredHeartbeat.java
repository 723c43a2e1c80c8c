package org.anxue.learning.playback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.anxue.learning.time.AnomalyKind;
import org.anxue.learning.time.HeartbeatDisposition;
import org.anxue.learning.time.PendingCheckpoint;
import org.anxue.learning.time.SessionState;

/**
 * A heartbeat's outcome as it was answered and stored (one {@code heartbeat} row). A repeat of the
 * same sequence is answered with exactly this.
 *
 * @param sessionId the session
 * @param sequence the heartbeat's sequence number
 * @param receivedAt server time of its first arrival
 * @param disposition accepted or rejected (a repeat is never stored as a row of its own)
 * @param creditedMillis credited by this heartbeat
 * @param sessionCreditedMillis the session's credited time after it
 * @param lessonCoveredMillis the person's coverage of the lesson after it
 * @param anomalyKinds what was found, in the order the rules were applied
 * @param checkpoint the checkpoint pending after it; null if none
 * @param sessionState the session's state after it
 */
record StoredHeartbeat(
        UUID sessionId,
        long sequence,
        Instant receivedAt,
        HeartbeatDisposition disposition,
        long creditedMillis,
        long sessionCreditedMillis,
        long lessonCoveredMillis,
        List<AnomalyKind> anomalyKinds,
        PendingCheckpoint checkpoint,
        SessionState sessionState) {

    StoredHeartbeat {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(disposition, "disposition");
        anomalyKinds = List.copyOf(anomalyKinds);
        Objects.requireNonNull(sessionState, "sessionState");
        if (disposition == HeartbeatDisposition.REPLAYED) {
            throw new IllegalArgumentException("a repeat is answered from the stored heartbeat, never stored itself");
        }
    }

    /** Identifies a stored heartbeat. */
    record Key(UUID sessionId, long sequence) {
    }

    Key key() {
        return new Key(sessionId, sequence);
    }
}
