package org.anxue.oversight;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import javax.sql.DataSource;

/**
 * JSON of the credited-hours check, the compliance dashboard (bureau officers, their subtree) and the
 * certificate authenticity check (public: see {@link CertificateCheck} and the README).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class OversightCheckResource {

    private final CreditedHours hours;
    private final CertificateCheck certificates;
    private final ComplianceDashboard dashboard;
    private final DashboardSnapshots snapshots;
    private final PlanProgress progress;
    private final CodeRateLimit limit;
    private final SecurityIdentity identity;
    private final DataSource ds;

    @Context
    HttpServerRequest request;

    OversightCheckResource(CreditedHours hours, CertificateCheck certificates, ComplianceDashboard dashboard,
                           DashboardSnapshots snapshots, PlanProgress progress, CodeRateLimit limit,
                           SecurityIdentity identity, DataSource ds) {
        this.snapshots = snapshots;
        this.progress = progress;
        this.hours = hours;
        this.certificates = certificates;
        this.dashboard = dashboard;
        this.limit = limit;
        this.identity = identity;
        this.ds = ds;
    }

    /** {@code ?idNumber=} or {@code ?code=} (a verification code or its QR address); {@code year}, {@code type} optional. */
    @GET
    @Path("/oversight/credited-hours")
    @RolesAllowed("BUREAU_OFFICER")
    public CreditedHours.Check check(@QueryParam("idNumber") String idNumber, @QueryParam("code") String code,
                                     @QueryParam("year") Integer year, @QueryParam("type") String type) {
        Officer officer = Officer.of(identity, ds);
        if (code != null && !code.isBlank()) {
            return hours.byCode(officer, code, year, type);
        }
        return hours.byIdNumber(officer, idNumber, year, type);
    }

    @GET
    @Path("/oversight/credited-hours/people/{personId}")
    @RolesAllowed("BUREAU_OFFICER")
    public CreditedHours.Check person(@PathParam("personId") long personId, @QueryParam("year") Integer year,
                                      @QueryParam("type") String type) {
        return hours.of(Officer.of(identity, ds), personId, year, type);
    }

    @GET
    @Path("/oversight/compliance")
    @RolesAllowed("BUREAU_OFFICER")
    public Response compliance(@QueryParam("year") Integer year) {
        DashboardSnapshots.View view = snapshots.view(Officer.of(identity, ds), year);
        if (!view.ready()) {
            return Response.accepted(view.running()).build(); // a large subtree's first snapshot is being computed
        }
        return Response.ok(view.dashboard()).header("X-Computed-At", view.computedAt().toString()).build();
    }

    /** The latest background computation of the officer's dashboard for the year (404 if none). */
    @GET
    @Path("/oversight/compliance/run")
    @RolesAllowed("BUREAU_OFFICER")
    public OversightRuns.Run complianceRun(@QueryParam("year") Integer year) {
        return snapshots.latestRun(Officer.of(identity, ds), year).orElseThrow(org.anxue.web.AppException::notFound);
    }

    /** Starts computing a new snapshot of the dashboard (unless one is running): 202 with the run. */
    @jakarta.ws.rs.POST
    @Path("/oversight/compliance/recompute")
    @RolesAllowed("BUREAU_OFFICER")
    public Response recomputeCompliance(@QueryParam("year") Integer year) {
        return Response.accepted(snapshots.recompute(Officer.of(identity, ds), year)).build();
    }

    /**
     * The dashboard as .xlsx with every company and everyone behind; built into a temporary file inside the
     * dashboard's transaction, then sent and deleted.
     */
    @GET
    @Path("/oversight/compliance/export.xlsx")
    @RolesAllowed("BUREAU_OFFICER")
    @Produces(XLSX)
    public Response complianceXlsx(@QueryParam("year") Integer year) throws IOException {
        Officer officer = Officer.of(identity, ds);
        java.nio.file.Path file = Files.createTempFile("anxue-compliance", ".xlsx");
        try (ComplianceWorkbook book = new ComplianceWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            ComplianceDashboard.Dashboard d = dashboard.of(officer, year, book::behind);
            book.finish(d, out);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, XLSX).header("Content-Disposition",
                "attachment; filename=\"compliance-" + (year == null ? "current" : year) + ".xlsx\"").build();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/oversight/plan-progress")
    @RolesAllowed("BUREAU_OFFICER")
    public PlanProgress.Progress planProgress(@QueryParam("year") Integer year) {
        return progress.of(Officer.of(identity, ds), year);
    }

    /** Public by design; UNKNOWN answers count against the caller's address like wrong spot-exam codes. */
    @GET
    @Path("/certificate-checks")
    @PermitAll
    public CertificateCheck.Answer certificate(@QueryParam("number") String number, @QueryParam("name") String name) {
        return checkCertificate(certificates, limit, SourceAddress.of(request), number, name);
    }

    static CertificateCheck.Answer checkCertificate(CertificateCheck certificates, CodeRateLimit limit, String source,
                                                    String number, String name) {
        String key = "cert:" + source;
        limit.check(key);
        CertificateCheck.Answer answer = certificates.check(number, name);
        if (!answer.known()) {
            limit.fail(key);
        }
        return answer;
    }
}
