package org.anxue.oversight.reports;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.anxue.oversight.OversightRuns;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;

/**
 * Reports as JSON: {@code GET /api/oversight/reports} (the subtree's, every version),
 * {@code POST /api/oversight/reports {"period": "2026-10" | "2026-Q3"}} (201, a new version for the caller's
 * bureau), {@code GET /api/oversight/reports/{id}} (summary and figures as issued), and {@code …/{id}.xlsx},
 * {@code …/{id}.pdf}.
 */
@Path("/api/oversight/reports")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.APPLICATION_JSON)
public class ReportApi {

    public record GenerateRequest(String period) {
    }

    private final Reports reports;
    private final ReportExports exports;
    private final SecurityIdentity identity;
    private final DataSource ds;

    ReportApi(Reports reports, ReportExports exports, SecurityIdentity identity, DataSource ds) {
        this.reports = reports;
        this.exports = exports;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public List<Reports.Summary> list() {
        return reports.list(Officer.of(identity, ds));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(GenerateRequest body) {
        Reports.Generated generated = reports.generate(Officer.of(identity, ds), body == null ? null : body.period());
        if (generated.report() == null) {
            return Response.accepted(generated.run()).build(); // a large subtree's report is issued in the background
        }
        return Response.status(201).entity(generated.report()).build();
    }

    /** A background run issuing a report; its {@code reportId} once DONE. */
    @GET
    @Path("runs/{id: \\d+}")
    public Map<String, Object> run(@PathParam("id") long id) {
        OversightRuns.Run run = reports.run(Officer.of(identity, ds), id);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", run.id());
        out.put("period", run.subject());
        out.put("status", run.status());
        out.put("progress", run.progress());
        out.put("employments", run.employments());
        out.put("failure", run.failure());
        out.put("reportId", run.result() == null ? null : Long.valueOf(run.result()));
        return out;
    }

    @GET
    @Path("{id: \\d+}")
    public Reports.Report get(@PathParam("id") long id) {
        return reports.get(Officer.of(identity, ds), id);
    }

    @GET
    @Path("{id: \\d+}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        Reports.Report report = reports.get(Officer.of(identity, ds), id);
        return ReportPages.download(exports.xlsx(report), report, "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GET
    @Path("{id: \\d+}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Reports.Report report = reports.get(Officer.of(identity, ds), id);
        return ReportPages.download(exports.pdf(report), report, "pdf", "application/pdf");
    }
}
