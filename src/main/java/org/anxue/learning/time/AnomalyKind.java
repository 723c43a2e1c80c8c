package org.anxue.learning.time;

/** The kinds of irregularity recorded while judging heartbeats and checkpoint answers. */
public enum AnomalyKind {
    /** The heartbeat repeats the last accepted sequence number; nothing is credited again. */
    REPLAY,
    /** The heartbeat's sequence number is lower than one already accepted (late or replayed). */
    OUT_OF_ORDER,
    /** The session is superseded, ended or terminated; it earns nothing. */
    SESSION_NOT_ACTIVE,
    /** A reported range is negative, inverted or not a number. */
    INVALID_RANGE,
    /** A reported range ends after the end of the video. */
    RANGE_BEYOND_VIDEO,
    /** A reported range starts past the furthest point reached plus the seek tolerance. */
    SEEK_AHEAD,
    /** The time since the previous heartbeat is longer than the gap tolerance. */
    GAP,
    /** More new content was reported than real time elapsed; the excess is not credited. */
    FASTER_THAN_REAL_TIME,
    /** New content arrived faster than the player's maximum playback rate allows: a tampered player. */
    PLAYBACK_RATE_EXCEEDED,
    /** The person reached the daily cap; the excess is not credited. */
    DAILY_CAP,
    /** Played content was reported while a checkpoint question was unanswered; nothing is credited. */
    CHECKPOINT_PENDING,
    /** A checkpoint question was answered wrongly. */
    CHECKPOINT_WRONG_ANSWER,
    /** Too many wrong answers: the session is terminated. */
    CHECKPOINT_FAILED,
    /** An answer named a nonce other than the pending checkpoint's. */
    CHECKPOINT_NONCE_MISMATCH,
    /** An answer arrived while no checkpoint was pending. */
    CHECKPOINT_NOT_PENDING
}
