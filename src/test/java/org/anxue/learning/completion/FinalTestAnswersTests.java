package org.anxue.learning.completion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How answers are read before grading: one form per answer, malformed ones told apart from none. */
class FinalTestAnswersTests {

    @Test
    void shouldReadMultipleChoiceAsASetOfLetters() {
        assertThat(FinalTests.normalise("MULTIPLE", "ca")).isEqualTo("AC");
        assertThat(FinalTests.normalise("MULTIPLE", "C, A, C")).isEqualTo("AC");
        assertThat(FinalTests.normalise("MULTIPLE", "A")).isEqualTo("A");
        assertThat(FinalTests.normalise("MULTIPLE", "AZ")).isNull();
    }

    @Test
    void shouldReadSingleChoiceAndTrueFalse() {
        assertThat(FinalTests.normalise("SINGLE", " b ")).isEqualTo("B");
        assertThat(FinalTests.normalise("SINGLE", "AB")).isNull();
        assertThat(FinalTests.normalise("TRUE_FALSE", "true")).isEqualTo("TRUE");
        assertThat(FinalTests.normalise("TRUE_FALSE", "yes")).isNull();
    }

    @Test
    void shouldTreatBlankAsUnanswered() {
        assertThat(FinalTests.normalise("SINGLE", "")).isEmpty();
        assertThat(FinalTests.normalise("MULTIPLE", null)).isEmpty();
    }
}
