package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reverses a mistaken entry with a new one; entries are never edited or deleted.
 *
 * <p>Rules: the entry exists; a reason is required; an entry is reversed at most once; a reversal is never
 * reversed (a wrongly reversed entry is posted anew, with its evidence, so that the history shows both
 * decisions). The reversal carries the reversed entry's hours negated, its policy version and its period,
 * and names the reversed entry by sequence and hash. Statements leave out both entries.
 */
public final class ReversingAnEntry {

    public record Reverse(PersonKey person, long sequence, String reason, String evidenceRef, String source,
                          String postedBy) {
        public Reverse {
            Objects.requireNonNull(person, "person");
        }
    }

    private final CreditAccounts accounts;
    private final Clock clock;

    public ReversingAnEntry(CreditAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public PostingResult reverse(Reverse request) {
        return Postings.post(accounts, clock, request.person(), account -> {
            LedgerEntry target = account.entry(request.sequence()).orElseThrow(() ->
                    new RuleViolation("there is no entry " + request.sequence() + " to reverse"));
            RuleViolation.require(target.kind() != EntryKind.REVERSAL,
                    "entry " + target.sequence() + " is a reversal, and a reversal is never reversed: post the entry anew");
            account.reversalOf(target.sequence()).ifPresent(reversal -> {
                throw new RuleViolation("entry " + target.sequence() + " was already reversed by entry " + reversal.sequence());
            });
            RuleViolation.requireText(request.reason(), "a reason");
            RuleViolation.requireText(request.evidenceRef(), "the document behind the reversal");
            RuleViolation.requireText(request.source(), "the source");
            RuleViolation.requireText(request.postedBy(), "who posts it");
            return new NewEntry(LocalDate.now(clock), request.source(), request.evidenceRef(), target.rawHours().negated(),
                    target.creditedHours().negated(), target.policyVersion(), request.postedBy(), target.countsToward(),
                    new Reversal(target.sequence(), target.hash(), request.reason()));
        });
    }
}
