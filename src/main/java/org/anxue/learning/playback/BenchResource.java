package org.anxue.learning.playback;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anxue.web.AppException;

/**
 * A request that does nothing, answered on the event loop: the HTTP stack's own cost, measured
 * beside the heartbeats in the benchmark. 404 unless {@code anxue.learning.bench.enabled=true}.
 */
@Path("/api/bench/noop")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

    public record Noop(boolean ok) {
    }

    private static final Noop OK = new Noop(true);

    @Inject
    LearningConfig config;

    @GET
    @NonBlocking
    public Noop get() {
        return answer();
    }

    @POST
    @NonBlocking
    public Noop post(String ignored) {
        return answer();
    }

    private Noop answer() {
        if (!config.bench().enabled()) {
            throw AppException.notFound();
        }
        return OK;
    }
}
