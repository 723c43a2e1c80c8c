package org.anxue.learning.playback;

import java.time.LocalDate;
import java.util.TreeMap;
import org.anxue.learning.time.CoveredIntervals;
import org.anxue.learning.time.PlaybackSession;

/**
 * What a writer keeps in memory about one session between batches: the aggregate, the person's
 * coverage of the lesson and credit per study day, and the stored outcome of its last accepted
 * heartbeat. Valid only while {@link #version} equals the row's version: every batch compares
 * them under a row lock and reloads on a difference. Touched by one thread at a time (the writer
 * that owns the session), so not synchronized.
 */
final class CachedSession {

    final PlaybackSession session;
    final long personId;
    final long lessonId;
    final long courseId;
    /** The row's version this state corresponds to. */
    long version;
    CoveredIntervals coverage;
    /** Credit of the person per study day, for the days loaded so far (at most a few). */
    final TreeMap<LocalDate, Long> creditedByDay = new TreeMap<>();
    /** Highest sequence stored for the session, accepted or rejected; 0 if none. */
    long maxStoredSequence;
    /** The stored outcome of {@code session.lastSequence()}; null before the first accepted heartbeat. */
    StoredHeartbeat last;
    /** When a command last touched it (System.nanoTime), for idle eviction. */
    long touchedNanos;

    CachedSession(PlaybackSession session, long personId, long lessonId, long courseId, long version,
            CoveredIntervals coverage, long maxStoredSequence, StoredHeartbeat last) {
        this.session = session;
        this.personId = personId;
        this.lessonId = lessonId;
        this.courseId = courseId;
        this.version = version;
        this.coverage = coverage;
        this.maxStoredSequence = maxStoredSequence;
        this.last = last;
    }

    /** Adds credit to a day already loaded, keeping only the latest three days. */
    void addCredit(LocalDate day, long millis) {
        creditedByDay.merge(day, millis, Long::sum);
        while (creditedByDay.size() > 3) {
            creditedByDay.remove(creditedByDay.firstKey());
        }
    }
}
