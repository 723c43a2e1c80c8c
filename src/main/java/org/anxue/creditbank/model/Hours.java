package org.anxue.creditbank.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * An amount of training hours (学时) with exactly two decimal places. Never a double.
 *
 * <p>Conversions that produce more decimals (study time to hours, ratios, shares) round <em>down</em>
 * to the hundredth, so that nobody is ever credited more than was earned. Negative amounts appear
 * only on reversals.
 */
public record Hours(BigDecimal value) implements Comparable<Hours> {

    public static final Hours ZERO = new Hours(BigDecimal.ZERO);

    public Hours {
        Objects.requireNonNull(value, "value");
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("hours have at most two decimal places: " + value.toPlainString());
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Hours of(String text) {
        return new Hours(new BigDecimal(text));
    }

    public static Hours of(long whole) {
        return new Hours(BigDecimal.valueOf(whole));
    }

    /** Study time in 学时 of {@code minutesPerHour} minutes each, rounded down to the hundredth. */
    public static Hours ofStudyTime(Duration studyTime, int minutesPerHour) {
        if (studyTime.isNegative()) {
            throw new IllegalArgumentException("study time cannot be negative");
        }
        if (minutesPerHour <= 0) {
            throw new IllegalArgumentException("minutes per hour must be positive");
        }
        BigDecimal seconds = BigDecimal.valueOf(studyTime.toSeconds());
        return new Hours(seconds.divide(BigDecimal.valueOf(60L * minutesPerHour), 2, RoundingMode.FLOOR));
    }

    /** This amount times a factor (a conversion ratio or a share), rounded down to the hundredth. */
    public Hours times(BigDecimal factor) {
        return new Hours(value.multiply(factor).setScale(2, RoundingMode.FLOOR));
    }

    public Hours plus(Hours other) {
        return new Hours(value.add(other.value));
    }

    public Hours minus(Hours other) {
        return new Hours(value.subtract(other.value));
    }

    public Hours negated() {
        return new Hours(value.negate());
    }

    public Hours min(Hours other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Hours max(Hours other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** This amount less the other, but never below zero. */
    public Hours shortfallFrom(Hours other) {
        return minus(other).max(ZERO);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isAtLeast(Hours other) {
        return compareTo(other) >= 0;
    }

    /** The canonical text: plain decimal, two places, a leading '-' when negative ("12.50", "-3.00"). */
    public String canonical() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Hours other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
