package org.anxue.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.anxue.web.ErrorResponses;
import org.anxue.web.LocalPath;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a {@link CatalogInputException} in the user's language: for JSON clients
 * {@code {"error": "invalidInput" | "notReady", "message": "...", "problems": [{"field", "message"}]}},
 * for browsers a page listing every problem with a way back to the form.
 */
public class CatalogErrors {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProblemBody(String field, String message) {
    }

    public record Body(String error, String message, List<ProblemBody> problems) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problems(int status, String heading, List<String> messages, String backHref);
    }

    @Inject
    LocalizedMessages messages;

    @Inject
    WebRequest web;

    @Inject
    HttpServerRequest request;

    /** The page the form was on (the Referer's path on this site), else the home page. */
    static String backHref(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return LocalPath.orHome(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    @ServerExceptionMapper
    public Response problems(CatalogInputException e) {
        List<ProblemBody> problems = e.problems().stream()
                .map(p -> new ProblemBody(p.field(), messages.get(web.locale(), "catalog", p.key(), p.args().toArray())))
                .toList();
        String code = e.status() == 400 ? "invalidInput" : "notReady";
        String heading = messages.get(web.locale(), "catalog", code);
        if (ErrorResponses.prefersJson(request.path(), request.getHeader(HttpHeaders.ACCEPT))) {
            String joined = heading + " " + String.join("；", problems.stream().map(ProblemBody::message).toList());
            return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Body(code, joined, problems)).build();
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .entity(Templates.problems(e.status(), heading, problems.stream().map(ProblemBody::message).toList(),
                        backHref(request.getHeader("Referer"))).render())
                .build();
    }
}
