package org.anxue.local;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Time that tests can stop and move forward, over a real clock: stopped, it stands still until advanced;
 * running, it is the real time plus whatever tests advanced it by. It never goes back. The features' test
 * clocks (learning's server time, oversight's spot-exam time) delegate to one each.
 */
public final class StoppableTime {

    private final Supplier<Instant> real;
    private long offsetMillis;
    private Instant frozenAt;
    private Instant last = Instant.EPOCH;

    public StoppableTime(Supplier<Instant> real) {
        this.real = real;
    }

    public synchronized Instant now() {
        Instant now = frozenAt != null ? frozenAt : real.get().plusMillis(offsetMillis);
        if (now.isBefore(last)) {
            now = last;
        }
        last = now;
        return now;
    }

    /** Stops the clock at the current time. */
    public synchronized Instant freeze() {
        frozenAt = now();
        return frozenAt;
    }

    public synchronized void advance(Duration duration) {
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(duration);
        } else {
            offsetMillis += duration.toMillis();
        }
    }

    /** Lets the clock run again from where it stands. */
    public synchronized void unfreeze() {
        if (frozenAt != null) {
            offsetMillis = Math.max(offsetMillis, frozenAt.toEpochMilli() - real.get().toEpochMilli());
            frozenAt = null;
        }
    }
}
