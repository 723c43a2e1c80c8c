package org.anxue.learning.time;

import java.util.Objects;

/**
 * One irregularity, as it is written to a person's study record.
 *
 * @param kind what happened
 * @param affectedMillis how much time it concerns (content not credited, length of a gap); 0 when
 *     no amount applies
 * @param detail a plain-words explanation with the figures involved
 */
public record Anomaly(AnomalyKind kind, long affectedMillis, String detail) {

    public Anomaly {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (affectedMillis < 0) {
            throw new IllegalArgumentException("affectedMillis cannot be negative: " + affectedMillis);
        }
    }

    static Anomaly of(AnomalyKind kind, long affectedMillis, String detail) {
        return new Anomaly(kind, affectedMillis, detail);
    }
}
