package org.anxue.learning.time;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link OpeningASession}: the new session, and the person's previous session if
 * opening this one superseded it (both are to be stored).
 */
public record SessionOpened(PlaybackSession opened, Optional<PlaybackSession> superseded) {

    public SessionOpened {
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(superseded, "superseded");
    }
}
