package org.anxue.media;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns a {@link MediaApiException} (and only that) into {@code {"code": ..., "message": ...}}. */
public class MediaErrors {

    @ServerExceptionMapper
    public Response refused(MediaApiException e) {
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("code", e.code(), "message", e.getMessage()))
                .build();
    }
}
