package org.anxue.learning.playback;

import io.vertx.core.Context;
import java.util.concurrent.CompletableFuture;

/**
 * A command waiting for its batch, with the future its HTTP request waits on. The future is
 * completed on the request's own Vert.x context (its event loop), so the writer thread only hands
 * results over and never writes responses itself.
 */
record Submitted(IngestCommand command, CompletableFuture<IngestResult> future, Context context) {

    void complete(IngestResult result) {
        if (context == null) {
            future.complete(result);
        } else {
            context.runOnContext(ignored -> future.complete(result));
        }
    }

    void fail(Throwable failure) {
        if (context == null) {
            future.completeExceptionally(failure);
        } else {
            context.runOnContext(ignored -> future.completeExceptionally(failure));
        }
    }
}
