package org.anxue.media;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Aborts uploads nobody completed (see {@code anxue.media.abandoned-upload-age}) so no parts stay behind. */
@ApplicationScoped
public class AbandonedUploadSweeper {

    private final MediaUploads uploads;

    AbandonedUploadSweeper(MediaUploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(every = "${anxue.media.sweep-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        uploads.sweepAbandoned();
    }
}
