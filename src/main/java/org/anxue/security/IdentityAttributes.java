package org.anxue.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * The attributes every signed-in {@link SecurityIdentity} carries, besides its one role. Pages
 * read them by these names ({@code identity.getAttribute("tenantName")}).
 */
public final class IdentityAttributes {

    /** String: the person's name for workers, the admin's display name otherwise. */
    public static final String DISPLAY_NAME = "displayName";
    /** String: a {@link TenantKind} name, BUREAU, COMPANY, INSTITUTION, PLATFORM or PERSON. */
    public static final String TENANT_KIND = "tenantKind";
    /** Long: the id of the bureau, company, institution or person; 0 for the platform. */
    public static final String TENANT_ID = "tenantId";
    /** String: the tenant's name (the person's own name for workers, 安学平台 for the platform). */
    public static final String TENANT_NAME = "tenantName";
    /** Long: the account's id (for API tokens, the id of the account that created the token). */
    public static final String ACCOUNT_ID = "accountId";

    /** Long: the API token's id; present only when the caller authenticated with a token. */
    public static final String API_TOKEN_ID = "apiTokenId";

    private IdentityAttributes() {
    }

    /** The tenant an identity is scoped to, from its attributes. */
    public static Tenant tenantOf(SecurityIdentity identity) {
        return new Tenant(TenantKind.valueOf(identity.getAttribute(TENANT_KIND)),
                identity.<Long>getAttribute(TENANT_ID), identity.getAttribute(TENANT_NAME));
    }

    static SecurityIdentity identityOf(SignedIn signedIn) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder();
        if (signedIn.apiTokenId() != null) {
            builder.addAttribute(API_TOKEN_ID, signedIn.apiTokenId());
        }
        return builder
                .setPrincipal(new QuarkusPrincipal(signedIn.username()))
                .addRole(signedIn.role().name())
                .addAttribute(DISPLAY_NAME, signedIn.displayName())
                .addAttribute(TENANT_KIND, signedIn.tenant().kind().name())
                .addAttribute(TENANT_ID, signedIn.tenant().id())
                .addAttribute(TENANT_NAME, signedIn.tenant().name())
                .addAttribute(ACCOUNT_ID, signedIn.accountId())
                .build();
    }
}
