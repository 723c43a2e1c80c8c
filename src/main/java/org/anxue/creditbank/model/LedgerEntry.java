package org.anxue.creditbank.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable line of a person's ledger, storable as a plain row: every hashed field is a string, a
 * whole number, a two-place decimal, a day or an instant.
 *
 * @param person            the account it belongs to
 * @param sequence          its position in the account: 1, 2, 3, … without gaps
 * @param occurredOn        the day the training, exam, issue or decision took place
 * @param source            the system or party that reported it (e.g. "learning", "institution:I-7")
 * @param evidenceReference where the evidence is (sessions, roster, exam record, document)
 * @param rawHours          the hours as reported, before any rule
 * @param creditedHours     the hours this entry can contribute, under {@code policyVersion}
 * @param policyVersion     the policy version applied when it was posted
 * @param postedBy          who posted it (a user id, or "system:…" for automatic postings)
 * @param postedAt          when it was posted, to the microsecond
 * @param countsToward      the requirement and period it counts toward; {@code null} for certificates
 * @param details           the kind-specific fields
 * @param previousHash      the hash of the entry before it, or the account's genesis hash for entry 1
 * @param hash              SHA-256 over the canonical encoding of all the above (see {@link EntryHasher})
 */
public record LedgerEntry(
        PersonKey person,
        long sequence,
        LocalDate occurredOn,
        String source,
        String evidenceReference,
        Hours rawHours,
        Hours creditedHours,
        PolicyVersionRef policyVersion,
        String postedBy,
        Instant postedAt,
        TrainingPeriod countsToward,
        EntryDetails details,
        String previousHash,
        String hash) {

    public LedgerEntry {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidenceReference, "evidenceReference");
        Objects.requireNonNull(rawHours, "rawHours");
        Objects.requireNonNull(creditedHours, "creditedHours");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(postedBy, "postedBy");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
    }

    public EntryKind kind() {
        return details.kind();
    }

    public Optional<TrainingPeriod> period() {
        return Optional.ofNullable(countsToward);
    }

    public boolean countsToward(TrainingPeriod period) {
        return period.equals(countsToward);
    }
}
