package org.anxue.creditbank.model;

import java.util.Objects;

/**
 * A mistaken entry is reversed: nothing is edited or deleted, this new entry cancels it. The reversal
 * carries the reversed entry's hours negated, its policy version and its period. An entry is reversed at
 * most once and a reversal is never reversed; to restore a wrongly reversed entry, post it anew.
 *
 * <p>Canonical fields: {@code reversed_sequence}, {@code reversed_hash}, {@code reason}.
 */
public record Reversal(long reversedSequence, String reversedHash, String reason) implements EntryDetails {

    public Reversal {
        Objects.requireNonNull(reversedHash, "reversedHash");
        Objects.requireNonNull(reason, "reason");
        if (reversedSequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
    }

    @Override
    public EntryKind kind() {
        return EntryKind.REVERSAL;
    }

    @Override
    public void writeCanonical(CanonicalEncoder out) {
        out.text("reversed_sequence").number(reversedSequence);
        out.text("reversed_hash").text(reversedHash);
        out.text("reason").text(reason);
    }
}
