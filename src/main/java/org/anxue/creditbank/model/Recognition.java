package org.anxue.creditbank.model;

import java.util.Objects;

/**
 * A bureau officer recognised training done elsewhere (认定, {@link EntryKind#RECOGNITION}: its hours are
 * credited) or waived part of a requirement ({@link EntryKind#WAIVER}: its raw hours are the hours waived,
 * nothing is credited, the requirement shrinks). Both need a reason and an approver other than the officer
 * who posts them.
 *
 * <p>Canonical fields: {@code reason}, {@code approved_by}.
 */
public record Recognition(EntryKind kind, String reason, String approvedBy) implements EntryDetails {

    public Recognition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedBy, "approvedBy");
        if (kind != EntryKind.RECOGNITION && kind != EntryKind.WAIVER) {
            throw new IllegalArgumentException("a recognition is a RECOGNITION or a WAIVER");
        }
    }

    @Override
    public void writeCanonical(CanonicalEncoder out) {
        out.text("reason").text(reason);
        out.text("approved_by").text(approvedBy);
    }
}
