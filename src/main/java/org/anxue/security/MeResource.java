package org.anxue.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the caller is: 401 without a session or token. */
@Path("/api/me")
@Authenticated
public class MeResource {

    /** The signed-in account as JSON. */
    public record Me(String username, String role, String displayName, String tenantKind, long tenantId, String tenantName) {
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return new Me(identity.getPrincipal().getName(),
                identity.getRoles().iterator().next(),
                identity.getAttribute(IdentityAttributes.DISPLAY_NAME),
                identity.getAttribute(IdentityAttributes.TENANT_KIND),
                identity.<Long>getAttribute(IdentityAttributes.TENANT_ID),
                identity.getAttribute(IdentityAttributes.TENANT_NAME));
    }
}
