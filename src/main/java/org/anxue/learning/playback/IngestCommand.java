package org.anxue.learning.playback;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.anxue.learning.time.HeartbeatReport;

/**
 * What a learner asks of an open session. All three go through the session's writer, so that one
 * session's commands are judged one after the other, in one place.
 */
sealed interface IngestCommand {

    UUID sessionId();

    /** The person asking; a session of anyone else is answered as not found. */
    long personId();

    /**
     * A heartbeat.
     *
     * @param report sequence, played ranges and times, as the model takes it
     * @param event what made the player send it (TICK, PAUSE, SEEK, VISIBILITY, UNLOAD)
     * @param reportedRangesJson the played ranges as reported, for the record
     */
    record Heartbeat(UUID sessionId, long personId, HeartbeatReport report, PlayerEvent event,
            String reportedRangesJson) implements IngestCommand {
        public Heartbeat {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(reportedRangesJson, "reportedRangesJson");
        }
    }

    /** A checkpoint answer, already graded against the question of {@code nonce}. */
    record Answer(UUID sessionId, long personId, String nonce, String answer, boolean correct, Instant receivedAt)
            implements IngestCommand {
        public Answer {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(nonce, "nonce");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** The player closes the session. */
    record Close(UUID sessionId, long personId, Instant at) implements IngestCommand {
        public Close {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
        }
    }
}
