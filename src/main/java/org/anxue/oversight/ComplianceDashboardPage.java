package org.anxue.oversight;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import javax.sql.DataSource;

/** {@code /oversight/compliance}: the compliance dashboard of the officer's subtree (template in OversightCheckPages/). */
@Path("/oversight/compliance")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.TEXT_HTML)
public class ComplianceDashboardPage {

    private final ComplianceDashboard dashboard;
    private final SecurityIdentity identity;
    private final DataSource ds;

    ComplianceDashboardPage(ComplianceDashboard dashboard, SecurityIdentity identity, DataSource ds) {
        this.dashboard = dashboard;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public TemplateInstance page(@QueryParam("year") Integer year) {
        return OversightCheckPages.Templates.compliance(dashboard.of(Officer.of(identity, ds), year));
    }
}
