package org.anxue.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks the login form's username and password against the accounts table (bcrypt, lockout).
 * The login form is posted to Quarkus' form authentication, before any JAX-RS filter runs, so its
 * CSRF token is checked here.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    Logins logins;

    @Inject
    CsrfTokens csrf;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http != null && !csrfTokenMatches(http)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the login form's CSRF token is missing or wrong"));
        }
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            LoginOutcome outcome = logins.login(request.getUsername(), password);
            return outcome.signedIn().map(IdentityAttributes::identityOf)
                    .orElseThrow(() -> new AuthenticationFailedException("login refused: " + outcome.failure()));
        });
    }

    private boolean csrfTokenMatches(RoutingContext http) {
        Cookie cookie = http.request().getCookie(CsrfTokens.COOKIE);
        String submitted = http.request().formAttributes().get(CsrfTokens.FIELD);
        return csrf.accepts(cookie == null ? null : cookie.getValue(), submitted);
    }
}
