package org.anxue.learning.playback;

import org.anxue.learning.time.CheckpointOutcome;
import org.anxue.learning.time.SessionClosed;

/** What became of an {@link IngestCommand}, once committed. */
sealed interface IngestResult {

    /**
     * A heartbeat's outcome.
     *
     * @param stored the outcome as stored
     * @param repeat true when the sequence had already been received: {@code stored} is the
     *     original outcome and nothing was credited now
     */
    record HeartbeatAnswered(StoredHeartbeat stored, boolean repeat, long courseId, long videoDurationMillis)
            implements IngestResult {
    }

    record CheckpointAnswered(CheckpointOutcome outcome, long courseId) implements IngestResult {
    }

    record Closed(SessionClosed closed) implements IngestResult {
    }

    /** No such session, or it belongs to someone else. Nothing was recorded. */
    record SessionNotFound() implements IngestResult {
    }

    /** The session's person has no active worker account any more (disabled). Nothing was recorded. */
    record AccountNotActive() implements IngestResult {
    }
}
