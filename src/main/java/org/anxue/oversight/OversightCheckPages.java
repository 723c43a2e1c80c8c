package org.anxue.oversight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import javax.sql.DataSource;

/**
 * Pages of the credited-hours check ({@code /oversight/credited-hours}), the compliance dashboard
 * ({@code /oversight/compliance}) — bureau officers — and the public certificate check
 * ({@code /certificate-check}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OversightCheckPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hours(CreditedHours.Check check, String idNumber, String code, Integer year,
                                             String type);

        static native TemplateInstance compliance(ComplianceDashboard.Dashboard dashboard);

        static native TemplateInstance certificate(CertificateCheck.Answer answer, String number, String name);
    }

    private final CreditedHours hours;
    private final ComplianceDashboard dashboard;
    private final CertificateCheck certificates;
    private final CodeRateLimit limit;
    private final SecurityIdentity identity;
    private final DataSource ds;

    @Context
    HttpServerRequest request;

    OversightCheckPages(CreditedHours hours, ComplianceDashboard dashboard, CertificateCheck certificates,
                        CodeRateLimit limit, SecurityIdentity identity, DataSource ds) {
        this.hours = hours;
        this.dashboard = dashboard;
        this.certificates = certificates;
        this.limit = limit;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    @Path("oversight/credited-hours")
    @RolesAllowed("BUREAU_OFFICER")
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
    @Path("oversight/credited-hours/people/{personId}")
    @RolesAllowed("BUREAU_OFFICER")
    public TemplateInstance person(@PathParam("personId") long personId, @QueryParam("year") Integer year,
                                   @QueryParam("type") String type) {
        CreditedHours.Check check = hours.of(Officer.of(identity, ds), personId, year, type);
        return Templates.hours(check, check.idNumber(), null, year, type);
    }

    @GET
    @Path("oversight/compliance")
    @RolesAllowed("BUREAU_OFFICER")
    public TemplateInstance compliance(@QueryParam("year") Integer year) {
        return Templates.compliance(dashboard.of(Officer.of(identity, ds), year));
    }

    @GET
    @Path("certificate-check")
    @PermitAll
    public TemplateInstance certificate(@QueryParam("number") String number, @QueryParam("name") String name) {
        CertificateCheck.Answer answer = null;
        if ((number != null && !number.isBlank()) || (name != null && !name.isBlank())) {
            answer = OversightCheckResource.checkCertificate(certificates, limit, SourceAddress.of(request), number, name);
        }
        return Templates.certificate(answer, number, name);
    }
}
