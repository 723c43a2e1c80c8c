package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes a statement (学时证明) for a person and a period.
 *
 * <p>The policy is the one in force, for the person's bureau path, on the statement's reference day: the
 * last day of the period, or today while the period is still running (the first day for a period not yet
 * begun). Entries count when they stand (neither reversed nor reversals) and count toward exactly this
 * period. Online hours count up to the requirement's online share; beyond it they are shown as recorded
 * but not credited. Waivers reduce the requirement. The status is MET when nothing is missing and, where
 * the requirement needs an exam, a passed exam counts toward the period.
 */
public final class ComputingAStatement {

    public record StatementRequest(PersonKey person, BureauPath jurisdiction, PostKind post, IndustryTier tier,
                                   TrainingPeriod period) {
        public StatementRequest {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(period, "period");
        }
    }

    private final CreditAccounts accounts;
    private final PolicyCatalog policies;
    private final Clock clock;

    public ComputingAStatement(CreditAccounts accounts, PolicyCatalog policies, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
    }

    /** @throws RuleViolation if no policy is in force or the policy sets no such requirement */
    public Statement compute(StatementRequest request) {
        CreditAccount account = accounts.accountOf(request.person());
        LocalDate today = LocalDate.now(clock);
        TrainingPeriod period = request.period();
        LocalDate referenceDay = today.isAfter(period.until()) ? period.until()
                : today.isBefore(period.from()) ? period.from() : today;
        CreditPolicy policy = Postings.policyInForce(policies, request.jurisdiction(), referenceDay);
        return of(account, request.post(), request.tier(), period, policy, clock.instant());
    }

    /** The rule itself: the statement of {@code account} for a period under a given policy version. */
    public static Statement of(CreditAccount account, PostKind post, IndustryTier tier, TrainingPeriod period,
                               CreditPolicy policy, Instant computedAt) {
        return of(account, post, tier, period, policy, computedAt, LocalDate.MAX);
    }

    /**
     * The statement as it stood at the end of {@code countedUntil}: entries that took place after that day do not
     * count (a report of a past month asks whether people had met their hours by the month's end). Reversals
     * apply whenever they were recorded: a cancelled entry never counted.
     */
    public static Statement of(CreditAccount account, PostKind post, IndustryTier tier, TrainingPeriod period,
                               CreditPolicy policy, Instant computedAt, LocalDate countedUntil) {
        Requirement requirement = policy.requirement(post, tier, period.type()).orElseThrow(() -> new RuleViolation(
                "policy " + policy.ref() + " sets no " + period.type() + " requirement for " + post + " in " + tier));
        if (policy.periodRule(period.type()) == PeriodRule.CALENDAR_YEAR) {
            RuleViolation.require(period.equals(TrainingPeriod.calendarYear(period.type(), period.from().getYear())),
                    "a " + period.type() + " period is a calendar year under policy " + policy.ref());
        }
        Hours onlineRecorded = Hours.ZERO;
        Hours onlineEarned = Hours.ZERO;
        Hours offline = Hours.ZERO;
        Hours recognitions = Hours.ZERO;
        Hours waivers = Hours.ZERO;
        boolean examPassed = false;
        List<LedgerEntry> counted = new ArrayList<>();
        List<AppliedReversal> reversals = new ArrayList<>();
        for (LedgerEntry entry : account.entries()) {
            if (!entry.countsToward(period)) {
                continue;
            }
            if (entry.details() instanceof Reversal reversal) {
                reversals.add(new AppliedReversal(reversal.reversedSequence(), entry.sequence(), reversal.reason()));
                continue;
            }
            if (account.isReversed(entry.sequence()) || entry.occurredOn().isAfter(countedUntil)) {
                continue;
            }
            counted.add(entry);
            switch (entry.kind()) {
                case ONLINE_COURSE_COMPLETED -> {
                    onlineRecorded = onlineRecorded.plus(entry.rawHours());
                    onlineEarned = onlineEarned.plus(entry.creditedHours());
                }
                case OFFLINE_CLASS_ATTENDED -> offline = offline.plus(entry.creditedHours());
                case RECOGNITION -> recognitions = recognitions.plus(entry.creditedHours());
                case WAIVER -> waivers = waivers.plus(entry.rawHours());
                case EXAM_RESULT -> examPassed |= ((ExamResult) entry.details()).passed();
                case CERTIFICATE, REVERSAL -> {
                    // certificates count toward no period; reversals were handled above
                }
            }
        }
        Hours required = requirement.requiredHours();
        Hours waived = waivers.min(required);
        Hours onlineCap = requirement.onlineCap();
        Hours onlineCredited = onlineEarned.min(onlineCap);
        Hours total = onlineCredited.plus(offline).plus(recognitions);
        Hours missing = required.minus(waived).shortfallFrom(total);
        boolean met = !missing.isPositive() && (!requirement.examRequired() || examPassed);
        ReviewProgress progress = period.type() == TrainingType.REVIEW
                ? new ReviewProgress(period.subject(), period.until().plusDays(1), required.minus(waived), total, examPassed)
                : null;
        Statement statement = new Statement(account.person(), post, tier, period, policy.ref(), required, waived,
                onlineRecorded, onlineEarned, onlineCap, onlineCredited, onlineEarned.minus(onlineCredited), offline,
                recognitions, total, missing, requirement.examRequired(), examPassed,
                met ? Compliance.MET : Compliance.NOT_MET, counted, reversals, progress, account.head(),
                computedAt.truncatedTo(ChronoUnit.MICROS), "");
        return statement.withDigest(statement.recomputeDigest());
    }
}
