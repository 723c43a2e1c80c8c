package org.anxue.catalog;

import io.quarkus.security.identity.SecurityIdentity;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;

/**
 * Who does something to a course: an account (read from the signed-in identity's attributes) or
 * the content pack loader. Recorded in the course's history by id and by name.
 */
public record Actor(Long accountId, String name, Role role, TenantKind tenantKind, long tenantId) {

    /** The loader of the sample catalog (content/): no account. */
    public static final Actor CONTENT_PACK = new Actor(null, "内容包 content pack", null, null, 0);

    /** The actor behind a signed-in identity; null for anonymous visitors and identities without a tenant. */
    public static Actor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Object kind = identity.getAttribute(IdentityAttributes.TENANT_KIND);
        Object tenant = identity.getAttribute(IdentityAttributes.TENANT_ID);
        Object account = identity.getAttribute(IdentityAttributes.ACCOUNT_ID);
        Object name = identity.getAttribute(IdentityAttributes.DISPLAY_NAME);
        Role role = null;
        for (Role r : Role.values()) {
            if (identity.hasRole(r.name())) {
                role = r;
            }
        }
        if (kind == null || !(tenant instanceof Number tenantId) || role == null) {
            return null;
        }
        String shown = name == null || name.toString().isBlank() ? identity.getPrincipal().getName() : name.toString();
        return new Actor(account instanceof Number n ? n.longValue() : null, shown, role,
                TenantKind.valueOf(kind.toString()), tenantId.longValue());
    }

    public boolean isInstitution() {
        return role == Role.INSTITUTION_ADMIN && tenantKind == TenantKind.INSTITUTION;
    }

    public boolean isBureauOfficer() {
        return role == Role.BUREAU_OFFICER && tenantKind == TenantKind.BUREAU;
    }

    /** The tenant as the media feature records an uploader's ({@code INSTITUTION:12}). */
    public String mediaTenant() {
        return tenantKind + ":" + tenantId;
    }
}
