package org.anxue.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Login protection: {@code anxue.security.*}. */
@ConfigMapping(prefix = "anxue.security")
public interface SecurityConfig {

    /** Failed logins in a row after which an account is locked (ANXUE_SECURITY_LOCKOUT_ATTEMPTS). */
    @WithDefault("5")
    int lockoutAttempts();

    /** How long a locked account refuses every login, even the right password (ANXUE_SECURITY_LOCKOUT_DURATION, e.g. 15m). */
    @WithDefault("15m")
    Duration lockoutDuration();

    default LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(lockoutAttempts(), lockoutDuration());
    }
}
