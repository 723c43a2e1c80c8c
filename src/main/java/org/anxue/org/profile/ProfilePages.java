package org.anxue.org.profile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
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
import java.util.List;
import org.anxue.org.Employment;
import org.anxue.security.Account;
import org.anxue.security.activation.PasswordRule;
import org.anxue.web.AppException;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;

/**
 * "My profile" (个人档案): a worker's person, employers and the forms for their phone number and
 * password; other accounts see their account and the password form. A refused change shows its
 * reason above the forms and changes nothing.
 */
@Path("/my/profile")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(Account account, List<Employment> employments, String done,
                String error, int minLength);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Profiles profiles;

    @Inject
    LocalizedMessages messages;

    @Inject
    WebRequest web;

    @GET
    public Response profile(@QueryParam("done") String done) {
        return page(Response.Status.OK, "phone".equals(done) || "password".equals(done) ? done : null, null);
    }

    @POST
    @Path("phone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response phone(@FormParam("phone") String phone) {
        Account account = ProfileResource.ownAccount(identity);
        try {
            profiles.changePhone(account.id, phone);
        } catch (AppException e) {
            return refused(e);
        }
        return Response.seeOther(URI.create("/my/profile?done=phone")).build();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@FormParam("currentPassword") String current, @FormParam("newPassword") String chosen,
            @FormParam("newPassword2") String repeated) {
        Account account = ProfileResource.ownAccount(identity);
        try {
            profiles.changePassword(account.id, current, chosen, repeated);
        } catch (AppException e) {
            return refused(e);
        }
        return Response.seeOther(URI.create("/my/profile?done=password")).build();
    }

    private Response refused(AppException e) {
        return page(Response.Status.fromStatusCode(e.status()), null,
                messages.get(web.locale(), e.bundle(), e.key(), e.args()));
    }

    /** Renders the page inside a transaction: the template reads the account's person and employers. */
    private Response page(Response.Status status, String done, String error) {
        String html = QuarkusTransaction.joiningExisting().call(() -> {
            Account account = ProfileResource.ownAccount(identity);
            List<Employment> employments = account.person == null ? List.of()
                    : ProfileResource.employmentsOf(account.person);
            return Templates.profile(account, employments, done, error, PasswordRule.MIN_LENGTH).render();
        });
        return Response.status(status).entity(html)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }
}
