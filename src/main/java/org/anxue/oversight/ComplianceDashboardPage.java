package org.anxue.oversight;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import javax.sql.DataSource;

/**
 * {@code /oversight/compliance}: the compliance dashboard of the officer's subtree (template in OversightCheckPages/);
 * a large subtree's is a snapshot computed in the background ({@link DashboardSnapshots}), recomputed on request.
 */
@Path("/oversight/compliance")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.TEXT_HTML)
public class ComplianceDashboardPage {

    private final DashboardSnapshots snapshots;
    private final SecurityIdentity identity;
    private final DataSource ds;

    ComplianceDashboardPage(DashboardSnapshots snapshots, SecurityIdentity identity, DataSource ds) {
        this.snapshots = snapshots;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public TemplateInstance page(@QueryParam("year") Integer year) {
        DashboardSnapshots.View view = snapshots.view(Officer.of(identity, ds), year);
        return OversightCheckPages.Templates.compliance(view.dashboard(), view, year);
    }

    @POST
    @Path("/recompute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recompute(@FormParam("year") Integer year) {
        snapshots.recompute(Officer.of(identity, ds), year);
        return Response.seeOther(URI.create("/oversight/compliance" + (year == null ? "" : "?year=" + year))).build();
    }
}
