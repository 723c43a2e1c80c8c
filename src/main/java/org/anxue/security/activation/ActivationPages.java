package org.anxue.security.activation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.security.IdentityAttributes;
import org.anxue.web.AppException;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;

/**
 * The activation pages. Public: {@code /activate}, where a worker (or a new officer) enters their
 * ID number (or username), the one-time code and a new password twice. On success the form's own
 * body, whose fields are those of the login form, is sent on to the form login with a 307
 * redirect, so the person arrives signed in without Anxue ever building a session itself. For
 * company admins: {@code /company/activation-codes}, the pending workers and the code sheet.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ActivationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activate(String login, String error, int minLength);

        static native TemplateInstance codes(String companyName, List<WorkerCodes.PendingWorker> workers,
                List<Department> departments, Instant now, long validityDays);

        static native TemplateInstance sheet(String companyName, String departmentName, List<WorkerCodes.WorkerCode> codes,
                String activationUrl, Instant issuedAt);
    }

    @Inject
    Activations activations;

    @Inject
    WorkerCodes workerCodes;

    @Inject
    ActivationLinks links;

    @Inject
    SecurityIdentity identity;

    @Inject
    LocalizedMessages messages;

    @Inject
    WebRequest web;

    @GET
    @Path("activate")
    @PermitAll
    public Response form(@QueryParam("login") String login) {
        String prefill = login == null || login.length() > 64 ? "" : login.strip();
        return page(Status.OK, prefill, null);
    }

    /**
     * The field names are the login form's ({@code j_username}, {@code j_password}), so that the
     * 307 redirect replays this very body to {@code /j_security_check}, which signs the person in.
     */
    @POST
    @Path("activate")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@FormParam("j_username") String login, @FormParam("code") String code,
            @FormParam("j_password") String password, @FormParam("password2") String repeated) {
        Activations.Outcome outcome = activations.activate(login, code, password, repeated);
        if (outcome.result() == Activations.Result.ACTIVATED) {
            return Response.temporaryRedirect(URI.create("/j_security_check")).build();
        }
        AppException failure = failure(outcome, activations.lockMinutes());
        String message = messages.get(web.locale(), failure.bundle(), failure.key(), failure.args());
        String typed = login == null || login.length() > 64 ? "" : login.strip();
        return page(Status.fromStatusCode(failure.status()), typed, message);
    }

    @GET
    @Path("company/activation-codes")
    @RolesAllowed("COMPANY_ADMIN")
    @Transactional
    public String codes() {
        long companyId = companyId();
        return Templates.codes(companyName(companyId), workerCodes.pending(companyId, null),
                workerCodes.departments(companyId), Instant.now(), activations.validity().toDays()).render();
    }

    @POST
    @Path("company/activation-codes")
    @RolesAllowed("COMPANY_ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response issue(@FormParam("accountId") List<String> accountIds, @FormParam("departmentId") String departmentId) {
        long companyId = companyId();
        Long department = departmentId == null || departmentId.isBlank() ? null : number(departmentId);
        List<Long> ids = new ArrayList<>();
        if (department == null && accountIds != null) {
            for (String id : accountIds) {
                ids.add(number(id));
            }
        }
        List<WorkerCodes.WorkerCode> codes = workerCodes.issue(companyId, ids, department);
        String departmentName = department == null ? null : Department.<Department>findById(department).name;
        return Response.ok(Templates.sheet(companyName(companyId), departmentName, codes, links.activationUrl(),
                Instant.now()).render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    /** The error an unsuccessful activation answers with: status, "act" message key and argument. */
    static AppException failure(Activations.Outcome outcome, long lockMinutes) {
        return switch (outcome.result()) {
            case INCOMPLETE -> new AppException(Status.BAD_REQUEST, "act:incomplete");
            case WRONG_CODE -> new AppException(Status.BAD_REQUEST, "act:wrongCode");
            case EXPIRED -> new AppException(Status.BAD_REQUEST, "act:expired");
            case LOCKED -> new AppException(Status.TOO_MANY_REQUESTS, "act:locked", lockMinutes);
            case ALREADY_ACTIVE -> new AppException(Status.CONFLICT, "act:alreadyActive");
            case WEAK_PASSWORD -> new AppException(Status.BAD_REQUEST, "act:weakPassword", outcome.problem());
            case ACTIVATED -> throw new IllegalArgumentException("not a failure");
        };
    }

    private Response page(Status status, String login, String error) {
        return Response.status(status).entity(Templates.activate(login, error, PasswordRule.MIN_LENGTH))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    private long companyId() {
        return identity.<Long>getAttribute(IdentityAttributes.TENANT_ID);
    }

    private static String companyName(long companyId) {
        Company company = Company.findById(companyId);
        return company == null ? "" : company.name;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw AppException.badRequest();
        }
    }
}
