package org.anxue.oversight;

import io.quarkus.security.identity.SecurityIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;
import org.anxue.web.AppException;

/**
 * The bureau officer calling, with their bureau's materialized path read afresh (so a move of the
 * tree applies at once). Everything an officer sees lies in that subtree.
 *
 * @param accountId null when the caller is a bureau's API token
 */
public record Officer(Long accountId, String name, long bureauId, String bureauName, String path, String level) {

    /** The officer behind {@code identity}; 403 for anyone else. */
    public static Officer of(SecurityIdentity identity, DataSource dataSource) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Role.BUREAU_OFFICER.name())
                || !TenantKind.BUREAU.name().equals(String.valueOf(identity.<Object>getAttribute(IdentityAttributes.TENANT_KIND)))) {
            throw AppException.forbidden();
        }
        Object tenant = identity.getAttribute(IdentityAttributes.TENANT_ID);
        Object account = identity.getAttribute(IdentityAttributes.ACCOUNT_ID);
        Object display = identity.getAttribute(IdentityAttributes.DISPLAY_NAME);
        if (!(tenant instanceof Number bureau)) {
            throw AppException.forbidden();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select name, path, level from bureau where id = ?")) {
            s.setLong(1, bureau.longValue());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw AppException.forbidden();
                }
                String name = display == null || display.toString().isBlank()
                        ? identity.getPrincipal().getName() : display.toString();
                return new Officer(account instanceof Number n ? n.longValue() : null, name, bureau.longValue(),
                        r.getString(1), r.getString(2), r.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a bureau with this materialized path lies in the officer's subtree (their own included). */
    public boolean covers(String bureauPath) {
        return bureauPath != null && bureauPath.startsWith(path);
    }
}
