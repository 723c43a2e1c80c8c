package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.anxue.creditbank.model.CreditBank.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostingAnOfflineAttendanceTests {

    private static final LocalDate APRIL_10 = LocalDate.of(2026, 4, 10);

    private final CreditBank bank = new CreditBank(APRIL_10);
    private final PostingAnOfflineAttendance posting = new PostingAnOfflineAttendance(bank.accounts, bank.catalog(), bank.clock);

    @Test
    void shouldCreditTheApprovedHoursOfAnOfflineClass() {
        LedgerEntry entry = posted(posting.post(attendance("class-1", "6.5", "officer-zhao")));

        assertThat(entry.kind()).isEqualTo(EntryKind.OFFLINE_CLASS_ATTENDED);
        assertThat(entry.rawHours()).isEqualTo(Hours.of("6.50"));
        assertThat(entry.creditedHours()).isEqualTo(Hours.of("6.50"));
        assertThat(entry.evidenceReference()).isEqualTo("roster-class-1");
        assertThat(entry.details()).isEqualTo(new OfflineClassAttended("class-1", "course-fire", "institution-7", "officer-zhao"));
    }

    @Test
    void shouldNotPostAnAttendanceBeforeItWasApproved() {
        assertThat(rejection(posting.post(attendance("class-1", "6", " ")))).contains("an approval of the attendance is required");
        assertThat(bank.account(WANG).entries()).isEmpty();
    }

    @Test
    void shouldPostTheSameClassOnlyOnce() {
        posted(posting.post(attendance("class-1", "6", "officer-zhao")));

        assertThat(rejection(posting.post(attendance("class-1", "6", "officer-zhao")))).contains("class class-1 was already posted");
    }

    @Test
    void shouldRejectAClassWithoutHours() {
        assertThat(rejection(posting.post(attendance("class-1", "0", "officer-zhao")))).contains("positive number of hours");
    }

    @Test
    void shouldAllowTheSameClassAgainOnceItsEntryWasReversed() {
        posted(posting.post(attendance("class-1", "6", "officer-zhao")));
        posted(bank.reverse(WANG, 1, "posted to the wrong person's roster line"));

        assertThat(posting.post(attendance("class-1", "6", "officer-zhao")).isPosted()).isTrue();
    }

    private PostingAnOfflineAttendance.OfflineAttendance attendance(String classId, String hours, String approvedBy) {
        return new PostingAnOfflineAttendance.OfflineAttendance(WANG, CreditBank.IN_COUNTY_A, classId, "course-fire",
                "institution-7", APRIL_10, Hours.of(hours), "roster-" + classId, approvedBy, TrainingType.REFRESHER, "",
                "institution:institution-7", "officer-zhao");
    }
}
