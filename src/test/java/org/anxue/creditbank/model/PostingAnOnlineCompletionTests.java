package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.CITY;
import static org.anxue.creditbank.model.CreditBank.LOW_VOLTAGE;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.anxue.creditbank.model.CreditBank.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostingAnOnlineCompletionTests {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void shouldRecordRawHoursAndCreditThemWhenTheCourseTestWasPassed() {
        CreditBank bank = new CreditBank(MARCH_2);

        LedgerEntry entry = posted(bank.online(WANG, MARCH_2, 90, true));

        assertThat(entry.kind()).isEqualTo(EntryKind.ONLINE_COURSE_COMPLETED);
        assertThat(entry.rawHours()).isEqualTo(Hours.of(2));
        assertThat(entry.creditedHours()).isEqualTo(Hours.of(2));
        assertThat(entry.policyVersion()).isEqualTo(new PolicyVersionRef("city-policy", 1));
        assertThat(entry.countsToward()).isEqualTo(TrainingPeriod.calendarYear(TrainingType.REFRESHER, 2026));
        assertThat(entry.evidenceReference()).startsWith("sessions-");
        assertThat(((OnlineCourseCompleted) entry.details()).studySeconds()).isEqualTo(5400);
        assertThat(bank.account(WANG).entries()).containsExactly(entry);
    }

    @Test
    void shouldCreditNothingOnlineWhenTheCourseTestWasNotPassed() {
        CreditBank bank = new CreditBank(MARCH_2);

        LedgerEntry entry = posted(bank.online(WANG, MARCH_2, 90, false));

        assertThat(entry.rawHours()).isEqualTo(Hours.of(2));
        assertThat(entry.creditedHours()).isEqualTo(Hours.ZERO);
        assertThat(((OnlineCourseCompleted) entry.details()).testPassed()).isFalse();
    }

    @Test
    void shouldRoundStudyTimeDownToTheHundredthOfAnHour() {
        CreditBank bank = new CreditBank(MARCH_2);

        LedgerEntry entry = posted(bank.online(WANG, MARCH_2, 100, true));

        assertThat(entry.rawHours()).isEqualTo(Hours.of("2.22"));
    }

    @Test
    void shouldApplyThePolicysOnlineConversionRatio() {
        CreditBank bank = new CreditBank(MARCH_2, CreditBank.cityDefaults().withOnlineConversionRatio(new BigDecimal("0.8")));

        LedgerEntry entry = posted(bank.online(WANG, MARCH_2, 90, true));

        assertThat(entry.rawHours()).isEqualTo(Hours.of(2));
        assertThat(entry.creditedHours()).isEqualTo(Hours.of("1.60"));
    }

    @Test
    void shouldApplyAPolicyChangeOnlyFromItsEffectiveDate() {
        CreditPolicy hourOf60Minutes = CreditPolicy.withDefaults("city-policy", 2, CITY, LocalDate.of(2026, 7, 1))
                .withMinutesPerHour(60);
        CreditBank bank = new CreditBank(LocalDate.of(2026, 7, 2), CreditBank.cityDefaults(), hourOf60Minutes);

        LedgerEntry before = posted(bank.online(WANG, LocalDate.of(2026, 6, 30), 90, true));
        LedgerEntry from = posted(bank.online(WANG, LocalDate.of(2026, 7, 1), 90, true));

        assertThat(before.creditedHours()).isEqualTo(Hours.of(2));
        assertThat(before.policyVersion().version()).isEqualTo(1);
        assertThat(from.creditedHours()).isEqualTo(Hours.of("1.50"));
        assertThat(from.policyVersion().version()).isEqualTo(2);
    }

    @Test
    void shouldPostTheSameTestAttemptOnlyOnce() {
        CreditBank bank = new CreditBank(MARCH_2);
        PostingAnOnlineCompletion posting = new PostingAnOnlineCompletion(bank.accounts, bank.catalog(), bank.clock);
        PostingAnOnlineCompletion.OnlineCompletion completion = new PostingAnOnlineCompletion.OnlineCompletion(WANG,
                CreditBank.IN_COUNTY_A, "course-1", MARCH_2, Duration.ofMinutes(45), true, "attempt-1", "sessions-1",
                TrainingType.REFRESHER, "", "learning", "system:learning");

        posted(posting.post(completion));

        assertThat(rejection(posting.post(completion))).contains("attempt-1 was already posted as entry 1");
        assertThat(bank.account(WANG).entries()).hasSize(1);
    }

    @Test
    void shouldRejectACompletionWhenNoPolicyIsInForce() {
        CreditBank bank = new CreditBank(MARCH_2);

        assertThat(rejection(bank.online(WANG, LocalDate.of(2019, 6, 1), 90, true))).contains("no credit policy is in force");
        assertThat(bank.account(WANG).entries()).isEmpty();
    }

    @Test
    void shouldCountReviewTrainingTowardTheReviewCycleOfTheCertificate() {
        CreditBank bank = new CreditBank(MARCH_2);
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2023, 3, 1)));

        LedgerEntry entry = posted(bank.online(WANG, MARCH_2, 90, true, TrainingType.REVIEW, LOW_VOLTAGE));

        assertThat(entry.countsToward()).isEqualTo(new TrainingPeriod(TrainingType.REVIEW,
                LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28), LOW_VOLTAGE));
    }

    @Test
    void shouldRejectReviewTrainingForACertificateThePersonDoesNotHold() {
        CreditBank bank = new CreditBank(MARCH_2);

        assertThat(rejection(bank.online(WANG, MARCH_2, 90, true, TrainingType.REVIEW, LOW_VOLTAGE)))
                .contains("no " + LOW_VOLTAGE + " certificate is recorded");
    }
}
