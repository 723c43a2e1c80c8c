package org.anxue.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;

/**
 * Who is looking at a page, as the header shows it: name, role and tenant. Read from the
 * SecurityIdentity that the login (org.anxue.security) establishes: one of the security
 * {@link Role}s (the same enum, so pages and access rules cannot drift apart), and the attributes
 * {@code displayName}, {@code tenantKind} and {@code tenantName}.
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

    /** The identity's role; with several, the one listed last in {@link Role} (the widest) wins. */
    static Optional<Role> roleOf(Set<String> roles) {
        Role found = null;
        for (Role role : Role.values()) {
            if (roles.contains(role.name())) {
                found = role;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The tenant kind an identity attribute names, or null when it names none we know. */
    static TenantKind tenantKindOf(Object value) {
        if (value == null) {
            return null;
        }
        for (TenantKind kind : TenantKind.values()) {
            if (kind.name().equalsIgnoreCase(value.toString().trim())) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Whether the header names the tenant next to the person: not for workers, whose tenant is
     * themselves (their name would show twice), nor when the identity carries no tenant name.
     */
    public boolean showsTenant() {
        return tenantName != null && tenantKind != TenantKind.PERSON;
    }

    /**
     * The viewer for a signed-in identity with one of Anxue's roles; empty for anonymous visitors
     * and for identities without such a role (for example a bare API client).
     */
    public static Optional<Viewer> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return roleOf(identity.getRoles()).map(role -> {
            Object name = identity.getAttribute(DISPLAY_NAME);
            String displayName = name != null && !name.toString().isBlank()
                    ? name.toString()
                    : identity.getPrincipal().getName();
            Object tenantName = identity.getAttribute(TENANT_NAME);
            return new Viewer(displayName, role, tenantKindOf(identity.getAttribute(TENANT_KIND)),
                    tenantName == null || tenantName.toString().isBlank() ? null : tenantName.toString());
        });
    }
}
