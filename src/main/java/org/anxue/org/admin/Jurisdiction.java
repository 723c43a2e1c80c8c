package org.anxue.org.admin;

import io.quarkus.security.identity.SecurityIdentity;
import org.anxue.org.Bureau;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.web.AppException;

/**
 * The part of the jurisdiction tree a caller acts on: the platform admin the whole tree, a bureau
 * officer (or a bureau's API token) their bureau and everything below it, read afresh on every
 * request so that a move of the tree applies at once. Siblings and ancestors lie outside.
 *
 * @param bureau the caller's own bureau; null for the platform admin
 */
public record Jurisdiction(Bureau bureau) {

    /** The whole tree, for the platform admin. */
    public static final Jurisdiction EVERYTHING = new Jurisdiction(null);

    /** The caller's jurisdiction; 403 for callers that have none (companies, institutions, workers). */
    public static Jurisdiction of(SecurityIdentity identity) {
        if (identity.hasRole(Role.PLATFORM_ADMIN.name())) {
            return EVERYTHING;
        }
        if (identity.hasRole(Role.BUREAU_OFFICER.name())) {
            Bureau own = Bureau.findById(identity.<Long>getAttribute(IdentityAttributes.TENANT_ID));
            if (own == null) {
                throw AppException.forbidden();
            }
            return new Jurisdiction(own);
        }
        throw AppException.forbidden();
    }

    public boolean isEverything() {
        return bureau == null;
    }

    /** The materialized-path prefix every bureau in this jurisdiction has; "/" for the whole tree. */
    public String pathPrefix() {
        return bureau == null ? "/" : bureau.path;
    }

    /** Whether {@code other} is in this jurisdiction (the own bureau included). */
    public boolean covers(Bureau other) {
        return other != null && other.path != null && other.path.startsWith(pathPrefix());
    }

    /**
     * Whether {@code other} may be managed (renamed, moved, given officers) from here: anything for
     * the platform admin; for an officer, the bureaus strictly below their own. A bureau is managed
     * from above, so no officer renames, moves or staffs their own bureau.
     */
    public boolean manages(Bureau other) {
        return covers(other) && (bureau == null || !other.id.equals(bureau.id));
    }

    /** How deep {@code other} lies below the top of this jurisdiction (0 for the top). */
    public int depthOf(Bureau other) {
        return segments(other.path) - (bureau == null ? 1 : segments(bureau.path));
    }

    private static int segments(String path) {
        int count = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                count++;
            }
        }
        return count - 1;
    }
}
