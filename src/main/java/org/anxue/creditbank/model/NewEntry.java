package org.anxue.creditbank.model;

import java.time.LocalDate;
import java.util.Objects;

/** What a use case asks an account to append; the account adds the sequence, time and hashes. */
record NewEntry(
        LocalDate occurredOn,
        String source,
        String evidenceReference,
        Hours rawHours,
        Hours creditedHours,
        PolicyVersionRef policyVersion,
        String postedBy,
        TrainingPeriod countsToward,
        EntryDetails details) {

    NewEntry {
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidenceReference, "evidenceReference");
        Objects.requireNonNull(rawHours, "rawHours");
        Objects.requireNonNull(creditedHours, "creditedHours");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(postedBy, "postedBy");
        Objects.requireNonNull(details, "details");
    }
}
