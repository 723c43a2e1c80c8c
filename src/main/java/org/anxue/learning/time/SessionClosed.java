package org.anxue.learning.time;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of {@link ClosingASession}.
 *
 * @param sessionId the session
 * @param requestedAt server time of the request
 * @param stateBefore its state when the request arrived
 * @param stateAfter its state now: {@link SessionState#ENDED} if it was open, else unchanged
 */
public record SessionClosed(SessionId sessionId, Instant requestedAt, SessionState stateBefore, SessionState stateAfter) {

    public SessionClosed {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(stateAfter, "stateAfter");
    }

    /** True when this request ended the session; false when it had already stopped. */
    public boolean endedNow() {
        return stateBefore == SessionState.OPEN;
    }
}
