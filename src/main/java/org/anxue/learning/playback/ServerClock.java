package org.anxue.learning.playback;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server time that study-time accounting uses, in whole milliseconds (what the database keeps
 * and the rules count in). A bean so that tests can move time forward.
 */
@ApplicationScoped
public class ServerClock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
