package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;

/** What every posting use case does around its own rule: load, decide, append, store. */
final class Postings {

    private Postings() {
    }

    static PostingResult post(CreditAccounts accounts, Clock clock, PersonKey person, Function<CreditAccount, NewEntry> decide) {
        CreditAccount account = accounts.accountOf(person);
        NewEntry draft;
        try {
            draft = decide.apply(account);
        } catch (RuleViolation violation) {
            return new PostingResult.Rejected(violation.getMessage());
        }
        LedgerEntry entry = account.append(draft, clock.instant());
        accounts.store(entry);
        return new PostingResult.Posted(entry);
    }

    static CreditPolicy policyInForce(PolicyCatalog policies, BureauPath jurisdiction, LocalDate day) {
        return policies.inForce(jurisdiction, day).orElseThrow(() ->
                new RuleViolation("no credit policy is in force for bureau " + jurisdiction.leaf() + " on " + day));
    }

    /** Refuses a second standing entry for the same thing (the same test attempt, class, exam …). */
    static <T extends EntryDetails> void requireNotYetPosted(CreditAccount account, Class<T> kind, Predicate<T> same, String what) {
        for (LedgerEntry entry : account.standingEntries()) {
            if (kind.isInstance(entry.details()) && same.test(kind.cast(entry.details()))) {
                throw new RuleViolation(what + " was already posted as entry " + entry.sequence());
            }
        }
    }
}
