package org.anxue.security;

import java.time.Duration;

/** After {@code attempts} failed logins in a row, an account refuses every login for {@code duration}. */
public record LockoutPolicy(int attempts, Duration duration) {

    public LockoutPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("lockout attempts must be at least 1, not " + attempts);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lockout duration must be positive, not " + duration);
        }
    }
}
