package org.anxue.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login page and logout. The form posts to Quarkus' form authentication
 * ({@code /j_security_check}), which checks it with {@link PasswordIdentityProvider} and sets the
 * encrypted session cookie.
 */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, int attempts, long minutes,
                String csrfField, String csrfToken);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfToken csrf;

    @Inject
    SecurityConfig config;

    @Inject
    RoutingContext http;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@QueryParam("error") String error) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        // In the page language of the web shell (its lang cookie, else Accept-Language), like every page.
        TemplateInstance page = Templates.login(error != null, config.lockoutAttempts(),
                config.lockoutDuration().toMinutes(), csrf.getParameterName(), csrf.getToken());
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }

    /** Ends the session: the cookie is dropped. A POST with the CSRF token, so no other site can sign a user out. */
    @POST
    @Path("logout")
    public Response logout() {
        http.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0));
        return Response.seeOther(URI.create("/")).build();
    }
}
