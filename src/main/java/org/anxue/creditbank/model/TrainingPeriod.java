package org.anxue.creditbank.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The requirement an entry counts toward: a training type, the period it covers (both days inclusive)
 * and, for certificate reviews, the subject (the special operation, e.g. "低压电工作业"); the subject is
 * the empty string where none applies. An entry counts toward a statement exactly when its period equals
 * the statement's period.
 */
public record TrainingPeriod(TrainingType type, LocalDate from, LocalDate until, String subject) {

    public TrainingPeriod {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(subject, "subject");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start");
        }
    }

    /** The calendar year {@code year} for a training type without a subject. */
    public static TrainingPeriod calendarYear(TrainingType type, int year) {
        return new TrainingPeriod(type, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
