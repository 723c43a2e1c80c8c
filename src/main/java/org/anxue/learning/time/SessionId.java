package org.anxue.learning.time;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Identifies one playback session. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    /** A random (version 4) UUID drawn from the given source, so tests can make it repeatable. */
    static SessionId random(RandomGenerator random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new SessionId(new UUID(most, least));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
