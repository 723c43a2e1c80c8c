package org.anxue.learning.time;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Draws when the next checkpoint comes and the nonces that bind answers to it. The random source
 * is injected: a {@link java.security.SecureRandom} in production (nonces must be unpredictable),
 * a seeded generator in tests.
 */
final class CheckpointSchedule {

    private final long meanMillis;
    private final RandomGenerator random;

    CheckpointSchedule(StudyTimePolicy policy, RandomGenerator random) {
        this.meanMillis = policy.checkpointMeanInterval().toMillis();
        this.random = random;
    }

    /** Credited study time until the next checkpoint: uniform in [mean / 2, 3 * mean / 2]. */
    long nextDistanceMillis() {
        long low = meanMillis / 2;
        return low + random.nextLong(meanMillis + 1);
    }

    /** 128 random bits as 32 hex digits. */
    String newNonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
