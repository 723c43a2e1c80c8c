package org.anxue.learning.time;

import java.time.Instant;
import java.util.Objects;

/**
 * Use case: the player closes its session (page left, lesson finished). Closing credits nothing by
 * itself (the player sends a last heartbeat first) and is idempotent: closing a session that
 * already stopped changes nothing. A checkpoint left unanswered stays on record, so the person's
 * next session opens with one.
 */
public final class ClosingASession {

    public SessionClosed close(PlaybackSession session, Instant at) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(at, "at");
        SessionState before = session.state();
        if (session.isOpen()) {
            session.end(at);
        }
        return new SessionClosed(session.id(), at, before, session.state());
    }
}
