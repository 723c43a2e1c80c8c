package org.anxue.oversight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import javax.sql.DataSource;
import org.anxue.web.AppException;
import org.jboss.resteasy.reactive.RestForm;

/** {@code /oversight/plan-targets}: the year's targets of the officer's city, their history, and (city officers) a form for a new revision. */
@Path("/oversight/plan-targets")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.TEXT_HTML)
public class PlanTargetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance targets(PlanTargets.YearTargets targets, PlanProgress.Progress progress);
    }

    private final PlanTargets targets;
    private final PlanProgress progress;
    private final SecurityIdentity identity;
    private final DataSource ds;

    PlanTargetPages(PlanTargets targets, PlanProgress progress, SecurityIdentity identity, DataSource ds) {
        this.targets = targets;
        this.progress = progress;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public TemplateInstance page(@QueryParam("year") Integer year) {
        Officer officer = Officer.of(identity, ds);
        int y = year == null ? targets.currentYear() : year;
        return Templates.targets(targets.get(officer, y), progress.of(officer, y));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@RestForm String year, @RestForm String keyPositions, @RestForm String highRiskUpgrading,
                        @RestForm String majorHazardManagers, @RestForm String smallMicroManufacturing,
                        @RestForm String note) {
        int y = number(year);
        targets.set(Officer.of(identity, ds), y, new PlanTargets.Targets(number(keyPositions), number(highRiskUpgrading),
                number(majorHazardManagers), number(smallMicroManufacturing)), note);
        return Response.seeOther(URI.create("/oversight/plan-targets?year=" + y)).build();
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip().replace(",", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw new AppException(Response.Status.BAD_REQUEST, "ovs:badTarget");
        }
    }
}
