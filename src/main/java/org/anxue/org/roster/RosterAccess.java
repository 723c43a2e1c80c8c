package org.anxue.org.roster;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.anxue.org.Bureau;
import org.anxue.org.Company;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;
import org.anxue.web.AppException;

/**
 * Whose roster the caller may see and change. A company admin (signed in, or an API token of the
 * company) reads and changes only their own company; a bureau officer reads the companies of their
 * jurisdiction subtree and changes nothing. Anything else is "not found": the caller cannot tell a
 * foreign company from one that does not exist. Roles without roster access never get here
 * (the resources allow only COMPANY_ADMIN and BUREAU_OFFICER).
 */
@RequestScoped
public class RosterAccess {

    @Inject
    SecurityIdentity identity;

    /** The company whose roster the caller may read; 404 otherwise. Needs a transaction. */
    public Company readable(long companyId) {
        Company company = Company.findById(companyId);
        if (company == null || !mayRead(company)) {
            throw AppException.notFound();
        }
        return company;
    }

    /** The company whose roster the caller may change; 404 when they may not even read it, 403 for a bureau. */
    public Company writable(long companyId) {
        Company company = readable(companyId);
        if (!isCompanyAdmin()) {
            throw new AppException(Response.Status.FORBIDDEN, "roster:readOnly");
        }
        return company;
    }

    /** The signed-in company admin's own company (the pages at /company/...). */
    public Company own() {
        if (!isCompanyAdmin() || !TenantKind.COMPANY.name().equals(identity.getAttribute(IdentityAttributes.TENANT_KIND))) {
            throw AppException.forbidden();
        }
        return writable(identity.<Long>getAttribute(IdentityAttributes.TENANT_ID));
    }

    public boolean isCompanyAdmin() {
        return identity.hasRole(Role.COMPANY_ADMIN.name());
    }

    /** The account acting (for API tokens, the account that created the token). */
    public long accountId() {
        return identity.<Long>getAttribute(IdentityAttributes.ACCOUNT_ID);
    }

    /** The API token acting, or null for a signed-in person. */
    public Long apiTokenId() {
        return identity.getAttribute(IdentityAttributes.API_TOKEN_ID);
    }

    private boolean mayRead(Company company) {
        String kind = identity.getAttribute(IdentityAttributes.TENANT_KIND);
        Long tenantId = identity.getAttribute(IdentityAttributes.TENANT_ID);
        if (kind == null || tenantId == null) {
            return false;
        }
        if (identity.hasRole(Role.COMPANY_ADMIN.name()) && TenantKind.COMPANY.name().equals(kind)) {
            return company.id.equals(tenantId);
        }
        if (identity.hasRole(Role.BUREAU_OFFICER.name()) && TenantKind.BUREAU.name().equals(kind)) {
            Bureau officersBureau = Bureau.findById(tenantId);
            return officersBureau != null && officersBureau.covers(company.bureau);
        }
        return false;
    }
}
