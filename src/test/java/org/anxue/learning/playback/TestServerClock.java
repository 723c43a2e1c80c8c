package org.anxue.learning.playback;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * Server time that tests can stop and move forward. It never goes back: stopped, it stands still
 * until advanced; running, it is the real time plus whatever tests advanced it by.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestServerClock extends ServerClock {

    private long offsetMillis;
    private Instant frozenAt;
    private Instant last = Instant.EPOCH;

    @Override
    public synchronized Instant now() {
        Instant now = frozenAt != null ? frozenAt : super.now().plusMillis(offsetMillis);
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
            offsetMillis = Math.max(offsetMillis, frozenAt.toEpochMilli() - super.now().toEpochMilli());
            frozenAt = null;
        }
    }
}
