package org.anxue.security.activation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.anxue.org.IdentityNumber;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.Passwords;
import org.anxue.security.Role;
import org.anxue.security.SecurityConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Issues one-time activation codes to accounts waiting for activation (workers, new bureau
 * officers) and activates an account with its code and a password of the person's choosing.
 * A wrong code counts as a failed login: after {@code anxue.security.lockout-attempts} of them
 * the account refuses every code, the right one too, for {@code anxue.security.lockout-duration}.
 */
@ApplicationScoped
public class Activations {

    private static final Logger LOG = Logger.getLogger(Activations.class);

    /** A code just issued: shown this once, never stored. */
    public record Issued(Account account, String code, Instant expiresAt) {

        /** The code in groups of four. */
        public String formatted() {
            return ActivationCode.formatted(code);
        }
    }

    /** What came of an activation attempt. */
    public enum Result {
        ACTIVATED,
        /** The login is unknown, the code wrong, or the account cannot be activated: one message for all. */
        WRONG_CODE,
        /** The code was right but is out of date. */
        EXPIRED,
        /** Too many wrong codes: the account refuses codes for a while. */
        LOCKED,
        ALREADY_ACTIVE,
        /** The code was right, the chosen password is not acceptable. */
        WEAK_PASSWORD,
        /** The login, code or password field is missing or malformed. */
        INCOMPLETE
    }

    /** An attempt's result; {@code problem} for WEAK_PASSWORD, {@code account} for ACTIVATED. */
    public record Outcome(Result result, PasswordRule.Problem problem, Account account) {
    }

    @Inject
    ActivationConfig config;

    @Inject
    SecurityConfig security;

    @Inject
    Passwords passwords;

    private final ActivationCode codes;

    public Activations(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        codes = new ActivationCode(sessionKey.orElseGet(Activations::randomKey));
    }

    /** How long an account refuses codes after too many wrong ones, in whole minutes. */
    public long lockMinutes() {
        return security.lockoutDuration().toMinutes();
    }

    /** How long codes issued now work. */
    public Duration validity() {
        return config.codeValidity();
    }

    /**
     * A fresh code for {@code account}, which must be waiting for activation; any earlier code
     * stops working. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(Account account, Instant now) {
        if (account.status != AccountStatus.PENDING_ACTIVATION) {
            throw new IllegalStateException("account " + account.id + " is " + account.status + ", not waiting for activation");
        }
        String code = ActivationCode.newCode();
        account.activationCodeHash = codes.hash(account.id, code);
        account.activationExpiresAt = now.plus(config.codeValidity());
        return new Issued(account, code, account.activationExpiresAt);
    }

    /**
     * Activates the account that {@code login} (a worker's ID number, or a username) names, if
     * {@code typedCode} is its current code and the password is acceptable. Only the failure
     * count changes when the code is wrong; nothing changes otherwise unless the account is
     * activated.
     */
    @Transactional
    public Outcome activate(String login, String typedCode, String password, String repeated) {
        Instant now = Instant.now();
        if (login == null || login.isBlank() || login.length() > 64 || typedCode == null || typedCode.isBlank()
                || password == null || password.isEmpty()) {
            return new Outcome(Result.INCOMPLETE, null, null);
        }
        Optional<Account> found = find(login.strip());
        if (found.isEmpty()) {
            return new Outcome(Result.WRONG_CODE, null, null);
        }
        Account account = found.get();
        if (account.status == AccountStatus.ACTIVE) {
            return new Outcome(Result.ALREADY_ACTIVE, null, null);
        }
        if (account.status != AccountStatus.PENDING_ACTIVATION) {
            return new Outcome(Result.WRONG_CODE, null, null);
        }
        if (account.isLocked(now)) {
            return new Outcome(Result.LOCKED, null, null);
        }
        String code = ActivationCode.normalize(typedCode);
        if (!codes.matches(account.id, code, account.activationCodeHash)) {
            account.recordFailedLogin(now, security.lockoutPolicy());
            LOG.infof("activation refused: wrong code for account %d (%d in a row)", account.id, account.failedLogins);
            return new Outcome(account.isLocked(now) ? Result.LOCKED : Result.WRONG_CODE, null, null);
        }
        if (account.activationExpiresAt == null || !account.activationExpiresAt.isAfter(now)) {
            return new Outcome(Result.EXPIRED, null, null);
        }
        PasswordRule.Problem problem = PasswordRule.check(password, repeated, account.username,
                account.person == null ? null : account.person.idNumber);
        if (problem != null) {
            return new Outcome(Result.WEAK_PASSWORD, problem, null);
        }
        account.setPasswordHash(passwords.hash(password));
        account.failedLogins = 0;
        account.lockedUntil = null;
        LOG.infof("activated account %d (%s)", account.id, account.role);
        return new Outcome(Result.ACTIVATED, null, account);
    }

    /** The account a login names, locked for update so that parallel attempts all count. */
    private static Optional<Account> find(String login) {
        var em = Panache.getEntityManager();
        Optional<Account> byName = em.createQuery("select a from Account a left join fetch a.person"
                        + " where lower(a.username) = ?1", Account.class)
                .setParameter(1, login.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
        if (byName.isEmpty() && IdentityNumber.isValid(login)) {
            byName = em.createQuery("select a from Account a join fetch a.person p"
                            + " where a.role = ?1 and p.idNumber = ?2", Account.class)
                    .setParameter(1, Role.WORKER)
                    .setParameter(2, IdentityNumber.parse(login).value())
                    .getResultStream().findFirst();
        }
        byName.ifPresent(account -> em.refresh(account, LockModeType.PESSIMISTIC_WRITE));
        return byName;
    }

    private static String randomKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
