package org.anxue.learning.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyTimePolicyTests {

    private final StudyTimePolicy defaults = StudyTimePolicy.defaults();

    @Test
    void shouldStartFromTheDocumentedDefaults() {
        assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.gapTolerance()).isEqualTo(Duration.ofSeconds(45));
        assertThat(defaults.jitterAllowance()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.seekTolerance()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.videoEndTolerance()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.dailyCap()).isEqualTo(Duration.ofHours(8));
        assertThat(defaults.studyDayZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(defaults.checkpointMeanInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.maxWrongAnswers()).isEqualTo(3);
        assertThat(defaults.completionThreshold()).isEqualTo(0.95);
        assertThat(defaults.maxPlaybackRate()).isEqualTo(2.0);
    }

    @Test
    void shouldRefuseAGapToleranceNotLongerThanTheHeartbeatInterval() {
        assertThatThrownBy(() -> defaults.withGapTolerance(Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gapTolerance");
    }

    @Test
    void shouldRefuseACompletionThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> defaults.withCompletionThreshold(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCompletionThreshold(1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCompletionThreshold(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withCompletionThreshold(1.0).completionThreshold()).isEqualTo(1.0);
    }

    @Test
    void shouldRefuseAPlaybackRateBelowOne() {
        assertThatThrownBy(() -> defaults.withMaxPlaybackRate(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxPlaybackRate(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseNegativeDurationsAndNoWrongAnswers() {
        assertThatThrownBy(() -> defaults.withSeekTolerance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withDailyCap(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCheckpointMeanInterval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxWrongAnswers(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldChangeOnlyTheValueAWitherNames() {
        StudyTimePolicy changed = defaults.withDailyCap(Duration.ofHours(4));

        assertThat(changed.dailyCap()).isEqualTo(Duration.ofHours(4));
        assertThat(changed.withDailyCap(defaults.dailyCap())).isEqualTo(defaults);
    }
}
