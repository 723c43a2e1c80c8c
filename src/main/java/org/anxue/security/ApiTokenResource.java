package org.anxue.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * API tokens of the caller's tenant: an admin creates one (its secret is in the answer, once),
 * lists them and revokes them. Managing tokens needs a signed-in admin, not a token.
 */
@Path("/api/tokens")
@RolesAllowed({"COMPANY_ADMIN", "INSTITUTION_ADMIN", "BUREAU_OFFICER", "PLATFORM_ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    /** A token to create: what it is for and, optionally, for how many days it works. */
    public record NewToken(@NotNull @NotBlank @Size(max = 100) String name, @Positive @Max(3650) Integer validDays) {
    }

    /** A token as listed; never its secret. */
    public record TokenView(long id, String name, String prefix, String role, String createdBy, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.prefix, t.role.name(), t.createdBy.username, t.createdAt,
                    t.expiresAt, t.lastUsedAt, t.revokedAt);
        }
    }

    /** A new token and its secret, shown this once. */
    public record CreatedToken(TokenView token, String secret) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    ApiTokens tokens;

    @GET
    @Transactional
    public List<TokenView> list() {
        requireAccount();
        return tokens.of(IdentityAttributes.tenantOf(identity)).stream().map(TokenView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(@Valid @NotNull NewToken request) {
        ApiTokens.Created created = tokens.create(requireAccount(), request.name(),
                request.validDays() == null ? null : Duration.ofDays(request.validDays()));
        return Response.created(URI.create("/api/tokens/" + created.token().id))
                .entity(new CreatedToken(TokenView.of(created.token()), created.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response revoke(@PathParam("id") long id) {
        if (!tokens.revoke(id, requireAccount())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private Account requireAccount() {
        if (identity.getAttribute(IdentityAttributes.API_TOKEN_ID) != null) {
            throw new ForbiddenException("API tokens cannot manage API tokens: sign in");
        }
        return Account.findById(identity.<Long>getAttribute(IdentityAttributes.ACCOUNT_ID));
    }
}
