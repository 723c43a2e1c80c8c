package org.anxue.creditbank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ValueTypesTests {

    @Test
    void shouldKeyAnAccountByEighteenCharactersEndingInADigitOrX() {
        assertThat(new PersonKey("33010619851212567X").value()).endsWith("X");
        assertThatThrownBy(() -> new PersonKey("33010619851212567x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonKey("3301061985121256")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonKey("33010619851212567XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNeverPrintAFullIdNumber() {
        PersonKey key = new PersonKey("330102198001011234");

        assertThat(key.masked()).isEqualTo("330***********1234");
        assertThat(key.toString()).doesNotContain("19800101");
    }

    @Test
    void shouldKeepHoursToTwoDecimalPlaces() {
        assertThat(Hours.of("1.5").canonical()).isEqualTo("1.50");
        assertThat(Hours.of(3).canonical()).isEqualTo("3.00");
        assertThat(new Hours(new BigDecimal("2.500")).canonical()).isEqualTo("2.50");
        assertThatThrownBy(() -> Hours.of("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRoundConversionsDownNeverUp() {
        assertThat(Hours.ofStudyTime(Duration.ofSeconds(44 * 60 + 59), 45)).isEqualTo(Hours.of("0.99"));
        assertThat(Hours.of("2.99").times(new BigDecimal("0.5"))).isEqualTo(Hours.of("1.49"));
    }

    @Test
    void shouldNameAPolicyVersionAsIdAtVersion() {
        PolicyVersionRef ref = new PolicyVersionRef("city-policy", 3);

        assertThat(ref.canonical()).isEqualTo("city-policy@3");
        assertThat(PolicyVersionRef.parse("city-policy@3")).isEqualTo(ref);
        assertThatThrownBy(() -> new PolicyVersionRef("a@b", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
