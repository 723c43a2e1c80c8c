package org.anxue.local;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For benchmarks: the heap's peak while some work runs, sampled by a daemon thread, above the baseline
 * measured after a GC at the start. {@code try (HeapPeak heap = HeapPeak.start(10)) { …; heap.stop(); }}.
 */
public final class HeapPeak implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final long baseline;
    private final AtomicLong peak;
    private final Thread sampler;

    private HeapPeak(long baseline, long intervalMillis) {
        this.baseline = baseline;
        this.peak = new AtomicLong(baseline);
        this.sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage, notes the heap in use and starts sampling every {@code intervalMillis}. */
    public static HeapPeak start(long intervalMillis) {
        System.gc();
        return new HeapPeak(MEMORY.getHeapMemoryUsage().getUsed(), intervalMillis);
    }

    /** Stops sampling (idempotent). */
    public void stop() {
        sampler.interrupt();
    }

    /** The heap in use when sampling started, in bytes. */
    public long baseline() {
        return baseline;
    }

    /** The highest heap in use seen above the baseline, in bytes. */
    public long peakAboveBaseline() {
        return peak.get() - baseline;
    }

    @Override
    public void close() {
        stop();
    }
}
