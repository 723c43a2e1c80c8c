package org.anxue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Builds error responses the way the client wants them: a page in the layout, in the user's
 * language, for browsers; {@code {"error", "message"}} for JSON clients and everything under
 * {@code /api/}. Used by {@link ErrorMappers}; features raise errors with {@link AppException}.
 */
@RequestScoped
public class ErrorResponses {

    /** The JSON body of every error. {@code errorId} only for unexpected errors (500). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String error, String message, String errorId) {
    }

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance notFound(String message);

        static native TemplateInstance error(int status, String message, String errorId);
    }

    @Inject
    WebRequest web;

    @Inject
    HttpServerRequest request;

    @Inject
    LocalizedMessages messages;

    /** An error the application expected: a status and a message from a bundle. */
    public Response expected(int status, String bundle, String key, Object... args) {
        return respond(status, key, messages.get(web.locale(), bundle, key, args), null);
    }

    /** An unexpected failure, already logged under {@code errorId}. */
    public Response unexpected(String errorId) {
        String key = "internalError";
        return respond(500, key, messages.get(web.locale(), ErrorMessages.BUNDLE, key), errorId);
    }

    private Response respond(int status, String error, String message, String errorId) {
        if (prefersJson(request.path(), request.getHeader(HttpHeaders.ACCEPT))) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Body(error, message, errorId)).build();
        }
        TemplateInstance page = status == 404
                ? Templates.notFound(message)
                : Templates.error(status, message, errorId);
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .entity(page.render()).build();
    }

    /**
     * JSON for {@code /api/} paths and for clients that ask for JSON but not HTML; a page for
     * browsers and for clients that accept anything.
     */
    public static boolean prefersJson(String path, String accept) {
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            return true;
        }
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains("text/html") || lower.contains("application/xhtml+xml")) {
            return false;
        }
        return lower.contains("application/json") || lower.contains("+json");
    }
}
