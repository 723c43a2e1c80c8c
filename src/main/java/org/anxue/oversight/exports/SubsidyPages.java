package org.anxue.oversight.exports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;
import org.jboss.resteasy.reactive.RestForm;

/** {@code /oversight/subsidies}: the subsidy report of a period, its .xlsx, and the form for the bureau's rates. */
@Path("/oversight/subsidies")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.TEXT_HTML)
public class SubsidyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(SubsidyReport.Report report);
    }

    private final SubsidyReport report;
    private final SubsidyRates rates;
    private final SecurityIdentity identity;
    private final DataSource ds;

    SubsidyPages(SubsidyReport report, SubsidyRates rates, SecurityIdentity identity, DataSource ds) {
        this.report = report;
        this.rates = rates;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public TemplateInstance page(@QueryParam("from") String from, @QueryParam("until") String until) {
        Officer officer = Officer.of(identity, ds);
        LocalDate[] p = SubsidyReport.period(from, until, LocalDate.now(SubsidyResource.BEIJING));
        return Templates.report(report.of(officer, p[0], p[1]));
    }

    @GET
    @Path("/export.xlsx")
    @Produces(SubsidyResource.XLSX)
    public Response xlsx(@QueryParam("from") String from, @QueryParam("until") String until) {
        Officer officer = Officer.of(identity, ds);
        LocalDate[] p = SubsidyReport.period(from, until, LocalDate.now(SubsidyResource.BEIJING));
        return SubsidyResource.xlsxOf(report.of(officer, p[0], p[1]));
    }

    @POST
    @Path("/rates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response setRates(@RestForm String principalManager, @RestForm String newSpecialOperation,
                             @RestForm String review, @RestForm String from, @RestForm String until) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("PRINCIPAL_MANAGER", principalManager);
        input.put("NEW_SPECIAL_OPERATION", newSpecialOperation);
        input.put("REVIEW", review);
        rates.set(Officer.of(identity, ds), input);
        LocalDate[] p = SubsidyReport.period(from, until, LocalDate.now(SubsidyResource.BEIJING));
        return Response.seeOther(URI.create("/oversight/subsidies?from=" + p[0] + "&until=" + p[1])).build();
    }
}
