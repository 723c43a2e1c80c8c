package org.anxue.security;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anxue.org.IdentityNumber;
import org.jboss.logging.Logger;

/**
 * Checks passwords and sessions against the accounts table. Blocking: called from the identity
 * providers on a worker thread.
 */
@ApplicationScoped
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class);

    private static final String WITH_TENANT = "select a from Account a"
            + " left join fetch a.person p left join fetch a.company"
            + " left join fetch a.institution left join fetch a.bureau ";

    @Inject
    Passwords passwords;

    @Inject
    SecurityConfig config;

    /**
     * Checks a username (or, for workers, their identity number) and password. A failure is
     * counted in the account, and locks it once the configured limit is reached; that count is
     * committed even though the login fails.
     */
    @Transactional
    public LoginOutcome login(String username, String password) {
        Instant now = Instant.now();
        Optional<Account> found = findForLogin(username);
        if (found.isEmpty()) {
            passwords.burn(password);
            LOG.debugf("login refused: no account '%s'", printable(username));
            return LoginOutcome.failed(LoginOutcome.Failure.UNKNOWN_ACCOUNT);
        }
        Account account = found.get();
        if (account.status != AccountStatus.ACTIVE) {
            passwords.burn(password);
            LOG.infof("login refused: account '%s' is %s", account.username, account.status);
            return LoginOutcome.failed(LoginOutcome.Failure.INACTIVE);
        }
        if (account.isLocked(now)) {
            LOG.infof("login refused: account '%s' is locked until %s", account.username, account.lockedUntil);
            return LoginOutcome.failed(LoginOutcome.Failure.LOCKED);
        }
        boolean matches = passwords.matches(password, account.passwordHash);
        // Count on the current row, locked, so that parallel attempts on several replicas all count.
        em().refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!matches) {
            account.recordFailedLogin(now, config.lockoutPolicy());
            if (account.isLocked(now)) {
                LOG.warnf("account '%s' locked until %s after %d failed logins",
                        account.username, account.lockedUntil, account.failedLogins);
                return LoginOutcome.failed(LoginOutcome.Failure.LOCKED_NOW);
            }
            LOG.infof("login refused: wrong password for '%s' (%d in a row)", account.username, account.failedLogins);
            return LoginOutcome.failed(LoginOutcome.Failure.WRONG_PASSWORD);
        }
        if (account.isLocked(now)) {
            return LoginOutcome.failed(LoginOutcome.Failure.LOCKED);
        }
        account.recordLogin(now);
        LOG.infof("login: '%s' as %s", account.username, account.role);
        return LoginOutcome.success(SignedIn.of(account));
    }

    /** The signed-in view of an active account, for a request that carries a session for it. */
    @Transactional
    public Optional<SignedIn> active(String username) {
        return em().createQuery(WITH_TENANT + "where lower(a.username) = ?1 and a.status = ?2", Account.class)
                .setParameter(1, username.toLowerCase(Locale.ROOT))
                .setParameter(2, AccountStatus.ACTIVE)
                .getResultStream().findFirst().map(SignedIn::of);
    }

    private Optional<Account> findForLogin(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        String wanted = username.strip();
        List<Account> byName = em().createQuery(WITH_TENANT + "where lower(a.username) = ?1", Account.class)
                .setParameter(1, wanted.toLowerCase(Locale.ROOT)).getResultList();
        if (!byName.isEmpty()) {
            return Optional.of(byName.get(0));
        }
        if (IdentityNumber.isValid(wanted)) {
            return em().createQuery(WITH_TENANT + "where a.role = ?1 and p.idNumber = ?2", Account.class)
                    .setParameter(1, Role.WORKER)
                    .setParameter(2, IdentityNumber.parse(wanted).value())
                    .getResultStream().findFirst();
        }
        return Optional.empty();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    /** Usernames come from the form: keep log lines to one short line. */
    private static String printable(String username) {
        if (username == null) {
            return "";
        }
        String oneLine = username.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
    }
}
