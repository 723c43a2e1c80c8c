package org.anxue.learning.playback;

/**
 * The heartbeat ingest cannot take the command now: its queue is full, it is shutting down, or the
 * database failed. Nothing was recorded; the client retries after a pause (503 with Retry-After),
 * and a retried heartbeat keeps its sequence, so it counts at most once.
 */
public class IngestUnavailableException extends RuntimeException {

    public IngestUnavailableException(String message) {
        super(message);
    }

    public IngestUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
