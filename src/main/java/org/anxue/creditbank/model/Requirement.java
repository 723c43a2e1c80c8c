package org.anxue.creditbank.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One training requirement of a policy.
 *
 * @param requiredHours the 学时 a person must earn in the period
 * @param onlineShare   the share (0 to 1) of the required hours that online study may cover; online hours
 *                      beyond {@code requiredHours × onlineShare} are recorded but not credited. Set by the
 *                      bureau: there is no national figure.
 * @param examRequired  whether the requirement is met only with a passed exam in the period (the
 *                      special-operation review)
 */
public record Requirement(Hours requiredHours, BigDecimal onlineShare, boolean examRequired) {

    public Requirement {
        Objects.requireNonNull(requiredHours, "requiredHours");
        Objects.requireNonNull(onlineShare, "onlineShare");
        if (requiredHours.isNegative()) {
            throw new IllegalArgumentException("required hours cannot be negative");
        }
        if (onlineShare.signum() < 0 || onlineShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the online share lies between 0 and 1");
        }
    }

    public static Requirement of(long requiredHours, String onlineShare) {
        return new Requirement(Hours.of(requiredHours), new BigDecimal(onlineShare), false);
    }

    public Requirement withExam() {
        return new Requirement(requiredHours, onlineShare, true);
    }

    /** The most online hours that count toward this requirement (rounded down to the hundredth). */
    public Hours onlineCap() {
        return requiredHours.times(onlineShare);
    }
}
