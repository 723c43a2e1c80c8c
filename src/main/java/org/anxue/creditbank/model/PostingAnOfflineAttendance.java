package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Posts a person's attendance of an offline class that a training institution recorded.
 *
 * <p>Rules: attendance is posted only once it was approved (by a bureau officer, or by a rule named in
 * {@code approvedBy}); the class hours are recorded and credited as they are; one class is posted at most
 * once per person; the policy in force on the class day is named.
 */
public final class PostingAnOfflineAttendance {

    /** @param rosterRef where the attendance roster is kept */
    public record OfflineAttendance(PersonKey person, BureauPath jurisdiction, String classId, String courseId,
                                    String institutionId, LocalDate attendedOn, Hours hours, String rosterRef,
                                    String approvedBy, TrainingType countsToward, String subject, String source,
                                    String postedBy) {
        public OfflineAttendance {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(attendedOn, "attendedOn");
            Objects.requireNonNull(hours, "hours");
            Objects.requireNonNull(countsToward, "countsToward");
            subject = subject == null ? "" : subject;
        }
    }

    private final CreditAccounts accounts;
    private final PolicyCatalog policies;
    private final Clock clock;

    public PostingAnOfflineAttendance(CreditAccounts accounts, PolicyCatalog policies, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
    }

    public PostingResult post(OfflineAttendance attendance) {
        return Postings.post(accounts, clock, attendance.person(), account -> {
            RuleViolation.requireText(attendance.classId(), "the class");
            RuleViolation.requireText(attendance.courseId(), "the course");
            RuleViolation.requireText(attendance.institutionId(), "the training institution");
            RuleViolation.requireText(attendance.rosterRef(), "the attendance roster");
            RuleViolation.requireText(attendance.approvedBy(), "an approval of the attendance");
            RuleViolation.requireText(attendance.source(), "the source");
            RuleViolation.requireText(attendance.postedBy(), "who posts it");
            RuleViolation.require(attendance.hours().isPositive(), "a class has a positive number of hours");
            Postings.requireNotYetPosted(account, OfflineClassAttended.class,
                    attended -> attended.classId().equals(attendance.classId()), "class " + attendance.classId());
            CreditPolicy policy = Postings.policyInForce(policies, attendance.jurisdiction(), attendance.attendedOn());
            TrainingPeriod period = TrainingPeriods.containing(policy, account, attendance.countsToward(),
                    attendance.subject(), attendance.attendedOn());
            return new NewEntry(attendance.attendedOn(), attendance.source(), attendance.rosterRef(), attendance.hours(),
                    attendance.hours(), policy.ref(), attendance.postedBy(), period,
                    new OfflineClassAttended(attendance.classId(), attendance.courseId(), attendance.institutionId(),
                            attendance.approvedBy()));
        });
    }
}
