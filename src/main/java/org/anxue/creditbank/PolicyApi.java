package org.anxue.creditbank;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The bureau officer's policy versions as JSON (the page is {@link PolicyPages}). */
@Path("/api")
@RolesAllowed("BUREAU_OFFICER")
public class PolicyApi {

    private final PolicyEditing editing;
    private final SecurityIdentity identity;

    PolicyApi(PolicyEditing editing, SecurityIdentity identity) {
        this.editing = editing;
        this.identity = identity;
    }

    @GET
    @Path("/credits/policy")
    @Produces(MediaType.APPLICATION_JSON)
    public PolicyPages.PolicyOverview overview() {
        long bureau = bureau();
        return new PolicyPages.PolicyOverview(editing.inForce(bureau), editing.versions(bureau));
    }

    @POST
    @Path("/credits/policy/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public StatusReport.Counts previewJson(PolicyEditing.Proposal proposal) {
        return editing.preview(bureau(), proposal);
    }

    @POST
    @Path("/credits/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response saveJson(PolicyEditing.Proposal proposal) {
        PolicyEditing.VersionView saved = editing.save(bureau(), proposal, Caller.of(identity));
        return Response.created(URI.create("/api/credits/policy")).entity(saved).build();
    }

    private long bureau() {
        return Caller.of(identity).tenantId();
    }
}
