package org.anxue.learning.time;

/** Where a playback session is in its life. Only an {@link #OPEN} session earns study time. */
public enum SessionState {
    /** Playing: heartbeats are judged and may earn credit. */
    OPEN,
    /** The person opened another session (another tab or device); this one earns nothing more. */
    SUPERSEDED,
    /** Closed by the player (page left, lesson finished). */
    ENDED,
    /** Ended because checkpoint questions were answered wrongly too many times. */
    TERMINATED_BY_CHECKPOINT
}
