package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.LOW_VOLTAGE;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A statement as it stood at the end of a past day: what a monthly report counts as 达标 at the month's end. */
class StatusAtADayTests {

    private static final LocalDate END_OF_SEPTEMBER = LocalDate.of(2026, 9, 30);

    private final CreditBank bank = new CreditBank(LocalDate.of(2026, 12, 1));

    private Statement refresherAt(LocalDate day) {
        return ComputingAStatement.of(bank.account(WANG), PostKind.PRINCIPAL, IndustryTier.GENERAL,
                TrainingPeriod.calendarYear(TrainingType.REFRESHER, 2026), CreditBank.cityDefaults(), Instant.EPOCH, day);
    }

    @Test
    void shouldNotCountTrainingThatTookPlaceAfterTheDay() {
        posted(bank.online(WANG, LocalDate.of(2026, 9, 10), 6 * 45, true));
        posted(bank.offline(WANG, LocalDate.of(2026, 10, 15), "6"));

        Statement atSeptembersEnd = refresherAt(END_OF_SEPTEMBER);
        Statement now = refresherAt(LocalDate.of(2026, 12, 1));

        assertThat(atSeptembersEnd.total()).isEqualTo(Hours.of(6));
        assertThat(atSeptembersEnd.status()).isEqualTo(Compliance.NOT_MET);
        assertThat(atSeptembersEnd.entries()).hasSize(1);
        assertThat(now.total()).isEqualTo(Hours.of(12));
        assertThat(now.status()).isEqualTo(Compliance.MET);
    }

    @Test
    void shouldCountTrainingOfTheDayItself() {
        posted(bank.offline(WANG, END_OF_SEPTEMBER, "12"));

        assertThat(refresherAt(END_OF_SEPTEMBER).status()).isEqualTo(Compliance.MET);
        assertThat(refresherAt(END_OF_SEPTEMBER.minusDays(1)).status()).isEqualTo(Compliance.NOT_MET);
    }

    @Test
    void shouldApplyAReversalRecordedLaterBecauseACancelledEntryNeverCounted() {
        posted(bank.offline(WANG, LocalDate.of(2026, 9, 10), "12"));
        posted(bank.reverse(WANG, 1, "the roster listed the wrong person"));

        assertThat(refresherAt(END_OF_SEPTEMBER).total()).isEqualTo(Hours.ZERO);
        assertThat(refresherAt(END_OF_SEPTEMBER).status()).isEqualTo(Compliance.NOT_MET);
    }

    @Test
    void shouldHoldOnlyCertificatesIssuedByTheDay() {
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2020, 3, 1)));
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2026, 10, 1)));
        CreditAccount account = bank.account(WANG);

        assertThat(account.currentCertificate(LOW_VOLTAGE, END_OF_SEPTEMBER)).get()
                .extracting(CertificateRecorded::issuedOn).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(account.currentCertificate(LOW_VOLTAGE)).get()
                .extracting(CertificateRecorded::issuedOn).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(account.currentCertificates(LocalDate.of(2019, 12, 31))).isEmpty();
    }
}
