package org.anxue.creditbank;

import io.quarkus.security.identity.SecurityIdentity;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;

/** Who calls: role and tenant, read from the signed-in identity; {@code null} for anonymous visitors. */
public record Caller(Role role, TenantKind tenantKind, long tenantId, String name, String username) {

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Role role = null;
        for (Role r : Role.values()) {
            if (identity.hasRole(r.name())) {
                role = r;
            }
        }
        Object kind = identity.getAttribute(IdentityAttributes.TENANT_KIND);
        Object tenant = identity.getAttribute(IdentityAttributes.TENANT_ID);
        Object name = identity.getAttribute(IdentityAttributes.DISPLAY_NAME);
        if (role == null || kind == null || !(tenant instanceof Number id)) {
            return null;
        }
        return new Caller(role, TenantKind.valueOf(kind.toString()), id.longValue(),
                name == null ? identity.getPrincipal().getName() : name.toString(), identity.getPrincipal().getName());
    }

    public boolean is(Role r) {
        return role == r && tenantKind == r.tenantKind();
    }

    /** How the caller is named in ledger entries and issued statements ("BUREAU_OFFICER:51:taizhou"). */
    public String ledgerName() {
        return role + ":" + tenantId + ":" + username;
    }
}
