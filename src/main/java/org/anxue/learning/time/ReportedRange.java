package org.anxue.learning.time;

/**
 * A played range exactly as the client reported it, in seconds. Untrusted: it may be negative,
 * inverted, not a number or beyond the video; {@link AcceptingAHeartbeat} validates it before it
 * becomes a {@link TimelineInterval}.
 */
public record ReportedRange(double startSeconds, double endSeconds) {
}
