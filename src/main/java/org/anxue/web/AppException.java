package org.anxue.web;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/**
 * An error to show the user: an HTTP status and a message key. Throw it from any resource or
 * service; {@link ErrorMappers} turns it into an error page in the user's language (HTML) or into
 * {@code {"error": key, "message": text}} (JSON clients, {@code /api/} paths).
 *
 * <p>The message key is either a key of {@link ErrorMessages} ({@code "notFound"}) or
 * {@code "bundle:key"} for a feature's own message bundle ({@code "catalog:courseNotPublished"}).
 * Arguments fill the message's parameters in order.
 *
 * <pre>{@code
 * throw AppException.notFound();
 * throw new AppException(Response.Status.CONFLICT, "catalog:courseUnderReview", course.title());
 * }</pre>
 */
public class AppException extends RuntimeException {

    private final int status;
    private final String bundle;
    private final String key;
    private final transient Object[] args;

    public AppException(Response.StatusType status, String messageKey, Object... args) {
        this(status.getStatusCode(), messageKey, args);
    }

    public AppException(int status, String messageKey, Object... args) {
        super(status + " " + messageKey, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Not an error status: " + status);
        }
        int colon = messageKey.indexOf(':');
        this.status = status;
        this.bundle = colon < 0 ? ErrorMessages.BUNDLE : messageKey.substring(0, colon);
        this.key = colon < 0 ? messageKey : messageKey.substring(colon + 1);
        if (bundle.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("Not a message key: " + messageKey);
        }
        this.args = args.clone();
    }

    /** 404 with the general "does not exist" message. */
    public static AppException notFound() {
        return new AppException(Response.Status.NOT_FOUND, "notFound");
    }

    /** 400 with the general "request is not valid" message. */
    public static AppException badRequest() {
        return new AppException(Response.Status.BAD_REQUEST, "badRequest");
    }

    /** 403 with the general "not allowed" message. */
    public static AppException forbidden() {
        return new AppException(Response.Status.FORBIDDEN, "forbidden");
    }

    public int status() {
        return status;
    }

    /** The message bundle's name ({@code err} unless the key named another). */
    public String bundle() {
        return bundle;
    }

    /** The key within the bundle; also the {@code error} code of JSON bodies. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "AppException[" + status + " " + bundle + ":" + key
                + (args.length == 0 ? "" : " " + Arrays.toString(args)) + "]";
    }
}
