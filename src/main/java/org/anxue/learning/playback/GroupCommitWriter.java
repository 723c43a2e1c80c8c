package org.anxue.learning.playback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One writer thread: takes commands from its bounded queue, up to the batch size, waiting at most
 * the maximum wait for a batch to fill, and hands each batch to the {@link BatchRunner}. Sessions
 * are assigned to writers by id, so a session's commands are always judged by the same writer, in
 * the order they were queued, and its cached state is touched by this thread only.
 */
final class GroupCommitWriter {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class);
    private static final long SWEEP_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ArrayBlockingQueue<Submitted> queue;
    private final int batchSize;
    private final long maxWaitNanos;
    private final BatchRunner runner;
    private final BatchProcessor processor;
    private final SessionCache cache;
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitWriter(String name, int queueCapacity, int batchSize, Duration maxWait, BatchRunner runner,
            BatchProcessor processor, SessionCache cache) {
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.batchSize = batchSize;
        this.maxWaitNanos = maxWait.toNanos();
        this.runner = runner;
        this.processor = processor;
        this.cache = cache;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues a command; false when the queue is full or the writer is stopping. */
    boolean offer(Submitted submitted) {
        if (!running || !queue.offer(submitted)) {
            return false;
        }
        // Stopping began meanwhile: take it back unless the writer (or stop) already took it.
        return running || !queue.remove(submitted);
    }

    int queued() {
        return queue.size();
    }

    private void loop() {
        List<Submitted> batch = new ArrayList<>(batchSize);
        long lastSweep = System.nanoTime();
        while (running || !queue.isEmpty()) {
            try {
                Submitted first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                    fill(batch);
                    runner.run(batch, processor, cache);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // The runner completes every future itself; this is a bug in the loop: answer and go on.
                LOG.errorf(e, "writer %s failed a batch of %d", thread.getName(), batch.size());
                batch.forEach(s -> s.fail(e));
                batch.clear();
            }
            long now = System.nanoTime();
            if (now - lastSweep > SWEEP_EVERY_NANOS) {
                cache.evictIdle(now);
                lastSweep = now;
            }
        }
        failAll(batch);
    }

    /** Waits up to the maximum wait for more commands while the batch is not full. */
    private void fill(List<Submitted> batch) throws InterruptedException {
        if (maxWaitNanos <= 0) {
            return;
        }
        long deadline = System.nanoTime() + maxWaitNanos;
        while (batch.size() < batchSize) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Submitted next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, batchSize - batch.size());
        }
    }

    /**
     * Stops taking commands, lets the thread finish what is queued (so acknowledged means
     * committed, also at shutdown), and answers 503 to anything left after the timeout.
     */
    void stop(Duration timeout) {
        running = false;
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warnf("writer %s still busy after %s; it finishes its batch, queued commands are refused",
                    thread.getName(), timeout);
        }
        failAll(new ArrayList<>());
    }

    private void failAll(List<Submitted> pending) {
        queue.drainTo(pending);
        for (Submitted submitted : pending) {
            submitted.fail(new IngestUnavailableException("the study-time ingest is stopping"));
        }
        pending.clear();
    }
}
