package org.anxue.org.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.regex.Pattern;
import org.anxue.org.Person;
import org.anxue.security.Account;
import org.anxue.security.Passwords;
import org.anxue.security.Role;
import org.anxue.security.SecurityConfig;
import org.anxue.security.activation.PasswordRule;
import org.anxue.web.AppException;

/**
 * What people change about themselves: a worker their phone number, anyone signed in their
 * password (the current one is required, and a wrong one counts towards the login lockout).
 */
@ApplicationScoped
public class Profiles {

    /** A mainland mobile number (13x–19x, 11 digits) or a landline with its area code (0576-88000001). */
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");

    @Inject
    Passwords passwords;

    @Inject
    SecurityConfig security;

    /** Sets (or, with nothing typed, clears) the worker's phone number; returns it as stored. */
    @Transactional
    public String changePhone(long accountId, String typed) {
        Account account = Account.findById(accountId);
        if (account == null || account.role != Role.WORKER) {
            throw new AppException(Status.FORBIDDEN, "prof:onlyWorkersHavePhones");
        }
        String phone = typed == null ? "" : typed.replaceAll("[\\s\\u3000]", "");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new AppException(Status.BAD_REQUEST, "prof:badPhone");
        }
        Person person = account.person;
        person.phone = phone.isEmpty() ? null : phone;
        return person.phone;
    }

    /**
     * Changes the password of the account after checking the current one. A wrong current password
     * is counted like a failed login (and so can lock the account); it changes nothing else.
     */
    @Transactional(dontRollbackOn = AppException.class)
    public void changePassword(long accountId, String current, String chosen, String repeated) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (account.isLocked(now)) {
            throw new AppException(Status.TOO_MANY_REQUESTS, "prof:locked", security.lockoutDuration().toMinutes());
        }
        if (current == null || current.isEmpty() || current.length() > 200 || !passwords.matches(current, account.passwordHash)) {
            account.recordFailedLogin(now, security.lockoutPolicy());
            throw new AppException(Status.BAD_REQUEST, "prof:wrongCurrentPassword");
        }
        PasswordRule.Problem problem = PasswordRule.check(chosen, repeated, account.username,
                account.person == null ? null : account.person.idNumber);
        if (problem != null) {
            throw new AppException(Status.BAD_REQUEST, "prof:weakPassword", problem);
        }
        if (chosen.equals(current)) {
            throw new AppException(Status.BAD_REQUEST, "prof:samePassword");
        }
        account.setPasswordHash(passwords.hash(chosen));
        account.failedLogins = 0;
    }
}
