package org.anxue.org.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.anxue.org.Bureau;
import org.anxue.security.Account;
import org.anxue.security.activation.Activations;
import org.anxue.web.AppException;

/**
 * The jurisdiction tree as JSON: the platform admin sees and manages the whole tree, a bureau
 * officer (or a bureau's API token) their own bureau and everything below it. Bureaus elsewhere
 * answer 404. Officer accounts are created and given activation codes only by a signed-in person.
 */
@Path("/api/bureaus")
@RolesAllowed({"BUREAU_OFFICER", "PLATFORM_ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class BureauResource {

    /** A bureau as listed; {@code depth} counts from the top of the caller's jurisdiction. */
    public record BureauView(long id, String code, String name, String level, String levelLabel, Long parentId,
            String path, int depth, int version) {

        static BureauView of(Bureau b, Jurisdiction j) {
            return new BureauView(b.id, b.code, b.name, b.level.name(), b.level.label(),
                    b.parent == null ? null : b.parent.id, b.path, j.depthOf(b), b.version);
        }
    }

    /** A bureau with the bureaus directly below it. */
    public record BureauDetail(BureauView bureau, List<BureauView> children, boolean managed) {
    }

    /** A new bureau: below {@code parentId} (null for a new top-level bureau, platform admin only). */
    public record NewBureau(Long parentId, String code, String name, String level) {
    }

    /** A change to a bureau: a new name, a new parent, or both; {@code version} guards against stale copies. */
    public record BureauChange(String name, Long parentId, Integer version) {
    }

    /** An officer account of a bureau; never its password or code. */
    public record OfficerView(long id, String username, String displayName, String status,
            Instant activationExpiresAt) {

        static OfficerView of(Account a) {
            return new OfficerView(a.id, a.username, a.displayName, a.status.name(), a.activationExpiresAt);
        }
    }

    public record NewOfficer(String username, String displayName) {
    }

    /** An activation code, shown this once: the officer sets a password with it at /activate. */
    public record IssuedCode(OfficerView officer, String activationCode, Instant expiresAt) {

        static IssuedCode of(Activations.Issued issued) {
            return new IssuedCode(OfficerView.of(issued.account()), issued.formatted(), issued.expiresAt());
        }
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    BureauTree tree;

    @GET
    @Transactional
    public List<BureauView> list() {
        Jurisdiction j = Jurisdiction.of(identity);
        return tree.visible(j).stream().map(b -> BureauView.of(b, j)).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public BureauDetail get(@PathParam("id") long id) {
        Jurisdiction j = Jurisdiction.of(identity);
        Bureau bureau = tree.find(j, id);
        return new BureauDetail(BureauView.of(bureau, j),
                tree.children(bureau).stream().map(b -> BureauView.of(b, j)).toList(), j.manages(bureau));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(NewBureau body) {
        if (body == null) {
            throw AppException.badRequest();
        }
        Jurisdiction j = Jurisdiction.of(identity);
        Bureau created = tree.create(j, body.parentId(), body.code(), body.name(), body.level());
        return Response.created(URI.create("/api/bureaus/" + created.id)).entity(BureauView.of(created, j)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public BureauView change(@PathParam("id") long id, BureauChange body) {
        if (body == null || (body.name() == null && body.parentId() == null)) {
            throw AppException.badRequest();
        }
        Jurisdiction j = Jurisdiction.of(identity);
        Bureau bureau = null;
        if (body.name() != null) {
            bureau = tree.rename(j, id, body.name(), body.version());
        }
        if (body.parentId() != null) {
            bureau = tree.move(j, id, body.parentId(), body.name() == null ? body.version() : null);
        }
        return BureauView.of(bureau, j);
    }

    @GET
    @Path("{id}/officers")
    @Transactional
    public List<OfficerView> officers(@PathParam("id") long id) {
        return tree.officers(Jurisdiction.of(identity), id).stream().map(OfficerView::of).toList();
    }

    @POST
    @Path("{id}/officers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createOfficer(@PathParam("id") long id, NewOfficer body) {
        Caller.requireSignedInPerson(identity);
        if (body == null) {
            throw AppException.badRequest();
        }
        Activations.Issued issued = tree.createOfficer(Jurisdiction.of(identity), id, body.username(), body.displayName());
        return Response.created(URI.create("/api/bureaus/" + id + "/officers"))
                .header("Cache-Control", "no-store")
                .entity(IssuedCode.of(issued)).build();
    }

    @POST
    @Path("{id}/officers/{accountId}/activation-codes")
    @Transactional
    public Response reissue(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        Caller.requireSignedInPerson(identity);
        Activations.Issued issued = tree.reissueOfficerCode(Jurisdiction.of(identity), id, accountId);
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(IssuedCode.of(issued)).build();
    }
}
