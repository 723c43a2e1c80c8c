package org.anxue.learning.time;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One heartbeat as received: what the client says plus when the server received it.
 *
 * <p>The client reports the ranges it played since its last <em>acknowledged</em> heartbeat (so
 * ranges of a heartbeat that was lost are sent again; parts already covered cost nothing).
 *
 * @param sequence the client's sequence number in this session, starting at 1
 * @param playedRanges what the player played, untrusted
 * @param clientTime the client's clock, untrusted and only kept for the record; may be empty
 * @param receivedAt the server's clock when the heartbeat arrived: the only time that counts
 */
public record HeartbeatReport(long sequence, List<ReportedRange> playedRanges, Optional<Instant> clientTime, Instant receivedAt) {

    public HeartbeatReport {
        playedRanges = List.copyOf(Objects.requireNonNull(playedRanges, "playedRanges"));
        Objects.requireNonNull(clientTime, "clientTime");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public HeartbeatReport(long sequence, List<ReportedRange> playedRanges, Instant clientTime, Instant receivedAt) {
        this(sequence, playedRanges, Optional.ofNullable(clientTime), receivedAt);
    }
}
