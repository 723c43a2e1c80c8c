package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.anxue.creditbank.model.CreditBank.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GrantingARecognitionTests {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private final CreditBank bank = new CreditBank(JUNE_1);

    @Test
    void shouldCreditRecognisedTrainingWithItsReasonAndApprover() {
        LedgerEntry entry = posted(bank.grant(WANG, EntryKind.RECOGNITION, "4", JUNE_1, "officer-zhao", "chief-qian"));

        assertThat(entry.kind()).isEqualTo(EntryKind.RECOGNITION);
        assertThat(entry.creditedHours()).isEqualTo(Hours.of(4));
        assertThat(entry.postedBy()).isEqualTo("officer-zhao");
        assertThat(entry.details()).isEqualTo(new Recognition(EntryKind.RECOGNITION, "trained by the provincial bureau", "chief-qian"));
    }

    @Test
    void shouldRecordAWaiverWithoutCreditingHours() {
        LedgerEntry entry = posted(bank.grant(WANG, EntryKind.WAIVER, "4", JUNE_1, "officer-zhao", "chief-qian"));

        assertThat(entry.rawHours()).isEqualTo(Hours.of(4));
        assertThat(entry.creditedHours()).isEqualTo(Hours.ZERO);
    }

    @Test
    void shouldRequireAnApproverOtherThanTheOfficerWhoPostsIt() {
        assertThat(rejection(bank.grant(WANG, EntryKind.RECOGNITION, "4", JUNE_1, "officer-zhao", "officer-zhao")))
                .contains("is not the officer who posts it");
        assertThat(rejection(bank.grant(WANG, EntryKind.WAIVER, "4", JUNE_1, "officer-zhao", "")))
                .contains("an approver is required");
    }

    @Test
    void shouldRequireAReason() {
        GrantingARecognition granting = new GrantingARecognition(bank.accounts, bank.catalog(), bank.clock);

        assertThat(rejection(granting.grant(new GrantingARecognition.Grant(WANG, CreditBank.IN_COUNTY_A,
                EntryKind.RECOGNITION, Hours.of(4), JUNE_1, TrainingType.REFRESHER, "", "  ", "letter-1",
                "officer-zhao", "chief-qian")))).contains("a reason is required");
    }

    @Test
    void shouldGrantOnlyRecognitionsAndWaivers() {
        assertThat(rejection(bank.grant(WANG, EntryKind.OFFLINE_CLASS_ATTENDED, "4", JUNE_1, "officer-zhao", "chief-qian")))
                .contains("a recognition or a waiver");
    }
}
