package org.anxue.learning.playback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * What the ingest reports on /q/metrics: commands per committed batch, time per batch (judging,
 * writing and the commit), failed batches and refused commands.
 */
final class IngestMetrics {

    private final DistributionSummary batchSize;
    private final Timer batchTime;
    private final Counter failed;
    private final Counter refused;

    IngestMetrics(MeterRegistry registry) {
        batchSize = DistributionSummary.builder("anxue.learning.ingest.batch.size")
                .description("Commands committed per transaction").register(registry);
        batchTime = Timer.builder("anxue.learning.ingest.batch.time")
                .description("Time to judge, write and commit one batch").register(registry);
        failed = Counter.builder("anxue.learning.ingest.batch.failed")
                .description("Batches that failed and were retried command by command").register(registry);
        refused = Counter.builder("anxue.learning.ingest.refused")
                .description("Commands refused with 503 because the queue was full or the ingest stopping")
                .register(registry);
    }

    /** Metrics nobody reads, for pipelines built outside the application (tests). */
    static IngestMetrics unregistered() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    void committed(int commands, long nanos) {
        batchSize.record(commands);
        batchTime.record(nanos, TimeUnit.NANOSECONDS);
    }

    void batchFailed() {
        failed.increment();
    }

    void refused() {
        refused.increment();
    }
}
