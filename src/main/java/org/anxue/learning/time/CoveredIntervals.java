package org.anxue.learning.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What one person has covered of one lesson's video: the union of every interval credited to
 * them, across all their sessions. Immutable; {@link #add} returns a new value.
 *
 * <p>Held as a sorted list of disjoint, non-touching intervals, which is also how a repository can
 * store it ({@link #intervals()} and {@link #of(Collection)} round-trip).
 */
public final class CoveredIntervals {

    private static final CoveredIntervals EMPTY = new CoveredIntervals(List.of());

    private final List<TimelineInterval> intervals;

    private CoveredIntervals(List<TimelineInterval> normalized) {
        this.intervals = normalized;
    }

    public static CoveredIntervals empty() {
        return EMPTY;
    }

    /** The union of the given intervals, in any order, overlapping or not. */
    public static CoveredIntervals of(Collection<TimelineInterval> intervals) {
        return new CoveredIntervals(TimelineInterval.merge(intervals));
    }

    public static CoveredIntervals of(TimelineInterval... intervals) {
        return of(List.of(intervals));
    }

    /** Sorted, disjoint, non-touching, non-empty. */
    public List<TimelineInterval> intervals() {
        return intervals;
    }

    public boolean isEmpty() {
        return intervals.isEmpty();
    }

    public CoveredIntervals add(TimelineInterval interval) {
        return addAll(List.of(interval));
    }

    public CoveredIntervals addAll(Collection<TimelineInterval> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<TimelineInterval> all = new ArrayList<>(intervals.size() + more.size());
        all.addAll(intervals);
        all.addAll(more);
        return of(all);
    }

    /** Total covered time, each millisecond counted once. */
    public long coveredMillis() {
        long total = 0;
        for (TimelineInterval interval : intervals) {
            total += interval.lengthMillis();
        }
        return total;
    }

    /**
     * The end of the last covered interval: the furthest point of the video this person has been
     * credited for reaching; 0 when nothing is covered.
     */
    public long furthestCoveredPoint() {
        return intervals.isEmpty() ? 0 : intervals.get(intervals.size() - 1).endMillis();
    }

    /** The parts of {@code range} not yet covered, in timeline order. */
    public List<TimelineInterval> uncoveredPartsOf(TimelineInterval range) {
        List<TimelineInterval> parts = new ArrayList<>();
        long cursor = range.startMillis();
        for (TimelineInterval covered : intervals) {
            if (covered.endMillis() <= cursor) {
                continue;
            }
            if (covered.startMillis() >= range.endMillis()) {
                break;
            }
            if (covered.startMillis() > cursor) {
                parts.add(new TimelineInterval(cursor, covered.startMillis()));
            }
            cursor = Math.max(cursor, covered.endMillis());
            if (cursor >= range.endMillis()) {
                break;
            }
        }
        if (cursor < range.endMillis()) {
            parts.add(new TimelineInterval(cursor, range.endMillis()));
        }
        return List.copyOf(parts);
    }

    /** The parts of the given ranges (merged first) not yet covered, in timeline order. */
    public List<TimelineInterval> uncoveredPartsOf(Collection<TimelineInterval> ranges) {
        List<TimelineInterval> parts = new ArrayList<>();
        for (TimelineInterval range : TimelineInterval.merge(ranges)) {
            parts.addAll(uncoveredPartsOf(range));
        }
        return List.copyOf(parts);
    }

    /** How many milliseconds of {@code range} would be newly covered by adding it. */
    public long newlyCoveredMillis(TimelineInterval range) {
        long total = 0;
        for (TimelineInterval part : uncoveredPartsOf(range)) {
            total += part.lengthMillis();
        }
        return total;
    }

    /** Covered time within {@code [0, durationMillis)}. */
    public long coveredMillisWithin(long durationMillis) {
        if (durationMillis <= 0) {
            throw new IllegalArgumentException("a video has a positive duration: " + durationMillis);
        }
        long within = 0;
        for (TimelineInterval interval : intervals) {
            if (interval.startMillis() >= durationMillis) {
                break;
            }
            within += interval.clampEndTo(durationMillis).lengthMillis();
        }
        return within;
    }

    /**
     * The covered share of a video of the given duration, between 0 and 1. Coverage beyond the
     * duration (which the heartbeat rules never produce) is not counted.
     */
    public double coveredShareOf(long durationMillis) {
        return (double) coveredMillisWithin(durationMillis) / durationMillis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoveredIntervals that && intervals.equals(that.intervals);
    }

    @Override
    public int hashCode() {
        return intervals.hashCode();
    }

    @Override
    public String toString() {
        return "CoveredIntervals" + intervals;
    }
}
