package org.anxue.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoursCheckTests {

    private static final long MINUTE = 60_000;

    @Test
    void shouldNeedFortyFiveMinutesOfVideoPerDeclaredClassHourByDefault() {
        HoursCheck twoHours = new HoursCheck(new BigDecimal("2.0"), 90 * MINUTE, 45);

        assertThat(twoHours.passes()).isTrue();
        assertThat(twoHours.requiredMinutes()).isEqualTo(90);
        assertThat(twoHours.actualHours()).isEqualByComparingTo("2.00");
    }

    @Test
    void shouldFailBySecondsAndNeverRoundTheVideosUpToTheDeclaredHours() {
        HoursCheck check = new HoursCheck(new BigDecimal("2.0"), 90 * MINUTE - 1000, 45);

        assertThat(check.passes()).isFalse();
        assertThat(check.actualHours()).isEqualByComparingTo("1.99");
        assertThat(check.videoMinutes()).isEqualTo(89);
    }

    @Test
    void shouldHandleHalfHoursAndOtherMinutesPerClassHour() {
        assertThat(new HoursCheck(new BigDecimal("1.5"), 67 * MINUTE + 30_000, 45).passes()).isTrue();
        assertThat(new HoursCheck(new BigDecimal("1.5"), 67 * MINUTE + 29_000, 45).passes()).isFalse();
        assertThat(new HoursCheck(new BigDecimal("8.0"), 400 * MINUTE, 50).passes()).isTrue();
        assertThat(new HoursCheck(new BigDecimal("0.1"), 0, 45).passes()).isFalse();
    }
}
