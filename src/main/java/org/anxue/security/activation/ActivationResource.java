package org.anxue.security.activation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.anxue.security.IdentityAttributes;
import org.anxue.web.AppException;

/**
 * Activation as JSON. A company admin (or the company's API token, e.g. its HR system) lists the
 * company's workers waiting for activation and issues their one-time codes; anyone activates an
 * account with its code at {@code POST /api/activations} (no session results: sign in afterwards).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ActivationResource {

    public record PendingWorkerView(long accountId, String name, String maskedIdNumber, String department,
            String post, Instant codeExpiresAt) {

        static PendingWorkerView of(WorkerCodes.PendingWorker w) {
            return new PendingWorkerView(w.accountId(), w.name(), w.maskedIdNumber(), w.department(), w.post(),
                    w.codeExpiresAt());
        }
    }

    /** Whom to issue codes to: some workers, or every pending worker of a department (and those inside it). */
    public record CodeRequest(List<Long> accountIds, Long departmentId) {
    }

    public record IssuedCodeView(PendingWorkerView worker, String activationCode, Instant expiresAt) {
    }

    /** The codes, shown this once, and where workers use them. */
    public record IssuedCodes(List<IssuedCodeView> codes, String activationUrl) {
    }

    /** {@code login}: a worker's ID number (or any account's username). */
    public record ActivationRequest(String login, String code, String password) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    WorkerCodes workerCodes;

    @Inject
    Activations activations;

    @Inject
    ActivationLinks links;

    @GET
    @Path("activation-codes")
    @RolesAllowed("COMPANY_ADMIN")
    @Transactional
    public List<PendingWorkerView> pending(@QueryParam("departmentId") Long departmentId) {
        return workerCodes.pending(companyId(), departmentId).stream().map(PendingWorkerView::of).toList();
    }

    @POST
    @Path("activation-codes")
    @RolesAllowed("COMPANY_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response issue(CodeRequest body) {
        if (body == null) {
            throw AppException.badRequest();
        }
        List<IssuedCodeView> codes = workerCodes.issue(companyId(), body.accountIds(), body.departmentId()).stream()
                .map(c -> new IssuedCodeView(PendingWorkerView.of(c.worker()), c.formatted(), c.expiresAt()))
                .toList();
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new IssuedCodes(codes, links.activationUrl())).build();
    }

    @POST
    @Path("activations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response activate(ActivationRequest body) {
        if (body == null) {
            throw AppException.badRequest();
        }
        Activations.Outcome outcome = activations.activate(body.login(), body.code(), body.password(), body.password());
        if (outcome.result() == Activations.Result.ACTIVATED) {
            return Response.noContent().build();
        }
        throw ActivationPages.failure(outcome, activations.lockMinutes());
    }

    private long companyId() {
        return identity.<Long>getAttribute(IdentityAttributes.TENANT_ID);
    }
}
