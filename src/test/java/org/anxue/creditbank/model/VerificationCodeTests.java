package org.anxue.creditbank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTests {

    private final SecureRandom random = new SecureRandom();

    @Test
    void shouldMakeEighteenCharactersOfTheUnambiguousAlphabet() {
        VerificationCode code = VerificationCode.random(random);

        assertThat(code.value()).hasSize(18).matches("[0-9A-HJKMNP-TV-Z]{18}");
        assertThat(code.display()).matches("[0-9A-Z]{6}-[0-9A-Z]{6}-[0-9A-Z]{6}");
    }

    @Test
    void shouldReadACodeTypedInLowerCaseWithSpacesHyphensAndLookalikeLetters() {
        VerificationCode code = VerificationCode.random(random);
        String typed = " " + code.display().toLowerCase().replace('1', 'l').replace('0', 'o') + " ";

        assertThat(VerificationCode.parse(typed)).contains(code);
    }

    @Test
    void shouldCatchASingleMistypedCharacter() {
        VerificationCode code = VerificationCode.random(random);
        int caught = 0;
        int tried = 0;
        for (int position = 0; position < 18; position++) {
            for (char replacement : VerificationCode.ALPHABET.toCharArray()) {
                if (replacement == code.value().charAt(position)) {
                    continue;
                }
                String typo = code.value().substring(0, position) + replacement + code.value().substring(position + 1);
                tried++;
                if (VerificationCode.parse(typo).isEmpty()) {
                    caught++;
                }
            }
        }
        assertThat((double) caught / tried).as("10 check bits let about 1 typo in 1,024 through").isGreaterThan(0.99);
    }

    @Test
    void shouldRejectWhatIsNotACode() {
        assertThat(VerificationCode.parse("")).isEmpty();
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("ABCDEF-GHJKMN-PQRSTU")).isEmpty();
        assertThat(VerificationCode.parse("330102198001011234")).isEmpty();
        assertThatThrownBy(() -> new VerificationCode("0000000000000000ZZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotRepeatCodes() {
        Set<VerificationCode> codes = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            codes.add(VerificationCode.random(random));
        }

        assertThat(codes).hasSize(20_000);
    }
}
