package org.anxue.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.anxue.org.Bureau;
import org.anxue.org.Company;
import org.anxue.org.Institution;
import org.anxue.org.Person;
import org.anxue.org.Tracked;

/**
 * A login: one role, bound to one tenant (a worker to their person, an admin to their company,
 * institution or bureau, the platform admin to none). The password is kept as a bcrypt hash.
 * The login counters live here, in the database, so every replica sees the same lockout.
 */
@Entity
@Table(name = "account")
public class Account extends Tracked {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    public Long id;

    /** Unique regardless of case. */
    @Column(nullable = false, length = 64)
    public String username;

    /** bcrypt in modular crypt format ($2a$10$...); null until the account is activated. */
    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Role role;

    /** The admin's name as shown in the header; a worker is shown by their person's name. */
    @Column(name = "display_name", length = 100)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public AccountStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    public Company company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bureau_id")
    public Bureau bureau;

    /** Failed logins since the last success (or since the last lock expired). */
    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "activation_code_hash", length = 100)
    public String activationCodeHash;

    @Column(name = "activation_expires_at")
    public Instant activationExpiresAt;

    protected Account() {
    }

    private static Account of(String username, Role role, String displayName) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a username has 3 to 64 letters, digits or . _ @ - and starts with a letter or digit: "
                    + username);
        }
        Account account = new Account();
        account.username = username;
        account.role = role;
        account.displayName = displayName;
        account.status = AccountStatus.PENDING_ACTIVATION;
        return account;
    }

    /** A worker's account; it follows the person across employers. Pending until a password is set. */
    public static Account worker(String username, Person person) {
        Account account = of(username, Role.WORKER, null);
        account.person = person;
        return account;
    }

    public static Account companyAdmin(String username, String displayName, Company company) {
        Account account = of(username, Role.COMPANY_ADMIN, requireName(displayName));
        account.company = company;
        return account;
    }

    public static Account institutionAdmin(String username, String displayName, Institution institution) {
        Account account = of(username, Role.INSTITUTION_ADMIN, requireName(displayName));
        account.institution = institution;
        return account;
    }

    public static Account bureauOfficer(String username, String displayName, Bureau bureau) {
        Account account = of(username, Role.BUREAU_OFFICER, requireName(displayName));
        account.bureau = bureau;
        return account;
    }

    public static Account platformAdmin(String username, String displayName) {
        return of(username, Role.PLATFORM_ADMIN, requireName(displayName));
    }

    /** Sets the password (already hashed) and makes a pending account usable. */
    public void setPasswordHash(String bcryptHash) {
        passwordHash = bcryptHash;
        activationCodeHash = null;
        activationExpiresAt = null;
        if (status == AccountStatus.PENDING_ACTIVATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed login; the attempt that reaches the policy's limit locks the account. Once a
     * lock has expired the count starts again from zero.
     */
    public void recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= policy.attempts()) {
            lockedUntil = now.plus(policy.duration());
        }
    }

    public void recordLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The name shown for the signed-in user. */
    public String shownName() {
        return role == Role.WORKER ? person.name : displayName;
    }

    /** What this account's data is scoped to. */
    public Tenant tenant() {
        return switch (role) {
            case WORKER -> new Tenant(TenantKind.PERSON, person.id, person.name);
            case COMPANY_ADMIN -> new Tenant(TenantKind.COMPANY, company.id, company.name);
            case INSTITUTION_ADMIN -> new Tenant(TenantKind.INSTITUTION, institution.id, institution.name);
            case BUREAU_OFFICER -> new Tenant(TenantKind.BUREAU, bureau.id, bureau.name);
            case PLATFORM_ADMIN -> Tenant.PLATFORM;
        };
    }

    private static String requireName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("an admin account needs a display name");
        }
        return displayName.strip();
    }
}
