package org.anxue.learning.playback;

/** How heartbeats reach the database. */
public enum IngestMode {
    /** Writer threads judge many heartbeats and commit them in one transaction; answers follow the commit. */
    GROUP_COMMIT,
    /** Each command in a transaction of its own, committed before it is answered (the slow baseline). */
    PER_HEARTBEAT
}
