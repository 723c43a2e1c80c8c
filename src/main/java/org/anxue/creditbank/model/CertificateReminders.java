package org.anxue.creditbank.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which certificate reminders are due today: a pure function of the day and the certificates held.
 *
 * <p>A certificate has one reminder per review date and one for its expiry (the day after its last valid
 * day, when renewal is due). A reminder is due from {@code leadDays} (60) days before its date up to and
 * including the date itself.
 */
public final class CertificateReminders {

    public static final int DEFAULT_LEAD_DAYS = 60;

    public enum ReminderKind {
        /** 复审: the review falls due. */
        REVIEW,
        /** 到期: the certificate expires and must be renewed. */
        EXPIRY
    }

    /** @param daysLeft days from today to {@code dueOn} (0 on the day itself) */
    public record Reminder(String certificateNumber, String operationType, ReminderKind kind, LocalDate dueOn,
                           long daysLeft) {
    }

    private CertificateReminders() {
    }

    public static List<Reminder> due(LocalDate today, Collection<CertificateRecorded> certificates) {
        return due(today, certificates, DEFAULT_LEAD_DAYS);
    }

    public static List<Reminder> due(LocalDate today, Collection<CertificateRecorded> certificates, int leadDays) {
        if (leadDays < 0) {
            throw new IllegalArgumentException("the lead time cannot be negative");
        }
        List<Reminder> due = new ArrayList<>();
        for (CertificateRecorded certificate : certificates) {
            for (LocalDate review : certificate.reviewDates()) {
                addIfDue(due, today, leadDays, certificate, ReminderKind.REVIEW, review);
            }
            addIfDue(due, today, leadDays, certificate, ReminderKind.EXPIRY, certificate.validUntil().plusDays(1));
        }
        due.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::operationType));
        return due;
    }

    private static void addIfDue(List<Reminder> due, LocalDate today, int leadDays, CertificateRecorded certificate,
                                 ReminderKind kind, LocalDate dueOn) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        if (daysLeft >= 0 && daysLeft <= leadDays) {
            due.add(new Reminder(certificate.certificateNumber(), certificate.operationType(), kind, dueOn, daysLeft));
        }
    }
}
