package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A bureau officer recognises training done elsewhere ({@link EntryKind#RECOGNITION}: the hours are
 * credited) or waives part of a requirement ({@link EntryKind#WAIVER}: the hours are taken off the
 * requirement, nothing is credited).
 *
 * <p>Rules: a reason is required; so is an approver, and the approver is not the officer who posts it
 * (four eyes); the hours are positive.
 *
 * @see Recognition
 */
public final class GrantingARecognition {

    /**
     * @param trainingDay the day the recognised training took place, or for a waiver a day in the period
     *                    waived; it decides the period the entry counts toward
     */
    public record Grant(PersonKey person, BureauPath jurisdiction, EntryKind kind, Hours hours, LocalDate trainingDay,
                        TrainingType countsToward, String subject, String reason, String evidenceRef, String officer,
                        String approvedBy) {
        public Grant {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(hours, "hours");
            Objects.requireNonNull(trainingDay, "trainingDay");
            Objects.requireNonNull(countsToward, "countsToward");
            subject = subject == null ? "" : subject;
        }
    }

    private final CreditAccounts accounts;
    private final PolicyCatalog policies;
    private final Clock clock;

    public GrantingARecognition(CreditAccounts accounts, PolicyCatalog policies, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
    }

    public PostingResult grant(Grant grant) {
        return Postings.post(accounts, clock, grant.person(), account -> {
            RuleViolation.require(grant.kind() == EntryKind.RECOGNITION || grant.kind() == EntryKind.WAIVER,
                    "a bureau officer grants a recognition or a waiver");
            RuleViolation.requireText(grant.reason(), "a reason");
            RuleViolation.requireText(grant.evidenceRef(), "the supporting document");
            RuleViolation.requireText(grant.officer(), "the officer");
            RuleViolation.requireText(grant.approvedBy(), "an approver");
            RuleViolation.require(!grant.approvedBy().equals(grant.officer()),
                    "the approver of a " + grant.kind().name().toLowerCase() + " is not the officer who posts it");
            RuleViolation.require(grant.hours().isPositive(), "a recognition or waiver has a positive number of hours");
            CreditPolicy policy = Postings.policyInForce(policies, grant.jurisdiction(), grant.trainingDay());
            TrainingPeriod period = TrainingPeriods.containing(policy, account, grant.countsToward(), grant.subject(),
                    grant.trainingDay());
            Hours credited = grant.kind() == EntryKind.RECOGNITION ? grant.hours() : Hours.ZERO;
            return new NewEntry(grant.trainingDay(), "bureau:" + grant.jurisdiction().leaf(), grant.evidenceRef(),
                    grant.hours(), credited, policy.ref(), grant.officer(), period,
                    new Recognition(grant.kind(), grant.reason(), grant.approvedBy()));
        });
    }
}
