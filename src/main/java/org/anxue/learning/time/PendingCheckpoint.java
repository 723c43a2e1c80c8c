package org.anxue.learning.time;

import java.time.Instant;
import java.util.Objects;

/**
 * A checkpoint question (随机弹题) the server has asked and the person has not answered correctly
 * yet. The owning feature picks the question and binds it to the nonce; an answer must name the
 * nonce.
 *
 * @param nonce server-issued, unpredictable; changes after every wrong answer
 * @param issuedAt server time the question was asked
 * @param wrongAnswers wrong answers given to this checkpoint so far
 */
public record PendingCheckpoint(String nonce, Instant issuedAt, int wrongAnswers) {

    public PendingCheckpoint {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (wrongAnswers < 0) {
            throw new IllegalArgumentException("wrongAnswers cannot be negative: " + wrongAnswers);
        }
    }
}
