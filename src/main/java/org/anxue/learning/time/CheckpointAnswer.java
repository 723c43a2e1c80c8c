package org.anxue.learning.time;

import java.time.Instant;
import java.util.Objects;

/**
 * An answer to a checkpoint question, already graded on the server by the feature that owns the
 * question bank.
 *
 * @param nonce the nonce of the checkpoint being answered, as the server issued it
 * @param correct the server's grading of the answer
 * @param answeredAt server time of receipt
 */
public record CheckpointAnswer(String nonce, boolean correct, Instant answeredAt) {

    public CheckpointAnswer {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
