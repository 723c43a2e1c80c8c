package org.anxue.creditbank.model;

/** Why a chain failed verification. */
public enum BreakReason {
    /** The entry's stored hash does not match its fields: a field was changed after posting. */
    ALTERED,
    /** A sequence number is absent: an entry was deleted. */
    MISSING,
    /** An entry appears after an entry with a higher sequence number: the history was reordered. */
    REORDERED,
    /** The same sequence number appears twice. */
    DUPLICATE,
    /**
     * The entry is consistent in itself but does not chain to the entry before it: an earlier entry was
     * altered and its hash recomputed, or entries were replaced by a forged chain.
     */
    LINK_BROKEN,
    /** An entry of another account was found in this account's chain. */
    FOREIGN_ENTRY,
    /** The chain has fewer entries than a published head says it had: entries were cut off the end. */
    TRUNCATED,
    /** The chain differs from a published head at that head's sequence: the history was rewritten. */
    HEAD_MISMATCH
}
