package org.anxue.creditbank.model;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Records an exam taken at an exam site, passed or failed. An exam carries no hours; a passed exam counts
 * toward the exam part of the requirement it was taken for (the special-operation review). One exam is
 * recorded at most once per person.
 */
public final class RecordingAnExamResult {

    public record ExamTaken(PersonKey person, BureauPath jurisdiction, String examRef, LocalDate takenOn,
                            boolean passed, BigDecimal score, String examSite, String evidenceRef,
                            TrainingType countsToward, String subject, String source, String postedBy) {
        public ExamTaken {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(takenOn, "takenOn");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(countsToward, "countsToward");
            subject = subject == null ? "" : subject;
        }
    }

    private final CreditAccounts accounts;
    private final PolicyCatalog policies;
    private final Clock clock;

    public RecordingAnExamResult(CreditAccounts accounts, PolicyCatalog policies, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
    }

    public PostingResult record(ExamTaken exam) {
        return Postings.post(accounts, clock, exam.person(), account -> {
            RuleViolation.requireText(exam.examRef(), "the exam");
            RuleViolation.requireText(exam.examSite(), "the exam site");
            RuleViolation.requireText(exam.evidenceRef(), "the exam record");
            RuleViolation.requireText(exam.source(), "the source");
            RuleViolation.requireText(exam.postedBy(), "who posts it");
            RuleViolation.require(exam.score().signum() >= 0, "a score cannot be negative");
            RuleViolation.require(exam.score().stripTrailingZeros().scale() <= 2, "a score has at most two decimal places");
            Postings.requireNotYetPosted(account, ExamResult.class, taken -> taken.examRef().equals(exam.examRef()),
                    "exam " + exam.examRef());
            CreditPolicy policy = Postings.policyInForce(policies, exam.jurisdiction(), exam.takenOn());
            TrainingPeriod period = TrainingPeriods.containing(policy, account, exam.countsToward(), exam.subject(),
                    exam.takenOn());
            return new NewEntry(exam.takenOn(), exam.source(), exam.evidenceRef(), Hours.ZERO, Hours.ZERO, policy.ref(),
                    exam.postedBy(), period, new ExamResult(exam.examRef(), exam.passed(), exam.score(), exam.examSite()));
        });
    }
}
