package org.anxue.creditbank.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exam was taken at an exam site, passed or failed. It carries no hours; a passed exam satisfies the
 * exam part of a requirement (the special-operation review).
 *
 * <p>Canonical fields: {@code exam}, {@code passed}, {@code score} (two decimal places), {@code exam_site}.
 */
public record ExamResult(String examRef, boolean passed, BigDecimal score, String examSite) implements EntryDetails {

    public ExamResult {
        Objects.requireNonNull(examRef, "examRef");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(examSite, "examSite");
        score = new Hours(score).value();
        if (score.signum() < 0) {
            throw new IllegalArgumentException("a score cannot be negative");
        }
    }

    @Override
    public EntryKind kind() {
        return EntryKind.EXAM_RESULT;
    }

    @Override
    public void writeCanonical(CanonicalEncoder out) {
        out.text("exam").text(examRef);
        out.text("passed").bool(passed);
        out.text("score").decimal2(score);
        out.text("exam_site").text(examSite);
    }
}
