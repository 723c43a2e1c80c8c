package org.anxue.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;

/**
 * Who is looking at a page, as the header shows it: name, role and tenant. Read from the
 * SecurityIdentity that the login (org.anxue.security) establishes: one role among {@link Role},
 * and the attributes {@code displayName}, {@code tenantKind} and {@code tenantName}.
 *
 * @param tenantKind null when the identity names no kind we know
 * @param tenantName null when the identity carries none
 */
public record Viewer(String displayName, Role role, TenantKind tenantKind, String tenantName) {

    /** Identity attribute with the person's name for display. */
    public static final String DISPLAY_NAME = "displayName";
    /** Identity attribute with the {@link TenantKind} name of the organisation the person acts for. */
    public static final String TENANT_KIND = "tenantKind";
    /** Identity attribute with the name of the organisation the person acts for. */
    public static final String TENANT_NAME = "tenantName";

    /** The roles of Anxue's accounts, as SecurityIdentity role names. */
    public enum Role {
        WORKER, COMPANY_ADMIN, INSTITUTION_ADMIN, BUREAU_OFFICER, PLATFORM_ADMIN;

        /** The identity's role; with several, the one listed last here (the widest) wins. */
        static Optional<Role> of(Set<String> roles) {
            Role found = null;
            for (Role role : values()) {
                if (roles.contains(role.name())) {
                    found = role;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** The kinds of organisation an account acts for. */
    public enum TenantKind {
        COMPANY, INSTITUTION, BUREAU, PLATFORM;

        static TenantKind of(Object value) {
            if (value == null) {
                return null;
            }
            for (TenantKind kind : values()) {
                if (kind.name().equalsIgnoreCase(value.toString().trim())) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * The viewer for a signed-in identity with one of Anxue's roles; empty for anonymous visitors
     * and for identities without such a role (for example a bare API client).
     */
    public static Optional<Viewer> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Role.of(identity.getRoles()).map(role -> {
            Object name = identity.getAttribute(DISPLAY_NAME);
            String displayName = name != null && !name.toString().isBlank()
                    ? name.toString()
                    : identity.getPrincipal().getName();
            Object tenantName = identity.getAttribute(TENANT_NAME);
            return new Viewer(displayName, role, TenantKind.of(identity.getAttribute(TENANT_KIND)),
                    tenantName == null || tenantName.toString().isBlank() ? null : tenantName.toString());
        });
    }
}
