package org.anxue.creditbank.model;

import java.time.LocalDate;

/** Finds the period a piece of training counts toward, by the policy's period rule. */
public final class TrainingPeriods {

    private TrainingPeriods() {
    }

    /**
     * The period of {@code type} that contains {@code day}.
     *
     * @param subject for a certificate review, the operation type of the certificate; otherwise ignored
     * @throws RuleViolation if a review is asked for an operation type the person holds no certificate for,
     *                       or for a day outside that certificate's validity
     */
    public static TrainingPeriod containing(CreditPolicy policy, CreditAccount account, TrainingType type,
                                            String subject, LocalDate day) {
        return switch (policy.periodRule(type)) {
            case CALENDAR_YEAR -> TrainingPeriod.calendarYear(type, day.getYear());
            case CERTIFICATE_REVIEW_CYCLE -> reviewCycle(policy, account, type, subject, day);
        };
    }

    private static TrainingPeriod reviewCycle(CreditPolicy policy, CreditAccount account, TrainingType type,
                                              String subject, LocalDate day) {
        RuleViolation.requireText(subject, "the operation type of the certificate under review");
        CertificateRecorded certificate = account.currentCertificate(subject, day).orElseThrow(() ->
                new RuleViolation("no " + subject + " certificate is recorded for this person, so nothing counts toward its review"));
        RuleViolation.require(!day.isBefore(certificate.issuedOn()),
                "training before the certificate was issued on " + certificate.issuedOn() + " counts toward no review");
        RuleViolation.require(!day.isAfter(certificate.validUntil()),
                "the certificate expired on " + certificate.validUntil());
        int years = policy.reviewCycleYears();
        LocalDate from = certificate.issuedOn();
        while (!from.plusYears(years).isAfter(day)) {
            from = from.plusYears(years);
        }
        LocalDate until = from.plusYears(years).minusDays(1);
        if (until.isAfter(certificate.validUntil())) {
            until = certificate.validUntil();
        }
        return new TrainingPeriod(type, from, until, subject);
    }
}
