package org.anxue.media;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.LongAdder;

/**
 * Test-only: counts the response body bytes Anxue's own HTTP server (Vert.x) writes, so that the
 * benchmark can show how many bytes of a playback pass through the JVM's HTTP server.
 */
@ApplicationScoped
public class ServerBytes {

    private static final LongAdder WRITTEN = new LongAdder();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addBodyEndHandler(v -> WRITTEN.add(rc.response().bytesWritten()));
            rc.next();
        });
    }

    public static long written() {
        return WRITTEN.sum();
    }
}
