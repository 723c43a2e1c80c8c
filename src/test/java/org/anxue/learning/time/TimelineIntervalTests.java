package org.anxue.learning.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineIntervalTests {

    private static TimelineInterval seconds(double start, double end) {
        return TimelineInterval.ofSeconds(start, end);
    }

    @Test
    void shouldBeHalfOpenSoAdjacentIntervalsMeetWithoutOverlapping() {
        List<TimelineInterval> merged = TimelineInterval.merge(List.of(seconds(0, 10), seconds(10, 20)));

        assertThat(merged).containsExactly(seconds(0, 20));
        assertThat(TimelineInterval.totalMillis(List.of(seconds(0, 10), seconds(10, 20)))).isEqualTo(20_000);
    }

    @Test
    void shouldRefuseAStartBeforeTheVideo() {
        assertThatThrownBy(() -> TimelineInterval.ofMillis(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        assertThatThrownBy(() -> TimelineInterval.ofMillis(10, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldConvertSecondsToTheNearestMillisecond() {
        TimelineInterval interval = seconds(1.2344, 2.0006);

        assertThat(interval).isEqualTo(TimelineInterval.ofMillis(1234, 2001));
        assertThat(interval.lengthMillis()).isEqualTo(767);
        assertThat(interval.startSeconds()).isEqualTo(1.234);
    }

    @Test
    void shouldMergeOverlappingAndTouchingIntervalsIntoASortedDisjointList() {
        List<TimelineInterval> merged = TimelineInterval.merge(List.of(
                seconds(50, 60), seconds(0, 10), seconds(5, 15), seconds(15, 20), seconds(30, 40), seconds(35, 38)));

        assertThat(merged).containsExactly(seconds(0, 20), seconds(30, 40), seconds(50, 60));
    }

    @Test
    void shouldDropEmptyIntervalsWhenMerging() {
        assertThat(TimelineInterval.merge(List.of(seconds(5, 5), seconds(7, 7)))).isEmpty();
    }

    @Test
    void shouldTakeTheEarliestMillisecondsInTimelineOrder() {
        List<TimelineInterval> parts = List.of(seconds(0, 10), seconds(20, 30), seconds(40, 50));

        assertThat(TimelineInterval.earliest(parts, 15_000)).containsExactly(seconds(0, 10), seconds(20, 25));
        assertThat(TimelineInterval.earliest(parts, 0)).isEmpty();
        assertThat(TimelineInterval.earliest(parts, 99_000)).containsExactlyElementsOf(parts);
    }

    @Test
    void shouldCountOverlapsOnceInTheTotal() {
        assertThat(TimelineInterval.totalMillis(List.of(seconds(0, 10), seconds(5, 15)))).isEqualTo(15_000);
    }

    @Test
    void shouldCutAnIntervalAtAPoint() {
        assertThat(seconds(5, 15).clampEndTo(10_000)).isEqualTo(seconds(5, 10));
        assertThat(seconds(5, 15).clampEndTo(2_000).isEmpty()).isTrue();
        assertThat(seconds(5, 15).clampEndTo(20_000)).isEqualTo(seconds(5, 15));
    }

    @Test
    void shouldShowItselfInSeconds() {
        assertThat(seconds(1.5, 20)).hasToString("[1.500 s, 20 s)");
    }
}
