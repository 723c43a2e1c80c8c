package org.anxue.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The current browser's CSRF token, for forms: templates write
 * {@code <input type="hidden" name="{inject:csrf.parameterName}" value="{inject:csrf.token}">}.
 * A browser without a (genuine) token cookie gets one with the response.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    @Inject
    CsrfTokens tokens;

    @Inject
    RoutingContext request;

    private String token;

    public String getToken() {
        if (token == null) {
            Cookie cookie = request.request().getCookie(CsrfTokens.COOKIE);
            if (cookie != null && tokens.isGenuine(cookie.getValue())) {
                token = cookie.getValue();
            } else {
                token = tokens.newToken();
                request.response().addCookie(Cookie.cookie(CsrfTokens.COOKIE, token)
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT)
                        .setSecure(request.request().isSSL()));
            }
        }
        return token;
    }

    public String getParameterName() {
        return CsrfTokens.FIELD;
    }

    public String getHeaderName() {
        return CsrfTokens.HEADER;
    }
}
