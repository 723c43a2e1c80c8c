package org.anxue.learning.time;

/** What became of a heartbeat. */
public enum HeartbeatDisposition {
    /** Judged: its sequence number is now the session's last, whatever it earned. */
    ACCEPTED,
    /** The same sequence number as the last accepted heartbeat: the original outcome stands. */
    REPLAYED,
    /** Not judged at all: out of order, or the session is not open. */
    REJECTED
}
