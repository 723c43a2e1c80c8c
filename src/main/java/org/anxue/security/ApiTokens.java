package org.anxue.security;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Creates, checks, lists and revokes API tokens. */
@ApplicationScoped
public class ApiTokens {

    /** Every secret starts with this, so that a leaked one is easy to recognise (and to scan for). */
    public static final String SECRET_PREFIX = "axt_";
    /** last_used_at is written at most this often per token, not on every request. */
    private static final Duration USE_RECORDING = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new token and its secret, which is shown this once and never stored. */
    public record Created(ApiToken token, String secret) {
    }

    /**
     * A token that acts with {@code creator}'s role on {@code creator}'s tenant. Workers cannot
     * have tokens. {@code validity} null means it lasts until revoked.
     */
    @Transactional
    public Created create(Account creator, String name, Duration validity) {
        if (creator.role == Role.WORKER) {
            throw new IllegalArgumentException("workers cannot create API tokens");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("a token needs a name of 1 to 100 characters");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken();
        token.name = name.strip();
        token.tokenHash = hash(secret);
        token.prefix = secret.substring(0, 12);
        token.role = creator.role;
        token.company = creator.company;
        token.institution = creator.institution;
        token.bureau = creator.bureau;
        token.createdBy = creator;
        token.createdAt = Instant.now();
        token.expiresAt = validity == null ? null : token.createdAt.plus(validity);
        token.persist();
        return new Created(token, secret);
    }

    /** Who a presented secret acts as, if it is a live token; records the use. */
    @Transactional
    public Optional<SignedIn> use(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return Panache.getEntityManager().createQuery("select t from ApiToken t left join fetch t.company"
                        + " left join fetch t.institution left join fetch t.bureau join fetch t.createdBy"
                        + " where t.tokenHash = ?1", ApiToken.class)
                .setParameter(1, hash(secret))
                .getResultStream().findFirst()
                .filter(t -> t.isUsable(now))
                .map(t -> {
                    if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(USE_RECORDING))) {
                        t.lastUsedAt = now;
                    }
                    return new SignedIn(t.createdBy.id, "token:" + t.prefix, t.role, t.name, tenantOf(t), t.id);
                });
    }

    /** The tokens of {@code tenant}, newest first. */
    @Transactional
    public List<ApiToken> of(Tenant tenant) {
        String column = switch (tenant.kind()) {
            case COMPANY -> "company.id";
            case INSTITUTION -> "institution.id";
            case BUREAU -> "bureau.id";
            case PLATFORM -> null;
            case PERSON -> throw new IllegalArgumentException("workers have no API tokens");
        };
        if (column == null) {
            return ApiToken.list("role = ?1 order by createdAt desc", Role.PLATFORM_ADMIN);
        }
        return ApiToken.list(column + " = ?1 order by createdAt desc", tenant.id());
    }

    /** Revokes token {@code id} if it belongs to {@code by}'s tenant; false when there is no such token there. */
    @Transactional
    public boolean revoke(long id, Account by) {
        Tenant tenant = by.tenant();
        Optional<ApiToken> token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> tenantOf(t).equals(tenant));
        token.filter(t -> t.revokedAt == null).ifPresent(t -> {
            t.revokedAt = Instant.now();
            t.revokedBy = by;
        });
        return token.isPresent();
    }

    static Tenant tenantOf(ApiToken t) {
        return switch (t.role) {
            case COMPANY_ADMIN -> new Tenant(TenantKind.COMPANY, t.company.id, t.company.name);
            case INSTITUTION_ADMIN -> new Tenant(TenantKind.INSTITUTION, t.institution.id, t.institution.name);
            case BUREAU_OFFICER -> new Tenant(TenantKind.BUREAU, t.bureau.id, t.bureau.name);
            case PLATFORM_ADMIN -> Tenant.PLATFORM;
            case WORKER -> throw new IllegalStateException("token " + t.id + " has the worker role");
        };
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
