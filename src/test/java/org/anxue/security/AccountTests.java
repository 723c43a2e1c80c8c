package org.anxue.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTests {

    private static final LockoutPolicy THREE_FOR_TEN_MINUTES = new LockoutPolicy(3, Duration.ofMinutes(10));
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    private static Account account() {
        Account account = Account.platformAdmin("admin", "平台管理员");
        account.setPasswordHash("$2a$10$hash");
        return account;
    }

    @Test
    void shouldLockOnTheFailureThatReachesTheLimit() {
        Account account = account();
        account.recordFailedLogin(T0, THREE_FOR_TEN_MINUTES);
        account.recordFailedLogin(T0.plusSeconds(1), THREE_FOR_TEN_MINUTES);
        assertFalse(account.isLocked(T0.plusSeconds(2)));

        account.recordFailedLogin(T0.plusSeconds(2), THREE_FOR_TEN_MINUTES);

        assertTrue(account.isLocked(T0.plusSeconds(3)));
        assertEquals(T0.plusSeconds(2).plus(Duration.ofMinutes(10)), account.lockedUntil);
    }

    @Test
    void shouldUnlockWhenTheDurationHasPassed() {
        Account account = account();
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(T0, THREE_FOR_TEN_MINUTES);
        }
        assertTrue(account.isLocked(T0.plus(Duration.ofMinutes(10)).minusMillis(1)));
        assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void shouldCountAgainFromZeroAfterALockHasExpired() {
        Account account = account();
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(T0, THREE_FOR_TEN_MINUTES);
        }
        Instant later = T0.plus(Duration.ofMinutes(11));

        account.recordFailedLogin(later, THREE_FOR_TEN_MINUTES);

        assertEquals(1, account.failedLogins);
        assertFalse(account.isLocked(later));
    }

    @Test
    void shouldForgetFailuresAfterASuccessfulLogin() {
        Account account = account();
        account.recordFailedLogin(T0, THREE_FOR_TEN_MINUTES);
        account.recordFailedLogin(T0, THREE_FOR_TEN_MINUTES);

        account.recordLogin(T0.plusSeconds(5));

        assertEquals(0, account.failedLogins);
        assertNull(account.lockedUntil);
        assertEquals(T0.plusSeconds(5), account.lastLoginAt);
    }

    @Test
    void shouldActivateAPendingAccountWhenItsPasswordIsSet() {
        Account account = Account.platformAdmin("someone", "某人");
        assertEquals(AccountStatus.PENDING_ACTIVATION, account.status);

        account.setPasswordHash("$2a$10$hash");

        assertEquals(AccountStatus.ACTIVE, account.status);
    }

    @Test
    void shouldRefuseUsernamesThatAreTooShortOrHaveSpaces() {
        assertThrows(IllegalArgumentException.class, () -> Account.platformAdmin("ab", "x"));
        assertThrows(IllegalArgumentException.class, () -> Account.platformAdmin("a b c", "x"));
        assertThrows(IllegalArgumentException.class, () -> Account.platformAdmin("admin", " "));
    }

    @Test
    void shouldRefuseAPolicyThatCouldNeverOrAlwaysLock() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
    }
}
