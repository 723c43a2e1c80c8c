package org.anxue.org.roster;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;
import org.anxue.web.Language;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;

/**
 * Refuses an import upload that announces (Content-Length) more than
 * {@code anxue.roster.import-max-file-size}, before a byte of its body is read: 413 with a message
 * in the user's language, and the connection is closed. It runs ahead of Quarkus' own limit
 * ({@code quarkus.http.limits.max-body-size}, which answers 413 without a message), on the upload
 * routes only. Uploads without a Content-Length (chunked) are held to Quarkus' limit while they
 * arrive and checked against this one once stored.
 */
@ApplicationScoped
public class UploadLimit {

    /** Room for the multipart envelope (boundaries, part headers, the CSRF field) around the file. */
    static final long ENVELOPE = 64 * 1024;

    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "/api/companies/[^/]+/employee-imports/?|" + RosterImportPages.PATH + "/?");

    @Inject
    RosterConfig config;

    @Inject
    LocalizedMessages messages;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST || !UPLOAD_PATHS.matcher(context.normalizedPath()).matches()) {
            context.next();
            return;
        }
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        long limit = config.importMaxFileSize().asLongValue();
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            announced = -1;
        }
        if (announced <= limit + ENVELOPE) {
            context.next();
            return;
        }
        Cookie lang = context.request().getCookie(WebRequest.LANG_COOKIE);
        Locale locale = Language.negotiate(lang == null ? null : lang.getValue(),
                context.request().getHeader(HttpHeaderNames.ACCEPT_LANGUAGE)).locale();
        String message = messages.get(locale, "roster", "fileTooLarge", RosterImports.megabytes(limit));
        boolean api = context.normalizedPath().startsWith("/api/");
        context.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .putHeader(HttpHeaderNames.CONTENT_TYPE, api ? "application/json" : "text/html; charset=UTF-8");
        context.response().endHandler(ignored -> context.request().connection().close());
        if (api) {
            context.response().end(io.vertx.core.json.Json.encode(java.util.Map.of("error", "fileTooLarge", "message", message)));
        } else {
            context.response().end("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><meta charset=\"utf-8\">"
                    + "<title>413</title><p data-error-status=\"413\">" + escape(message) + "</p><p><a href=\""
                    + RosterImportPages.PATH + "\">" + escape(messages.get(locale, "roster", "backToImport")) + "</a></p></html>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
