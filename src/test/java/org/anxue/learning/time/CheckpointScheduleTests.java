package org.anxue.learning.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CheckpointScheduleTests {

    private final StudyTimePolicy policy = StudyTimePolicy.defaults().withCheckpointMeanInterval(Duration.ofMinutes(10));

    @Test
    void shouldDrawDistancesBetweenHalfAndOneAndAHalfTimesTheMeanAveragingTheMean() {
        CheckpointSchedule schedule = new CheckpointSchedule(policy, new SplittableRandom(7));
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int draws = 10_000;
        for (int i = 0; i < draws; i++) {
            long distance = schedule.nextDistanceMillis();
            sum += distance;
            min = Math.min(min, distance);
            max = Math.max(max, distance);
        }

        assertThat(min).isGreaterThanOrEqualTo(300_000).isLessThan(310_000);
        assertThat(max).isLessThanOrEqualTo(900_000).isGreaterThan(890_000);
        assertThat((double) sum / draws).isCloseTo(600_000, org.assertj.core.data.Offset.offset(10_000.0));
    }

    @Test
    void shouldDrawTheSameScheduleFromTheSameSeed() {
        CheckpointSchedule one = new CheckpointSchedule(policy, new SplittableRandom(42));
        CheckpointSchedule other = new CheckpointSchedule(policy, new SplittableRandom(42));

        for (int i = 0; i < 20; i++) {
            assertThat(one.nextDistanceMillis()).isEqualTo(other.nextDistanceMillis());
            assertThat(one.newNonce()).isEqualTo(other.newNonce());
        }
    }

    @Test
    void shouldIssueNoncesOf128RandomBitsThatDoNotRepeat() {
        CheckpointSchedule schedule = new CheckpointSchedule(policy, new SplittableRandom(3));
        Set<String> nonces = new HashSet<>();

        for (int i = 0; i < 1_000; i++) {
            String nonce = schedule.newNonce();
            assertThat(nonce).matches("[0-9a-f]{32}");
            nonces.add(nonce);
        }

        assertThat(nonces).hasSize(1_000);
    }
}
