package org.anxue.creditbank.model;

import java.security.MessageDigest;
import java.time.Instant;

/**
 * Computes entry hashes: SHA-256 over the canonical encoding (see {@link CanonicalEncoder}) of these fields,
 * in this order:
 * <ol>
 * <li>the format tag {@value #ENTRY_TAG}</li>
 * <li>person key, sequence, kind, occurred on, source, evidence reference</li>
 * <li>raw hours, credited hours, policy version ({@code id@version}), posted by, posted at</li>
 * <li>counts toward: training type, from, until, subject (all four absent for a certificate)</li>
 * <li>the kind's own fields, each as its name then its value (see the {@link EntryDetails} records)</li>
 * <li>the previous hash (64 lowercase hex digits)</li>
 * </ol>
 * The hash is stored as 64 lowercase hex digits. The previous hash of entry 1 is the account's genesis
 * hash: SHA-256 over the encoding of the tag {@value #GENESIS_TAG} and the person key.
 *
 * <p>An instance reuses its buffer and digest and is not thread-safe.
 */
public final class EntryHasher {

    public static final String ENTRY_TAG = "anxue.creditbank.entry/1";
    public static final String GENESIS_TAG = "anxue.creditbank.genesis/1";

    private final CanonicalEncoder encoder = new CanonicalEncoder();
    private final MessageDigest digest = Sha256.newDigest();

    public static String genesisHash(PersonKey person) {
        return Sha256.hex(Sha256.of(new CanonicalEncoder().text(GENESIS_TAG).text(person.value())));
    }

    /** The canonical bytes of an entry's hashed fields (its stored {@code hash} is not among them). */
    public byte[] canonicalBytes(LedgerEntry entry) {
        encode(entry.person(), entry.sequence(), entry.occurredOn(), entry.source(), entry.evidenceReference(),
                entry.rawHours(), entry.creditedHours(), entry.policyVersion(), entry.postedBy(), entry.postedAt(),
                entry.countsToward(), entry.details(), entry.previousHash());
        return encoder.toByteArray();
    }

    /** Recomputes the hash of an entry from its fields and its stored previous hash. */
    public byte[] recompute(LedgerEntry entry) {
        encode(entry.person(), entry.sequence(), entry.occurredOn(), entry.source(), entry.evidenceReference(),
                entry.rawHours(), entry.creditedHours(), entry.policyVersion(), entry.postedBy(), entry.postedAt(),
                entry.countsToward(), entry.details(), entry.previousHash());
        return digestOfBuffer();
    }

    /** Whether the stored hash of an entry matches its fields. */
    public boolean isSelfConsistent(LedgerEntry entry) {
        return Sha256.equalsHex(recompute(entry), entry.hash());
    }

    LedgerEntry seal(PersonKey person, long sequence, NewEntry draft, Instant postedAt, String previousHash) {
        encode(person, sequence, draft.occurredOn(), draft.source(), draft.evidenceReference(), draft.rawHours(),
                draft.creditedHours(), draft.policyVersion(), draft.postedBy(), postedAt, draft.countsToward(),
                draft.details(), previousHash);
        String hash = Sha256.hex(digestOfBuffer());
        return new LedgerEntry(person, sequence, draft.occurredOn(), draft.source(), draft.evidenceReference(),
                draft.rawHours(), draft.creditedHours(), draft.policyVersion(), draft.postedBy(), postedAt,
                draft.countsToward(), draft.details(), previousHash, hash);
    }

    private byte[] digestOfBuffer() {
        digest.reset();
        digest.update(encoder.buffer(), 0, encoder.size());
        return digest.digest();
    }

    private void encode(PersonKey person, long sequence, java.time.LocalDate occurredOn, String source,
                        String evidenceReference, Hours rawHours, Hours creditedHours, PolicyVersionRef policyVersion,
                        String postedBy, Instant postedAt, TrainingPeriod countsToward, EntryDetails details,
                        String previousHash) {
        CanonicalEncoder out = encoder.reset();
        out.text(ENTRY_TAG);
        out.text(person.value()).number(sequence).name(details.kind()).day(occurredOn).text(source).text(evidenceReference);
        out.hours(rawHours).hours(creditedHours).text(policyVersion.canonical()).text(postedBy).instant(postedAt);
        if (countsToward == null) {
            out.absent().absent().absent().absent();
        } else {
            out.name(countsToward.type()).day(countsToward.from()).day(countsToward.until()).text(countsToward.subject());
        }
        details.writeCanonical(out);
        out.text(previousHash);
    }
}
