package org.anxue.learning.playback;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;
import org.anxue.learning.time.StudyTimePolicy;
import org.jboss.logging.Logger;

/**
 * Where heartbeats, checkpoint answers and closes go: judged by the study-time model and stored,
 * and answered only once stored. See this package's README for the design.
 *
 * <p>{@link IngestMode#GROUP_COMMIT}: a few writer threads, each owning the sessions whose id
 * hashes to it, commit many commands per transaction. {@link IngestMode#PER_HEARTBEAT}: the same
 * with more writers and one command per transaction (the baseline for the benchmark).
 */
@ApplicationScoped
public class PlaybackIngest {

    private static final Logger LOG = Logger.getLogger(PlaybackIngest.class);

    private volatile List<GroupCommitWriter> writers = List.of();
    private BatchRunner runner;
    private IngestMetrics metrics = IngestMetrics.unregistered();
    private volatile boolean started;

    @Inject
    DataSource dataSource;

    @Inject
    LearningConfig config;

    @Inject
    ServerClock clock;

    @Inject
    MeterRegistry registry;

    void onStart(@Observes StartupEvent event) {
        start(dataSource, config.ingest(), config.policy(), clock, new IngestMetrics(registry));
        Gauge.builder("anxue.learning.ingest.queued", this, PlaybackIngest::queued)
                .description("Commands waiting for their batch").register(registry);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop(Duration.ofSeconds(20));
    }

    /**
     * Stops and starts again with empty caches, as a restarted replica would; everything is read
     * back from the database. For tests.
     */
    void restart() {
        stop(Duration.ofSeconds(20));
        start(dataSource, config.ingest(), config.policy(), clock, metrics);
    }

    /** Starts the writers. Package-visible so that tests can run a second replica's ingest. */
    synchronized void start(DataSource dataSource, LearningConfig.Ingest settings, StudyTimePolicy policy,
            ServerClock clock, IngestMetrics metrics) {
        if (started) {
            return;
        }
        this.metrics = metrics;
        this.runner = new BatchRunner(dataSource, clock, metrics);
        boolean grouped = settings.mode() == IngestMode.GROUP_COMMIT;
        List<GroupCommitWriter> created = new ArrayList<>();
        int count = grouped ? settings.writers() : settings.perHeartbeatWriters();
        int batchSize = grouped ? settings.batchSize() : 1;
        Duration maxWait = grouped ? settings.maxWait() : Duration.ZERO;
        for (int i = 0; i < count; i++) {
            GroupCommitWriter writer = new GroupCommitWriter("heartbeat-writer-" + i, settings.queueCapacity(),
                    batchSize, maxWait, runner, BatchRunner.processor(policy),
                    new SessionCache(settings.cacheSize(), settings.cacheIdle().toNanos()));
            created.add(writer);
            writer.start();
        }
        writers = List.copyOf(created);
        if (grouped) {
            LOG.infof("Heartbeats: group commit, %d writers, batches of up to %d within %s, %d queued per writer at most",
                    count, batchSize, maxWait, settings.queueCapacity());
        } else {
            LOG.infof("Heartbeats: one transaction per heartbeat, %d writers (the slow baseline)", count);
        }
        started = true;
    }

    /**
     * Queues a command; the stage completes after the transaction holding it committed, on the
     * caller's Vert.x context. Fails with {@link IngestUnavailableException} when the queue is full.
     */
    public CompletionStage<IngestResult> submit(IngestCommand command) {
        Submitted submitted = new Submitted(command, new CompletableFuture<>(), Vertx.currentContext());
        List<GroupCommitWriter> current = writers;
        boolean queued = started && !current.isEmpty()
                && current.get(Math.floorMod(command.sessionId().hashCode(), current.size())).offer(submitted);
        if (!queued) {
            metrics.refused();
            return CompletableFuture.failedFuture(new IngestUnavailableException("the study-time ingest is full"));
        }
        return submitted.future();
    }

    /** Commands waiting, over all writers. */
    int queued() {
        int total = 0;
        for (GroupCommitWriter writer : writers) {
            total += writer.queued();
        }
        return total;
    }

    /** Finishes what is queued, then refuses everything. */
    synchronized void stop(Duration timeout) {
        if (!started) {
            return;
        }
        started = false;
        for (GroupCommitWriter writer : writers) {
            writer.stop(timeout);
        }
        writers = List.of();
    }
}
