package org.anxue.oversight;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;
import org.anxue.web.AppException;

/**
 * The yearly plan targets as JSON: {@code GET /api/plan-targets/{year}} (the caller's city: in force,
 * history), {@code PUT /api/plan-targets/{year}} (city officers: a new revision).
 */
@Path("/api/plan-targets")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.APPLICATION_JSON)
public class PlanTargetResource {

    public record TargetsRequest(Integer keyPositions, Integer highRiskUpgrading, Integer majorHazardManagers,
                                 Integer smallMicroManufacturing, String note) {
    }

    private final PlanTargets targets;
    private final SecurityIdentity identity;
    private final DataSource ds;

    PlanTargetResource(PlanTargets targets, SecurityIdentity identity, DataSource ds) {
        this.targets = targets;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public PlanTargets.YearTargets current() {
        return targets.get(Officer.of(identity, ds), targets.currentYear());
    }

    @GET
    @Path("{year}")
    public PlanTargets.YearTargets year(@PathParam("year") int year) {
        return targets.get(Officer.of(identity, ds), year);
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanTargets.YearTargets set(@PathParam("year") int year, TargetsRequest body) {
        if (body == null || body.keyPositions() == null || body.highRiskUpgrading() == null
                || body.majorHazardManagers() == null || body.smallMicroManufacturing() == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "ovs:badTarget");
        }
        return targets.set(Officer.of(identity, ds), year, new PlanTargets.Targets(body.keyPositions(),
                body.highRiskUpgrading(), body.majorHazardManagers(), body.smallMicroManufacturing()), body.note());
    }
}
