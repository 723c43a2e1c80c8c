package org.anxue.media;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs processing jobs in the background: probe, package, record. Each replica runs up to
 * {@code anxue.media.worker-threads} jobs, claimed from PostgreSQL ({@link MediaJobs}). It looks
 * for work at startup (jobs left by a stopped JVM), when an upload completes, and every few
 * seconds. A failed job leaves nothing in S3: every object under {@code media/{id}/} is deleted,
 * the uploaded source included, and the reason is recorded.
 */
@ApplicationScoped
public class MediaWorker {

    private static final Logger LOG = Logger.getLogger(MediaWorker.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 3;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(30);

    private final MediaJobs jobs;
    private final MediaStore store;
    private final VideoProbe probe;
    private final HlsPackager packager;
    private final MediaConfig config;
    private final String workerId = "worker-" + UUID.randomUUID();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final Semaphore slots;
    private final ExecutorService pool;
    private volatile boolean stopped;

    MediaWorker(MediaJobs jobs, MediaStore store, VideoProbe probe, HlsPackager packager, MediaConfig config) {
        this.jobs = jobs;
        this.store = store;
        this.probe = probe;
        this.packager = packager;
        this.config = config;
        int threads = Math.max(1, config.workerThreads());
        this.slots = new Semaphore(threads);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "media-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void onStart(@Observes StartupEvent event) {
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        // Interrupts kill running ffmpeg processes; their leases expire and another replica (or
        // this one after a restart) takes the jobs over.
        pool.shutdownNow();
    }

    /** Looks for jobs now, on free worker threads. */
    public void wake() {
        wakeRequested.set(true);
        while (!stopped && slots.tryAcquire()) {
            try {
                pool.execute(this::drain);
            } catch (RuntimeException e) {
                slots.release();
                return;
            }
        }
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewLeases() {
        if (!running.isEmpty()) {
            jobs.renew(Set.copyOf(running), workerId, LEASE);
        }
    }

    private void drain() {
        try {
            while (!stopped) {
                wakeRequested.set(false);
                Optional<MediaAsset> job = jobs.claimNext(workerId, LEASE);
                if (job.isEmpty()) {
                    return;
                }
                process(job.get());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "media worker: %s", e.getMessage());
        } finally {
            slots.release();
            if (wakeRequested.get() && !stopped) {
                wake();
            }
        }
    }

    /** Probes, packages and records one claimed job. */
    void process(MediaAsset job) {
        UUID id = job.id;
        running.add(id);
        long started = System.nanoTime();
        try {
            if (job.attempts > MAX_ATTEMPTS) {
                fail(job, "PROCESSING_ERROR", "处理多次中断 / processing was interrupted " + (job.attempts - 1) + " times");
                return;
            }
            removeEarlierOutput(job);
            String input = store.presignInternalGet(job.sourceKey, config.ffmpegTimeout().plus(Duration.ofMinutes(30)));
            VideoProbe.Video video = probe.inspect(input, s3Bytes(job.sourceKey, job.sourceSize));
            HlsPackager.Plan plan = packager.plan(video);
            jobs.probed(id, video, plan);
            Progress progress = new Progress(id);
            HlsPackager.Packaged packaged = packager.packageVideo(id, job.sourceKey, input, video, progress::report);
            jobs.ready(id, packaged);
            if (!packaged.mp4Key().equals(job.sourceKey)) {
                // The MP4 rendition replaces the source.
                try {
                    store.delete(List.of(job.sourceKey));
                } catch (IOException e) {
                    LOG.warnf("media %s is ready but its source %s could not be deleted: %s", id, job.sourceKey, e.getMessage());
                }
            }
            LOG.infof("media %s ready in %d ms (%s, %.1f s, %s)", id, (System.nanoTime() - started) / 1_000_000,
                    packaged.remuxed() ? "remuxed" : "transcoded", packaged.durationSeconds(), job.filename);
        } catch (MediaRejected e) {
            LOG.infof("media %s rejected: %s", id, e.getMessage());
            fail(job, e.code().name(), e.getMessage());
        } catch (MediaToolException e) {
            LOG.warnf("media %s: %s\n%s", id, e.getMessage(), e.stderr());
            if (e.timedOut()) {
                fail(job, "TIMEOUT", "处理超时 / processing took longer than " + config.ffmpegTimeout());
            } else {
                retryOrFail(job, e.getMessage());
            }
        } catch (IOException e) {
            LOG.warnf("media %s: %s", id, e.getMessage());
            retryOrFail(job, e.getMessage());
        } catch (InterruptedException e) {
            // Shutting down: the lease runs out and the job is taken up again.
            Thread.currentThread().interrupt();
        } finally {
            running.remove(id);
        }
    }

    private void retryOrFail(MediaAsset job, String why) {
        if (job.attempts >= MAX_ATTEMPTS) {
            fail(job, "PROCESSING_ERROR", "处理失败 / processing failed: " + why);
        } else {
            jobs.retryLater(job.id, RETRY_DELAY.multipliedBy(job.attempts));
        }
    }

    /** Deletes every object of the asset, the uploaded source included, and records why. */
    private void fail(MediaAsset job, String code, String reason) {
        try {
            store.deletePrefix(MediaAsset.prefix(job.id));
        } catch (IOException e) {
            // Leave the job to be claimed again: failing now would orphan the objects.
            LOG.warnf("media %s: could not delete its objects (%s); will retry", job.id, e.getMessage());
            jobs.retryLater(job.id, RETRY_DELAY);
            return;
        }
        jobs.failed(job.id, code, reason);
    }

    /** A restarted job first removes what an interrupted attempt wrote (all but the source). */
    private void removeEarlierOutput(MediaAsset job) throws IOException {
        List<String> leftovers = store.list(MediaAsset.prefix(job.id)).stream()
                .filter(key -> !key.equals(job.sourceKey)).toList();
        if (!leftovers.isEmpty()) {
            LOG.infof("media %s: removing %d objects of an interrupted attempt", job.id, leftovers.size());
            store.delete(leftovers);
        }
    }

    private VideoProbe.Bytes s3Bytes(String key, long size) {
        return new VideoProbe.Bytes() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public byte[] read(long offset, int length) throws IOException {
                if (offset >= size) {
                    return new byte[0];
                }
                return store.read(key, offset, (int) Math.min(length, size - offset));
            }
        };
    }

    /** Writes progress at most once a second: 5 % after probing, 99 % before the last upload. */
    private final class Progress {
        private final UUID id;
        private long lastWrite;
        private int lastValue = -1;

        Progress(UUID id) {
            this.id = id;
        }

        void report(double fraction) {
            int value = 5 + (int) Math.floor(94 * Math.max(0, Math.min(1, fraction)));
            long now = System.nanoTime();
            if (value > lastValue && (now - lastWrite > 1_000_000_000L || value == 99)) {
                lastValue = value;
                lastWrite = now;
                jobs.progress(id, workerId, MediaAsset.State.PACKAGING, value, LEASE);
            }
        }
    }

    String workerId() {
        return workerId;
    }
}
