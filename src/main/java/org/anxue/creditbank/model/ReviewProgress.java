package org.anxue.creditbank.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How far a special-operation worker is toward the review of a certificate: hours toward the required
 * 学时 (8 by default) and whether the review exam was passed.
 *
 * @param reviewDue the day the review falls due (the day after the review cycle ends)
 */
public record ReviewProgress(String operationType, LocalDate reviewDue, Hours requiredHours, Hours creditedHours,
                             boolean examPassed) {

    public ReviewProgress {
        Objects.requireNonNull(operationType, "operationType");
        Objects.requireNonNull(reviewDue, "reviewDue");
        Objects.requireNonNull(requiredHours, "requiredHours");
        Objects.requireNonNull(creditedHours, "creditedHours");
    }

    public Hours hoursRemaining() {
        return requiredHours.shortfallFrom(creditedHours);
    }

    public boolean isComplete() {
        return examPassed && creditedHours.isAtLeast(requiredHours);
    }
}
