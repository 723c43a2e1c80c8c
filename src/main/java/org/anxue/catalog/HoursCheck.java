package org.anxue.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The class-hours check: a course's videos must last at least its declared class hours (学时), at
 * {@code minutesPerClassHour} minutes each. Documents add no time. Regulators forbid courses
 * shorter than their outline says, so submission is refused when the check fails, and the
 * reviewer sees it.
 *
 * @param videoMillis the probed durations of all video lessons, added up
 */
public record HoursCheck(BigDecimal declaredHours, long videoMillis, int minutesPerClassHour) {

    public HoursCheck {
        if (minutesPerClassHour <= 0) {
            throw new IllegalArgumentException("minutes per class hour must be positive: " + minutesPerClassHour);
        }
    }

    /** Video time the declared hours need. */
    public long requiredMillis() {
        return declaredHours.multiply(BigDecimal.valueOf(minutesPerClassHour * 60_000L))
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }

    public boolean passes() {
        return videoMillis >= requiredMillis();
    }

    /** The class hours the videos amount to, rounded down to hundredths (never shown as more than they are). */
    public BigDecimal actualHours() {
        return BigDecimal.valueOf(videoMillis).divide(BigDecimal.valueOf(minutesPerClassHour * 60_000L), 2,
                RoundingMode.FLOOR);
    }

    public long videoSeconds() {
        return videoMillis / 1000;
    }

    public long requiredSeconds() {
        return (requiredMillis() + 999) / 1000;
    }

    /** Video minutes, rounded down. */
    public long videoMinutes() {
        return videoMillis / 60_000;
    }

    /** Minutes the declared hours need, rounded up. */
    public long requiredMinutes() {
        return (requiredMillis() + 59_999) / 60_000;
    }
}
