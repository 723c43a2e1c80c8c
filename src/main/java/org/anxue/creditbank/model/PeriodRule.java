package org.anxue.creditbank.model;

/** How a policy cuts time into the periods that a requirement must be met in. */
public enum PeriodRule {
    /** January 1 to December 31 of the year the training took place in. */
    CALENDAR_YEAR,
    /**
     * The review cycle of a special-operation certificate: consecutive spans of the policy's review cycle
     * (3 years by default) counted from the certificate's issue date, the last ending the day before the
     * certificate expires. The subject of the period is the certificate's operation type.
     */
    CERTIFICATE_REVIEW_CYCLE
}
