package org.anxue.creditbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.anxue.creditbank.model.CertificateReminders.Reminder;
import org.anxue.creditbank.model.CertificateReminders.ReminderKind;
import org.junit.jupiter.api.Test;

class CertificateRemindersTests {

    /** Issued 2020-05-10: review due 2023-05-10, last valid day 2026-05-09, so it expires on 2026-05-10. */
    private static final CertificateRecorded ELECTRICIAN = new CertificateRecorded("T330102198001011234", "低压电工作业",
            LocalDate.of(2020, 5, 10), LocalDate.of(2026, 5, 9), List.of(LocalDate.of(2023, 5, 10)));
    private static final CertificateRecorded WELDER = new CertificateRecorded("T330102198001011234", "焊接与热切割作业",
            LocalDate.of(2023, 6, 1), LocalDate.of(2029, 5, 31), List.of(LocalDate.of(2026, 6, 1)));

    @Test
    void shouldRemindSixtyDaysBeforeExpiry() {
        List<Reminder> due = CertificateReminders.due(LocalDate.of(2026, 3, 11), List.of(ELECTRICIAN));

        assertThat(due).containsExactly(new Reminder("T330102198001011234", "低压电工作业", ReminderKind.EXPIRY,
                LocalDate.of(2026, 5, 10), 60));
    }

    @Test
    void shouldNotRemindSixtyOneDaysBefore() {
        assertThat(CertificateReminders.due(LocalDate.of(2026, 3, 10), List.of(ELECTRICIAN))).isEmpty();
    }

    @Test
    void shouldRemindSixtyDaysBeforeAReview() {
        List<Reminder> due = CertificateReminders.due(LocalDate.of(2023, 4, 1), List.of(ELECTRICIAN));

        assertThat(due).singleElement().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(ReminderKind.REVIEW);
            assertThat(reminder.dueOn()).isEqualTo(LocalDate.of(2023, 5, 10));
            assertThat(reminder.daysLeft()).isEqualTo(39);
        });
    }

    @Test
    void shouldKeepRemindingUpToTheDayItselfAndStopAfter() {
        assertThat(CertificateReminders.due(LocalDate.of(2026, 5, 10), List.of(ELECTRICIAN))).extracting(Reminder::daysLeft).containsExactly(0L);
        assertThat(CertificateReminders.due(LocalDate.of(2026, 5, 11), List.of(ELECTRICIAN))).isEmpty();
    }

    @Test
    void shouldRemindForEveryCertificateSoonestFirst() {
        List<Reminder> due = CertificateReminders.due(LocalDate.of(2026, 4, 15), List.of(WELDER, ELECTRICIAN));

        assertThat(due).extracting(Reminder::operationType, Reminder::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("低压电工作业", ReminderKind.EXPIRY),
                org.assertj.core.groups.Tuple.tuple("焊接与热切割作业", ReminderKind.REVIEW));
    }

    @Test
    void shouldRemindForTheCertificatesAnAccountHolds() {
        CreditBank bank = new CreditBank(LocalDate.of(2026, 1, 5));
        CreditBank.posted(bank.certificate(CreditBank.WANG, "高处作业", LocalDate.of(2023, 3, 1)));

        List<Reminder> due = CertificateReminders.due(LocalDate.of(2026, 1, 5), bank.account(CreditBank.WANG).currentCertificates());

        assertThat(due).extracting(Reminder::kind, Reminder::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.REVIEW, LocalDate.of(2026, 3, 1)));
    }
}
