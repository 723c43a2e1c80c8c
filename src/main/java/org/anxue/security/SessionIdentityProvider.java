package org.anxue.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the identity of a request that carries a valid session cookie. The cookie (encrypted
 * by Quarkus with the session key, so any replica can read it) holds only the username; role and
 * tenant are read from the database on each request, so a disabled account loses its sessions at
 * once and a changed role applies on the next request.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    Logins logins;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> logins.active(request.getPrincipal())
                .map(IdentityAttributes::identityOf)
                .orElseThrow(() -> {
                    if (http != null) {
                        // Drop the cookie with the refusal, or every page (the login page too) would refuse again.
                        http.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0));
                        // The form login claimed this request; let the request be answered like one without a
                        // session (401 under /api/, the login page elsewhere) rather than always by the form.
                        http.remove(HttpAuthenticationMechanism.class.getName());
                    }
                    return new AuthenticationFailedException("the session's account is gone or not active");
                }));
    }
}
