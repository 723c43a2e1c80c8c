package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.CITY;
import static org.anxue.creditbank.model.CreditBank.LOW_VOLTAGE;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComputingAStatementTests {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private final CreditBank bank = new CreditBank(LocalDate.of(2026, 12, 1));

    @Test
    void shouldRecordButNotCreditOnlineHoursBeyondThePolicysShare() {
        posted(bank.online(WANG, DAY, 8 * 45, true));
        posted(bank.offline(WANG, DAY, "4"));

        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.required()).isEqualTo(Hours.of(12));
        assertThat(statement.onlineRecorded()).isEqualTo(Hours.of(8));
        assertThat(statement.onlineEarned()).isEqualTo(Hours.of(8));
        assertThat(statement.onlineCap()).isEqualTo(Hours.of(6));
        assertThat(statement.onlineCredited()).isEqualTo(Hours.of(6));
        assertThat(statement.onlineNotCredited()).isEqualTo(Hours.of(2));
        assertThat(statement.offline()).isEqualTo(Hours.of(4));
        assertThat(statement.total()).isEqualTo(Hours.of(10));
        assertThat(statement.missing()).isEqualTo(Hours.of(2));
        assertThat(statement.status()).isEqualTo(Compliance.NOT_MET);
        assertThat(statement.entries()).hasSize(2);
    }

    @Test
    void shouldBeMetOnceTheRequiredHoursAreCredited() {
        posted(bank.online(WANG, DAY, 6 * 45, true));
        posted(bank.offline(WANG, DAY, "6"));

        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.total()).isEqualTo(Hours.of(12));
        assertThat(statement.missing()).isEqualTo(Hours.ZERO);
        assertThat(statement.status()).isEqualTo(Compliance.MET);
        assertThat(statement.status().label()).isEqualTo("达标");
    }

    @Test
    void shouldCountOnlineStudyWhoseTestFailedAsRecordedOnly() {
        posted(bank.online(WANG, DAY, 3 * 45, false));

        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.onlineRecorded()).isEqualTo(Hours.of(3));
        assertThat(statement.onlineEarned()).isEqualTo(Hours.ZERO);
        assertThat(statement.total()).isEqualTo(Hours.ZERO);
    }

    @Test
    void shouldCountAReversedEntryInNoStatement() {
        posted(bank.offline(WANG, DAY, "10"));
        posted(bank.offline(WANG, DAY, "2"));
        posted(bank.reverse(WANG, 1, "the class never took place"));

        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.offline()).isEqualTo(Hours.of(2));
        assertThat(statement.entries()).extracting(LedgerEntry::sequence).containsExactly(2L);
        assertThat(statement.reversalsApplied()).containsExactly(new AppliedReversal(1, 3, "the class never took place"));
        assertThat(statement.status()).isEqualTo(Compliance.NOT_MET);
    }

    @Test
    void shouldCountOnlyEntriesOfTheStatementsPeriod() {
        posted(bank.offline(WANG, LocalDate.of(2025, 12, 31), "12"));
        posted(bank.offline(WANG, LocalDate.of(2026, 1, 1), "3"));

        assertThat(bank.refresherStatement(WANG, 2026).offline()).isEqualTo(Hours.of(3));
        assertThat(bank.refresherStatement(WANG, 2025).offline()).isEqualTo(Hours.of(12));
    }

    @Test
    void shouldAddRecognisedHoursToTheTotal() {
        posted(bank.offline(WANG, DAY, "8"));
        posted(bank.grant(WANG, EntryKind.RECOGNITION, "4", DAY, "officer-zhao", "chief-qian"));

        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.recognitions()).isEqualTo(Hours.of(4));
        assertThat(statement.total()).isEqualTo(Hours.of(12));
        assertThat(statement.status()).isEqualTo(Compliance.MET);
    }

    @Test
    void shouldTakeAWaiverOffTheRequiredHours() {
        posted(bank.offline(WANG, DAY, "8"));
        posted(bank.grant(WANG, EntryKind.WAIVER, "4", DAY, "officer-zhao", "chief-qian"));

        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.waived()).isEqualTo(Hours.of(4));
        assertThat(statement.requiredAfterWaivers()).isEqualTo(Hours.of(8));
        assertThat(statement.total()).isEqualTo(Hours.of(8));
        assertThat(statement.status()).isEqualTo(Compliance.MET);
    }

    @Test
    void shouldShowReviewProgressForASpecialOperationCertificate() {
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2024, 3, 1)));
        posted(bank.online(WANG, DAY, 3 * 45, true, TrainingType.REVIEW, LOW_VOLTAGE));
        posted(bank.offline(WANG, DAY, "2", TrainingType.REVIEW, LOW_VOLTAGE));
        TrainingPeriod cycle = new TrainingPeriod(TrainingType.REVIEW, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), LOW_VOLTAGE);

        Statement halfway = bank.statement(WANG, PostKind.SPECIAL_OPERATION_WORKER, IndustryTier.GENERAL, cycle);

        assertThat(halfway.reviewProgress()).isEqualTo(new ReviewProgress(LOW_VOLTAGE, LocalDate.of(2027, 3, 1),
                Hours.of(8), Hours.of(5), false));
        assertThat(halfway.reviewProgress().hoursRemaining()).isEqualTo(Hours.of(3));
        assertThat(halfway.status()).isEqualTo(Compliance.NOT_MET);

        posted(bank.offline(WANG, DAY, "3", TrainingType.REVIEW, LOW_VOLTAGE));
        Statement hoursDone = bank.statement(WANG, PostKind.SPECIAL_OPERATION_WORKER, IndustryTier.GENERAL, cycle);
        assertThat(hoursDone.missing()).isEqualTo(Hours.ZERO);
        assertThat(hoursDone.reviewProgress().isComplete()).isFalse();
        assertThat(hoursDone.status()).as("8 hours without a passed exam").isEqualTo(Compliance.NOT_MET);

        posted(bank.exam(WANG, DAY, true, TrainingType.REVIEW, LOW_VOLTAGE));
        Statement done = bank.statement(WANG, PostKind.SPECIAL_OPERATION_WORKER, IndustryTier.GENERAL, cycle);
        assertThat(done.reviewProgress().isComplete()).isTrue();
        assertThat(done.status()).isEqualTo(Compliance.MET);
    }

    @Test
    void shouldNotCountAFailedExamTowardAReview() {
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2024, 3, 1)));
        posted(bank.offline(WANG, DAY, "8", TrainingType.REVIEW, LOW_VOLTAGE));
        posted(bank.exam(WANG, DAY, false, TrainingType.REVIEW, LOW_VOLTAGE));
        TrainingPeriod cycle = new TrainingPeriod(TrainingType.REVIEW, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), LOW_VOLTAGE);

        Statement statement = bank.statement(WANG, PostKind.SPECIAL_OPERATION_WORKER, IndustryTier.GENERAL, cycle);

        assertThat(statement.examRequired()).isTrue();
        assertThat(statement.examPassed()).isFalse();
        assertThat(statement.status()).isEqualTo(Compliance.NOT_MET);
    }

    @Test
    void shouldNameThePolicyVersionInForceAtTheEndOfAClosedPeriod() {
        CreditPolicy stricter = CreditPolicy.withDefaults("city-policy", 2, CITY, LocalDate.of(2026, 7, 1))
                .withRequirement(new RequirementKey(PostKind.PRINCIPAL, IndustryTier.GENERAL, TrainingType.REFRESHER),
                        Requirement.of(16, "0.5"));
        CreditBank later = new CreditBank(LocalDate.of(2027, 2, 1), CreditBank.cityDefaults(), stricter);

        assertThat(later.refresherStatement(WANG, 2025).policyVersion().version()).isEqualTo(1);
        assertThat(later.refresherStatement(WANG, 2025).required()).isEqualTo(Hours.of(12));
        assertThat(later.refresherStatement(WANG, 2026).policyVersion().version()).isEqualTo(2);
        assertThat(later.refresherStatement(WANG, 2026).required()).isEqualTo(Hours.of(16));
    }

    @Test
    void shouldNameThePolicyVersionInForceTodayWhileThePeriodRuns() {
        CreditPolicy from2026July = CreditPolicy.withDefaults("city-policy", 2, CITY, LocalDate.of(2026, 7, 1));
        CreditBank inJune = new CreditBank(LocalDate.of(2026, 6, 15), CreditBank.cityDefaults(), from2026July);

        assertThat(inJune.refresherStatement(WANG, 2026).policyVersion().version()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAStatementForARequirementThePolicyDoesNotSet() {
        assertThatThrownBy(() -> bank.statement(WANG, PostKind.SPECIAL_OPERATION_WORKER, IndustryTier.GENERAL,
                TrainingPeriod.calendarYear(TrainingType.INITIAL, 2026)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("sets no INITIAL requirement for SPECIAL_OPERATION_WORKER");
    }

    @Test
    void shouldRefuseAPeriodThatIsNotACalendarYearForAnAnnualRequirement() {
        TrainingPeriod halfYear = new TrainingPeriod(TrainingType.REFRESHER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "");

        assertThatThrownBy(() -> bank.statement(WANG, PostKind.PRINCIPAL, IndustryTier.GENERAL, halfYear))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("is a calendar year");
    }

    @Test
    void shouldTieTheStatementToTheAccountHead() {
        posted(bank.offline(WANG, DAY, "4"));
        LedgerEntry last = posted(bank.offline(WANG, LocalDate.of(2025, 3, 1), "4"));

        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.accountHead()).isEqualTo(new AccountHead(WANG, 2, last.hash()));
    }

    @Test
    void shouldDigestTheStatementSoThatAnyChangeShows() {
        posted(bank.offline(WANG, DAY, "4"));
        Statement statement = bank.refresherStatement(WANG, 2026);

        assertThat(statement.isIntact()).isTrue();
        assertThat(statement.digest()).hasSize(64).isEqualTo(statement.recomputeDigest());
        Statement inflated = new Statement(statement.person(), statement.post(), statement.tier(), statement.period(),
                statement.policyVersion(), statement.required(), statement.waived(), statement.onlineRecorded(),
                statement.onlineEarned(), statement.onlineCap(), statement.onlineCredited(), statement.onlineNotCredited(),
                Hours.of(12), statement.recognitions(), Hours.of(12), Hours.ZERO, statement.examRequired(),
                statement.examPassed(), Compliance.MET, statement.entries(), statement.reversalsApplied(),
                statement.reviewProgress(), statement.accountHead(), statement.computedAt(), statement.digest());
        assertThat(inflated.isIntact()).isFalse();
    }

    @Test
    void shouldComputeTheSameDigestForTheSameLedgerAndMoment() {
        posted(bank.offline(WANG, DAY, "4"));

        assertThat(bank.refresherStatement(WANG, 2026).digest()).isEqualTo(bank.refresherStatement(WANG, 2026).digest());
    }
}
