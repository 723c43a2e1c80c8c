package org.anxue.oversight;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * Spot-exam time that tests can stop and move forward. Stopped, it stands still until advanced;
 * running, it is the real time plus whatever tests advanced it by. It never goes back.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestOversightClock extends OversightClock {

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

    public synchronized void unfreeze() {
        if (frozenAt != null) {
            offsetMillis = Math.max(offsetMillis, frozenAt.toEpochMilli() - super.now().toEpochMilli());
            frozenAt = null;
        }
    }
}
