package org.anxue.learning.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of a video's timeline, half-open: {@code [start, end)}.
 *
 * <p>Positions are whole milliseconds from the start of the video. Milliseconds keep the union
 * arithmetic exact (no floating-point drift when thousands of heartbeats are merged) while being
 * finer than anything a player reports; {@link #ofSeconds(double, double)} and the
 * {@code ...Seconds()} views convert at the edges.
 *
 * @param startMillis first millisecond covered, at least 0
 * @param endMillis first millisecond not covered, at least {@code startMillis}
 */
public record TimelineInterval(long startMillis, long endMillis) implements Comparable<TimelineInterval> {

    private static final Comparator<TimelineInterval> ORDER =
            Comparator.comparingLong(TimelineInterval::startMillis).thenComparingLong(TimelineInterval::endMillis);

    public TimelineInterval {
        if (startMillis < 0) {
            throw new IllegalArgumentException("an interval cannot start before the video: " + startMillis);
        }
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("an interval cannot end before it starts: [" + startMillis + ", " + endMillis + ")");
        }
    }

    public static TimelineInterval ofMillis(long startMillis, long endMillis) {
        return new TimelineInterval(startMillis, endMillis);
    }

    /** Converts seconds (as a player reports them) to the nearest millisecond. */
    public static TimelineInterval ofSeconds(double startSeconds, double endSeconds) {
        return new TimelineInterval(toMillis(startSeconds), toMillis(endSeconds));
    }

    static long toMillis(double seconds) {
        return Math.round(seconds * 1000.0);
    }

    public long lengthMillis() {
        return endMillis - startMillis;
    }

    public boolean isEmpty() {
        return endMillis == startMillis;
    }

    public double startSeconds() {
        return startMillis / 1000.0;
    }

    public double endSeconds() {
        return endMillis / 1000.0;
    }

    /** True when the two intervals share at least one millisecond or meet end to start. */
    public boolean overlapsOrTouches(TimelineInterval other) {
        return startMillis <= other.endMillis && other.startMillis <= endMillis;
    }

    /** The smallest interval holding both; only meaningful when they overlap or touch. */
    public TimelineInterval span(TimelineInterval other) {
        return new TimelineInterval(Math.min(startMillis, other.startMillis), Math.max(endMillis, other.endMillis));
    }

    /** The part of this interval that ends at or before {@code point} (empty if it starts after). */
    public TimelineInterval clampEndTo(long point) {
        long end = Math.min(endMillis, point);
        return new TimelineInterval(startMillis, Math.max(startMillis, end));
    }

    /**
     * The union of the given intervals as a sorted list of disjoint, non-touching, non-empty
     * intervals: overlapping or adjacent intervals are merged, empty ones dropped.
     */
    public static List<TimelineInterval> merge(Collection<TimelineInterval> intervals) {
        List<TimelineInterval> sorted = new ArrayList<>(intervals.size());
        for (TimelineInterval interval : intervals) {
            if (!interval.isEmpty()) {
                sorted.add(interval);
            }
        }
        sorted.sort(ORDER);
        List<TimelineInterval> merged = new ArrayList<>(sorted.size());
        for (TimelineInterval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).overlapsOrTouches(next)) {
                merged.set(last, merged.get(last).span(next));
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    /**
     * The earliest {@code millis} milliseconds of the given intervals, in timeline order. Used to
     * decide which part of newly played content is credited when only part of it may be.
     *
     * @param intervals sorted, disjoint intervals (as returned by {@link #merge})
     * @param millis how much to take; 0 or less takes nothing
     */
    public static List<TimelineInterval> earliest(List<TimelineInterval> intervals, long millis) {
        List<TimelineInterval> taken = new ArrayList<>();
        long remaining = millis;
        for (TimelineInterval interval : intervals) {
            if (remaining <= 0) {
                break;
            }
            long take = Math.min(remaining, interval.lengthMillis());
            if (take > 0) {
                taken.add(new TimelineInterval(interval.startMillis, interval.startMillis + take));
                remaining -= take;
            }
        }
        return List.copyOf(taken);
    }

    /** Total length of the given intervals, counting overlaps once. */
    public static long totalMillis(Collection<TimelineInterval> intervals) {
        long total = 0;
        for (TimelineInterval interval : merge(intervals)) {
            total += interval.lengthMillis();
        }
        return total;
    }

    @Override
    public int compareTo(TimelineInterval other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "[" + formatSeconds(startMillis) + " s, " + formatSeconds(endMillis) + " s)";
    }

    static String formatSeconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
