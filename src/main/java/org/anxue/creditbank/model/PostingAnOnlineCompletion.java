package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Posts an online course completion, automatically when the learning feature completes a course.
 *
 * <p>Rules: the valid study time is recorded as raw hours (study minutes ÷ the policy's minutes per 学时,
 * rounded down); hours are credited only if the course test was passed, then at the policy's online
 * conversion ratio; the policy is the one in force on the completion day; one test attempt is posted at
 * most once. The cap on online hours (the policy's online share) is applied by the statement.
 */
public final class PostingAnOnlineCompletion {

    /**
     * @param validStudyTime     study time the learning feature credited (speed, seeking, idling removed)
     * @param courseTestPassed   whether the course's online test was passed
     * @param sessionEvidenceRef where the study sessions behind the time are kept
     * @param subject            for a certificate review, its operation type; otherwise ""
     */
    public record OnlineCompletion(PersonKey person, BureauPath jurisdiction, String courseId, LocalDate completedOn,
                                   Duration validStudyTime, boolean courseTestPassed, String testAttemptRef,
                                   String sessionEvidenceRef, TrainingType countsToward, String subject,
                                   String source, String postedBy) {
        public OnlineCompletion {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(completedOn, "completedOn");
            Objects.requireNonNull(validStudyTime, "validStudyTime");
            Objects.requireNonNull(countsToward, "countsToward");
            subject = subject == null ? "" : subject;
        }
    }

    private final CreditAccounts accounts;
    private final PolicyCatalog policies;
    private final Clock clock;

    public PostingAnOnlineCompletion(CreditAccounts accounts, PolicyCatalog policies, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
    }

    public PostingResult post(OnlineCompletion completion) {
        return Postings.post(accounts, clock, completion.person(), account -> {
            RuleViolation.requireText(completion.courseId(), "the course");
            RuleViolation.requireText(completion.testAttemptRef(), "the course test attempt");
            RuleViolation.requireText(completion.sessionEvidenceRef(), "the study-session evidence");
            RuleViolation.requireText(completion.source(), "the source");
            RuleViolation.requireText(completion.postedBy(), "who posts it");
            RuleViolation.require(!completion.validStudyTime().isNegative(), "study time cannot be negative");
            Postings.requireNotYetPosted(account, OnlineCourseCompleted.class,
                    done -> done.testAttemptRef().equals(completion.testAttemptRef()),
                    "course test attempt " + completion.testAttemptRef());
            CreditPolicy policy = Postings.policyInForce(policies, completion.jurisdiction(), completion.completedOn());
            TrainingPeriod period = TrainingPeriods.containing(policy, account, completion.countsToward(),
                    completion.subject(), completion.completedOn());
            Hours raw = Hours.ofStudyTime(completion.validStudyTime(), policy.minutesPerHour());
            Hours credited = completion.courseTestPassed() ? policy.creditForOnlineStudy(raw) : Hours.ZERO;
            return new NewEntry(completion.completedOn(), completion.source(), completion.sessionEvidenceRef(), raw,
                    credited, policy.ref(), completion.postedBy(), period,
                    new OnlineCourseCompleted(completion.courseId(), completion.validStudyTime().toSeconds(),
                            completion.courseTestPassed(), completion.testAttemptRef()));
        });
    }
}
