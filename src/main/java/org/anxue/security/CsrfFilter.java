package org.anxue.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses state-changing requests that another site could have made the browser send. A page on
 * another site can make the browser send, with the user's cookies and without asking Anxue first,
 * only a POST whose body is a form, multipart, plain text or absent; such a POST must repeat the
 * CSRF cookie's token in the {@code csrf-token} field or the {@code X-CSRF-Token} header. For
 * anything else (PUT, PATCH, DELETE, a JSON body) the browser asks first (CORS preflight), and
 * Anxue allows no other origin, so those need no token. Requests with a bearer token are not
 * checked either: no browser adds that header by itself. The login form (handled before JAX-RS)
 * is checked by {@link PasswordIdentityProvider}.
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);

    @Inject
    CsrfTokens tokens;

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (!"POST".equals(context.getMethod()) || !mayComeFromAnotherSite(context)) {
            return null;
        }
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String submitted = context.getHeaderString(CsrfTokens.HEADER);
        if (submitted == null) {
            submitted = formField(context);
        }
        Cookie cookie = request.getCookie(CsrfTokens.COOKIE);
        if (tokens.accepts(cookie == null ? null : cookie.getValue(), submitted)) {
            return null;
        }
        LOG.infof("refused %s %s: %s", context.getMethod(), context.getUriInfo().getPath(),
                cookie == null ? "no CSRF cookie" : submitted == null ? "no CSRF token in the request" : "CSRF token does not match");
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("页面已过期或请求来源不可信，请刷新页面后重试。\n"
                        + "The page has expired or the request did not come from Anxue: reload the page and try again.\n")
                .build();
    }

    /** The content types a page on another site can send without a CORS preflight, and no body. */
    private static boolean mayComeFromAnotherSite(ResteasyReactiveContainerRequestContext context) {
        MediaType type = context.getMediaType();
        if (type == null) {
            return true;
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return essence.equals(MediaType.APPLICATION_FORM_URLENCODED)
                || essence.equals(MediaType.MULTIPART_FORM_DATA)
                || essence.equals(MediaType.TEXT_PLAIN);
    }

    private static String formField(ResteasyReactiveContainerRequestContext context) {
        if (!(context.getServerRequestContext() instanceof ResteasyReactiveRequestContext rrc)
                || rrc.getFormData() == null) {
            return null;
        }
        FormValue value = rrc.getFormData().getFirst(CsrfTokens.FIELD);
        return value == null || value.isFileItem() ? null : value.getValue();
    }
}
