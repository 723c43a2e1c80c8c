package org.anxue.oversight.exports;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;

/** {@code /api/oversight/subsidies}: the subsidy report as JSON or .xlsx, and the officer's bureau's rates. */
@Path("/api/oversight/subsidies")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final SubsidyReport report;
    private final SubsidyRates rates;
    private final SecurityIdentity identity;
    private final DataSource ds;

    SubsidyResource(SubsidyReport report, SubsidyRates rates, SecurityIdentity identity, DataSource ds) {
        this.report = report;
        this.rates = rates;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public SubsidyReport.Report report(@QueryParam("from") String from, @QueryParam("until") String until) {
        Officer officer = Officer.of(identity, ds);
        LocalDate[] p = SubsidyReport.period(from, until, LocalDate.now(BEIJING));
        return report.of(officer, p[0], p[1]);
    }

    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    public Response xlsx(@QueryParam("from") String from, @QueryParam("until") String until) {
        return xlsxOf(report(from, until));
    }

    static Response xlsxOf(SubsidyReport.Report r) {
        return Response.ok(SubsidyWorkbook.of(r), XLSX)
                .header("Content-Disposition", "attachment; filename=\"subsidies-" + r.from() + "-" + r.until() + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/rates")
    public Map<SubsidyRates.Category, Integer> rates() {
        return rates.of(Officer.of(identity, ds).bureauId());
    }

    @PUT
    @Path("/rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Map<SubsidyRates.Category, Integer> setRates(Map<String, Object> input) {
        return rates.set(Officer.of(identity, ds), input);
    }
}
