package org.anxue.creditbank.model;

import java.util.Objects;

/**
 * Re-computes one account's hash chain entry by entry, holding only the running head, so that a chain of
 * any length can be verified while it streams from storage (ordered by sequence number).
 *
 * <p>For each entry, in this order: it must belong to the account; its sequence must be the next one (a
 * lower number is reported as {@link BreakReason#DUPLICATE} or {@link BreakReason#REORDERED}, a higher one as
 * {@link BreakReason#MISSING}, re-classified as {@code REORDERED} if the missing number turns up later); its
 * hash recomputed from its fields and stored previous hash must equal its stored hash
 * ({@link BreakReason#ALTERED}); its stored previous hash must equal the hash of the entry before it
 * ({@link BreakReason#LINK_BROKEN}). With a published head, the entry at the head's sequence must carry
 * the head's hash ({@link BreakReason#HEAD_MISMATCH}) and the chain must reach it
 * ({@link BreakReason#TRUNCATED}). The first break is reported.
 */
public final class ChainVerification {

    private final PersonKey person;
    private final AccountHead publishedHead;
    private final EntryHasher hasher;
    private long expected = 1;
    private String head;
    private ChainVerdict.Broken firstBreak;

    public ChainVerification(PersonKey person) {
        this(person, null, new EntryHasher());
    }

    /** Verifies against a head published earlier (e.g. proven by a published root). */
    public ChainVerification(AccountHead publishedHead) {
        this(publishedHead.person(), publishedHead, new EntryHasher());
    }

    ChainVerification(PersonKey person, AccountHead publishedHead, EntryHasher hasher) {
        this.person = Objects.requireNonNull(person, "person");
        if (publishedHead != null && !publishedHead.person().equals(person)) {
            throw new IllegalArgumentException("the published head is another account's");
        }
        this.publishedHead = publishedHead;
        this.hasher = hasher;
        this.head = EntryHasher.genesisHash(person);
    }

    public static ChainVerdict verify(PersonKey person, Iterable<LedgerEntry> entries) {
        ChainVerification verification = new ChainVerification(person);
        entries.forEach(verification::accept);
        return verification.finish();
    }

    public static ChainVerdict verify(AccountHead publishedHead, Iterable<LedgerEntry> entries) {
        ChainVerification verification = new ChainVerification(publishedHead);
        entries.forEach(verification::accept);
        return verification.finish();
    }

    /** Takes the next entry of the stream. */
    public void accept(LedgerEntry entry) {
        long sequence = entry.sequence();
        if (firstBreak != null) {
            if (firstBreak.reason() == BreakReason.MISSING && sequence == firstBreak.sequence() && person.equals(entry.person())) {
                firstBreak = broken(sequence, BreakReason.REORDERED,
                        "entry " + sequence + " appears after entries that follow it");
            }
            return;
        }
        if (!person.equals(entry.person())) {
            firstBreak = broken(sequence, BreakReason.FOREIGN_ENTRY, "entry " + sequence + " belongs to another account");
        } else if (sequence < expected) {
            firstBreak = sequence == expected - 1
                    ? broken(sequence, BreakReason.DUPLICATE, "entry " + sequence + " appears twice")
                    : broken(sequence, BreakReason.REORDERED, "entry " + sequence + " appears after entry " + (expected - 1));
        } else if (sequence > expected) {
            firstBreak = broken(expected, BreakReason.MISSING,
                    "entry " + expected + " is missing: entry " + (expected - 1) + " is followed by entry " + sequence);
        } else if (!hasher.isSelfConsistent(entry)) {
            firstBreak = broken(sequence, BreakReason.ALTERED,
                    "the stored hash of entry " + sequence + " does not match its fields: it was changed after posting");
        } else if (!head.equals(entry.previousHash())) {
            firstBreak = broken(sequence, BreakReason.LINK_BROKEN, "entry " + sequence + " does not chain to entry "
                    + (sequence - 1) + ": an earlier entry was altered and re-hashed, or the chain was replaced");
        } else {
            head = entry.hash();
            expected++;
            if (publishedHead != null && sequence == publishedHead.sequence() && !head.equals(publishedHead.hash())) {
                firstBreak = broken(sequence, BreakReason.HEAD_MISMATCH,
                        "entry " + sequence + " differs from the published head: the history was rewritten");
            }
        }
    }

    /** The verdict on everything accepted so far. */
    public ChainVerdict finish() {
        if (firstBreak != null) {
            return firstBreak;
        }
        long count = expected - 1;
        if (publishedHead != null && count < publishedHead.sequence()) {
            return broken(count + 1, BreakReason.TRUNCATED,
                    "the published head has " + publishedHead.sequence() + " entries, the ledger only " + count);
        }
        if (publishedHead != null && publishedHead.sequence() == 0 && !publishedHead.hash().equals(EntryHasher.genesisHash(person))) {
            return broken(0, BreakReason.HEAD_MISMATCH, "the published head is not this account's genesis");
        }
        return new ChainVerdict.Intact(new AccountHead(person, count, head));
    }

    private ChainVerdict.Broken broken(long sequence, BreakReason reason, String explanation) {
        return new ChainVerdict.Broken(person, sequence, reason, explanation);
    }
}
