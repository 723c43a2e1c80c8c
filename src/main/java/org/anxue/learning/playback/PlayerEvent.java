package org.anxue.learning.playback;

/** Why the player sent a heartbeat. Kept for the record; the rules do not depend on it. */
public enum PlayerEvent {
    /** The regular heartbeat, about every 15 s while the player is open. */
    TICK,
    /** Playback was paused. */
    PAUSE,
    /** The learner moved the playhead. */
    SEEK,
    /** The page was hidden or shown again. */
    VISIBILITY,
    /** The page is being left. */
    UNLOAD
}
