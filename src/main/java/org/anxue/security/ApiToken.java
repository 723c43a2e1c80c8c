package org.anxue.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Version;
import java.time.Instant;
import org.anxue.org.Bureau;
import org.anxue.org.Company;
import org.anxue.org.Institution;

/**
 * A bearer token for a machine client (a company's HR system). Only the SHA-256 of the secret is
 * stored; the secret itself is shown once, when the token is created. A token acts with its role
 * on its tenant until it is revoked or expires.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    /** What the token is for, e.g. "HR system". */
    @Column(nullable = false, length = 100)
    public String name;

    /** Hex SHA-256 of the secret. */
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    /** The first characters of the secret, to tell tokens apart in a list. */
    @Column(nullable = false, length = 16)
    public String prefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    public Company company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bureau_id")
    public Bureau bureau;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by")
    public Account revokedBy;

    @Version
    @Column(nullable = false)
    public int version;

    protected ApiToken() {
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
