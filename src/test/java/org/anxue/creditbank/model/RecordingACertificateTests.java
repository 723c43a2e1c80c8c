package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.LI;
import static org.anxue.creditbank.model.CreditBank.LOW_VOLTAGE;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.anxue.creditbank.model.CreditBank.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingACertificateTests {

    private static final String WELDING = "焊接与热切割作业";

    private final CreditBank bank = new CreditBank(LocalDate.of(2026, 3, 2));

    @Test
    void shouldRecordACertificateValidForSixYearsWithAReviewAfterThree() {
        LedgerEntry entry = posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2023, 3, 1)));

        assertThat(entry.details()).isEqualTo(new CertificateRecorded("T330102198001011234", LOW_VOLTAGE,
                LocalDate.of(2023, 3, 1), LocalDate.of(2029, 2, 28), List.of(LocalDate.of(2026, 3, 1))));
        assertThat(entry.countsToward()).isNull();
        assertThat(entry.creditedHours()).isEqualTo(Hours.ZERO);
    }

    @Test
    void shouldRefuseACertificateNumberOtherThanTAndTheHoldersIdNumber() {
        RecordingACertificate recording = new RecordingACertificate(bank.accounts, bank.catalog(), bank.clock);

        String reason = rejection(recording.record(new RecordingACertificate.CertificateIssued(WANG, CreditBank.IN_COUNTY_A,
                RecordingACertificate.certificateNumberOf(LI), LOW_VOLTAGE, LocalDate.of(2023, 3, 1), "record-1",
                "bureau", "officer-zhao")));

        assertThat(reason).contains("\"T\" followed by the holder's ID number");
    }

    @Test
    void shouldHoldTheLatestCertificateOfEachOperationType() {
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2017, 3, 1)));
        posted(bank.certificate(WANG, WELDING, LocalDate.of(2021, 9, 1)));
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2023, 3, 1)));

        assertThat(bank.account(WANG).currentCertificates())
                .extracting(CertificateRecorded::operationType, CertificateRecorded::issuedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LOW_VOLTAGE, LocalDate.of(2023, 3, 1)),
                        org.assertj.core.groups.Tuple.tuple(WELDING, LocalDate.of(2021, 9, 1)));
    }

    @Test
    void shouldRecordACertificateIssuedBeforeTheFirstPolicyUnderThePolicyInForceToday() {
        LedgerEntry entry = posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2017, 3, 1)));

        assertThat(entry.policyVersion()).isEqualTo(CreditBank.cityDefaults().ref());
        assertThat(((CertificateRecorded) entry.details()).validUntil()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void shouldRecordTheSameCertificateOnlyOnce() {
        posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2023, 3, 1)));

        assertThat(rejection(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2023, 3, 1)))).contains("was already posted");
    }
}
