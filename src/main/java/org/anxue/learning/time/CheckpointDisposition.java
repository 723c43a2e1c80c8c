package org.anxue.learning.time;

/** What became of a checkpoint answer. */
public enum CheckpointDisposition {
    /** Correct: the checkpoint is cleared and the session earns again. */
    RESUMED,
    /** Wrong, with tries left: a new question with a new nonce is pending. */
    ASKED_AGAIN,
    /** Wrong for the last allowed time: the session is terminated. */
    TERMINATED,
    /** Not considered: the session is not open, nothing is pending, or the nonce does not match. */
    REJECTED
}
