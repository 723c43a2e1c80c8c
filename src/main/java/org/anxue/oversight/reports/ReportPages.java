package org.anxue.oversight.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;
import org.anxue.oversight.OversightRuns;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /oversight/reports}: the officer's issued reports (every version), a form to generate one for a past
 * month or quarter, one report's figures, and its .xlsx and PDF.
 */
@Path("/oversight/reports")
@RolesAllowed("BUREAU_OFFICER")
public class ReportPages {

    /** One breakdown of a report on its page: {@code area} or {@code industry}. */
    public record Section(String key, List<Figures.Row> rows) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Officer officer, List<Reports.Summary> reports, String suggested,
                                            List<OversightRuns.Run> running);

        static native TemplateInstance show(Reports.Report report, String title, List<Section> sections);
    }

    private final Reports reports;
    private final ReportExports exports;
    private final SecurityIdentity identity;
    private final DataSource ds;

    ReportPages(Reports reports, ReportExports exports, SecurityIdentity identity, DataSource ds) {
        this.reports = reports;
        this.exports = exports;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        Officer officer = Officer.of(identity, ds);
        return Templates.list(officer, reports.list(officer),
                java.time.YearMonth.from(reports.today()).minusMonths(1).toString(), reports.running(officer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(@RestForm String period) {
        Reports.Generated generated = reports.generate(Officer.of(identity, ds), period);
        if (generated.report() == null) {
            return Response.seeOther(URI.create("/oversight/reports")).build(); // the list shows its progress
        }
        return Response.seeOther(URI.create("/oversight/reports/" + generated.report().summary().id())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        Reports.Report report = reports.get(Officer.of(identity, ds), id);
        return Templates.show(report, ReportExports.title(report), List.of(new Section("area", report.figures().byArea()),
                new Section("industry", report.figures().byIndustry())));
    }

    @GET
    @Path("{id: \\d+}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        Reports.Report report = reports.get(Officer.of(identity, ds), id);
        return download(exports.xlsx(report), report, "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GET
    @Path("{id: \\d+}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Reports.Report report = reports.get(Officer.of(identity, ds), id);
        return download(exports.pdf(report), report, "pdf", "application/pdf");
    }

    static Response download(byte[] bytes, Reports.Report report, String ext, String type) {
        String name = "report-" + report.summary().period() + "-v" + report.summary().version() + "." + ext;
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
