package org.anxue.media;

import jakarta.ws.rs.core.Response;

/** A refused media API request: an HTTP status, a stable code and a message for people. */
public class MediaApiException extends RuntimeException {

    private final Response.Status status;
    private final String code;

    public MediaApiException(Response.Status status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public Response.Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    static MediaApiException notFound(String what) {
        return new MediaApiException(Response.Status.NOT_FOUND, "NOT_FOUND", "找不到 / not found: " + what);
    }
}
