package org.anxue.learning.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoveredIntervalsTests {

    private static TimelineInterval seconds(double start, double end) {
        return TimelineInterval.ofSeconds(start, end);
    }

    @Test
    void shouldStartEmptyWithNothingCoveredAndTheFurthestPointAtZero() {
        CoveredIntervals nothing = CoveredIntervals.empty();

        assertThat(nothing.isEmpty()).isTrue();
        assertThat(nothing.coveredMillis()).isZero();
        assertThat(nothing.furthestCoveredPoint()).isZero();
    }

    @Test
    void shouldCountEachSecondOnceWhenIntervalsOverlap() {
        CoveredIntervals covered = CoveredIntervals.empty().add(seconds(0, 30)).add(seconds(20, 40)).add(seconds(10, 15));

        assertThat(covered.coveredMillis()).isEqualTo(40_000);
        assertThat(covered.intervals()).containsExactly(seconds(0, 40));
    }

    @Test
    void shouldReportOnlyTheUncoveredPartsOfARange() {
        CoveredIntervals covered = CoveredIntervals.of(seconds(10, 20), seconds(30, 40));

        assertThat(covered.uncoveredPartsOf(seconds(0, 50)))
                .containsExactly(seconds(0, 10), seconds(20, 30), seconds(40, 50));
        assertThat(covered.uncoveredPartsOf(seconds(12, 18))).isEmpty();
        assertThat(covered.uncoveredPartsOf(seconds(15, 35))).containsExactly(seconds(20, 30));
        assertThat(covered.uncoveredPartsOf(seconds(40, 45))).containsExactly(seconds(40, 45));
    }

    @Test
    void shouldReportTheUncoveredPartsOfSeveralOverlappingRangesOnce() {
        CoveredIntervals covered = CoveredIntervals.of(seconds(10, 20));

        assertThat(covered.uncoveredPartsOf(List.of(seconds(15, 30), seconds(0, 12), seconds(25, 35))))
                .containsExactly(seconds(0, 10), seconds(20, 35));
    }

    @Test
    void shouldReportTheNewlyCoveredSecondsOfARange() {
        CoveredIntervals covered = CoveredIntervals.of(seconds(10, 20));

        assertThat(covered.newlyCoveredMillis(seconds(0, 30))).isEqualTo(20_000);
        assertThat(covered.newlyCoveredMillis(seconds(10, 20))).isZero();
    }

    @Test
    void shouldPlaceTheFurthestCoveredPointAtTheEndOfTheLastInterval() {
        assertThat(CoveredIntervals.of(seconds(0, 10), seconds(600, 615)).furthestCoveredPoint()).isEqualTo(615_000);
    }

    @Test
    void shouldComputeTheCoveredShareOfADuration() {
        CoveredIntervals covered = CoveredIntervals.of(seconds(0, 30), seconds(60, 90));

        assertThat(covered.coveredShareOf(120_000)).isEqualTo(0.5);
        assertThat(covered.coveredShareOf(75_000)).isEqualTo(45.0 / 75.0);
        assertThatThrownBy(() -> covered.coveredShareOf(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRoundTripThroughItsIntervals() {
        CoveredIntervals covered = CoveredIntervals.of(seconds(40, 50), seconds(0, 10), seconds(5, 20));

        assertThat(CoveredIntervals.of(covered.intervals())).isEqualTo(covered);
        assertThat(covered.intervals()).containsExactly(seconds(0, 20), seconds(40, 50));
    }

    @Test
    void shouldStayUnchangedWhenAnotherValueIsDerivedFromIt() {
        CoveredIntervals before = CoveredIntervals.of(seconds(0, 10));

        CoveredIntervals after = before.add(seconds(10, 20));

        assertThat(before.coveredMillis()).isEqualTo(10_000);
        assertThat(after.coveredMillis()).isEqualTo(20_000);
    }
}
