package org.anxue.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns errors into responses in the user's language (see {@link ErrorResponses}).
 * <ul>
 * <li>{@link AppException}: the status and message it carries;</li>
 * <li>JAX-RS errors (no such route: 404, wrong method: 405, …): their status with a general
 * message; redirects and responses built on purpose pass unchanged;</li>
 * <li>anything else is a bug: logged at ERROR with its stack trace under a fresh error id, which the
 * 500 page and JSON body show so a report can be matched to the log.</li>
 * </ul>
 * More specific mappers (security's 401/403 handling, bean validation) still apply first.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    ErrorResponses errors;

    @Inject
    HttpServerRequest request;

    @ServerExceptionMapper
    public Response appException(AppException e) {
        return errors.expected(e.status(), e.bundle(), e.key(), e.args());
    }

    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return response;
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (e instanceof NumberParams.NotANumber notANumber) {
            return errors.expected(400, ErrorMessages.BUNDLE, "notANumber", notANumber.value());
        }
        Response page = errors.expected(status, ErrorMessages.BUNDLE, keyFor(status));
        Response.ResponseBuilder builder = Response.fromResponse(page);
        // Keep what the client needs to act on the error (Allow on 405, WWW-Authenticate on 401, …).
        response.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "%s %s failed, error id %s", request.method(), request.path(), errorId);
        return errors.unexpected(errorId);
    }

    /** The general message for a JAX-RS error status. */
    static String keyFor(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 409 -> "conflict";
            case 413 -> "payloadTooLarge";
            case 415 -> "unsupportedMediaType";
            case 429 -> "tooManyRequests";
            default -> "requestFailed";
        };
    }
}
