package org.anxue.oversight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import javax.sql.DataSource;

/**
 * {@code /oversight/credited-hours}: the credited-hours check pages; the templates of the compliance dashboard
 * ({@code /oversight/compliance}) — bureau officers — and the public certificate check
 * ({@code /certificate-check}).
 */
@Path("/oversight/credited-hours")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.TEXT_HTML)
public class OversightCheckPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hours(CreditedHours.Check check, String idNumber, String code, Integer year,
                                             String type);

        static native TemplateInstance compliance(ComplianceDashboard.Dashboard dashboard, DashboardSnapshots.View view,
                                                  Integer year);

        static native TemplateInstance certificate(CertificateCheck.Answer answer, String number, String name);
    }

    private final CreditedHours hours;
    private final SecurityIdentity identity;
    private final DataSource ds;

    OversightCheckPages(CreditedHours hours, SecurityIdentity identity, DataSource ds) {
        this.hours = hours;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public TemplateInstance hours(@QueryParam("idNumber") String idNumber, @QueryParam("code") String code,
                                  @QueryParam("year") Integer year, @QueryParam("type") String type) {
        Officer officer = Officer.of(identity, ds);
        CreditedHours.Check check = null;
        if (code != null && !code.isBlank()) {
            check = hours.byCode(officer, code, year, type);
        } else if (idNumber != null && !idNumber.isBlank()) {
            check = hours.byIdNumber(officer, idNumber, year, type);
        }
        return Templates.hours(check, idNumber, code, year, type);
    }

    @GET
    @Path("people/{personId}")
    public TemplateInstance person(@PathParam("personId") long personId, @QueryParam("year") Integer year,
                                   @QueryParam("type") String type) {
        CreditedHours.Check check = hours.of(Officer.of(identity, ds), personId, year, type);
        return Templates.hours(check, check.idNumber(), null, year, type);
    }
}
