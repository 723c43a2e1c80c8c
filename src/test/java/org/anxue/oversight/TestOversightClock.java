package org.anxue.oversight;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;
import org.anxue.local.StoppableTime;

/** Spot-exam time that tests can stop and move forward ({@link StoppableTime}). */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestOversightClock extends OversightClock {

    private final StoppableTime time = new StoppableTime(super::now);

    @Override
    public Instant now() {
        return time.now();
    }

    /** Stops the clock at the current time. */
    public Instant freeze() {
        return time.freeze();
    }

    public void advance(Duration duration) {
        time.advance(duration);
    }

    /** Lets the clock run again from where it stands. */
    public void unfreeze() {
        time.unfreeze();
    }
}
