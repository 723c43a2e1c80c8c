package org.anxue.org.profile;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;
import org.anxue.org.Company;
import org.anxue.org.CompanyScale;
import org.anxue.org.Labelled;
import org.anxue.web.AppException;

/**
 * A company's size (大中小微) and whether it is a production/processing (生产加工型) enterprise, as the
 * plan's 生产加工型小微企业 target needs them. Who may record them: whoever may open the company's
 * archive ({@link Archives#company}) — its own company admin, the bureaus whose jurisdiction holds it
 * (the approving bureau among them) and the platform admin. Bad values answer 400 and change nothing.
 */
@ApplicationScoped
public class CompanySizes {

    @Inject
    Archives archives;

    /**
     * Records the size ({@code scale}: LARGE/MEDIUM/SMALL/MICRO or 大型/中型/小型/微型; blank clears it) and
     * the production/processing flag; returns the company.
     */
    @Transactional
    public Company set(SecurityIdentity identity, long companyId, String scale, Boolean productionProcessing) {
        CompanyScale size = parseScale(scale);
        if (productionProcessing == null) {
            throw new AppException(Status.BAD_REQUEST, "adm:badProduction");
        }
        Company company = archives.company(identity, companyId);
        company.describeSize(size, productionProcessing);
        return company;
    }

    /** A size as typed or chosen; null for blank; 400 for anything else. */
    public static CompanyScale parseScale(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Labelled.find(CompanyScale.class, text).orElseThrow(() -> new AppException(Status.BAD_REQUEST, "adm:badScale"));
    }

    /** A form's checkbox: absent = false, "true"/"on"/"yes"/"1" = true, "false"/"off"/"no"/"0" = false; 400 otherwise. */
    public static Boolean parseFlag(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1", "是" -> true;
            case "false", "off", "no", "0", "否" -> false;
            default -> throw new AppException(Status.BAD_REQUEST, "adm:badProduction");
        };
    }
}
