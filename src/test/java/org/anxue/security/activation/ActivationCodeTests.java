package org.anxue.security.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code format, what people may type, and the keyed hash; and the password rule. */
class ActivationCodeTests {

    private final ActivationCode codes = new ActivationCode("a-session-key-of-some-length-0001");

    @Test
    void shouldMakeTwelveRandomDigitsShownInGroupsOfFour() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ActivationCode.newCode();
            assertThat(code).matches("[0-9]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
        assertThat(ActivationCode.formatted("482109375520")).isEqualTo("4821 0937 5520");
    }

    @Test
    void shouldIgnoreSpacesAndDashesButNothingElse() {
        assertThat(ActivationCode.normalize(" 4821 0937-5520 ")).isEqualTo("482109375520");
        assertThat(ActivationCode.normalize("4821\u30000937\u30005520")).isEqualTo("482109375520");
        assertThat(ActivationCode.normalize("4821 0937 552")).isNull();
        assertThat(ActivationCode.normalize("4821 0937 552O")).isNull();
        assertThat(ActivationCode.normalize("４８２１０９３７５５２０")).isNull();
        assertThat(ActivationCode.normalize(null)).isNull();
        assertThat(ActivationCode.normalize("1".repeat(41))).isNull();
    }

    @Test
    void shouldHashPerAccountAndPerKeySoThatAStoredHashFitsOneAccountOnly() {
        String hash = codes.hash(42, "482109375520");

        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("482109375520");
        assertThat(codes.matches(42, "482109375520", hash)).isTrue();
        assertThat(codes.matches(43, "482109375520", hash)).as("another account").isFalse();
        assertThat(codes.matches(42, "482109375521", hash)).as("another code").isFalse();
        assertThat(new ActivationCode("another-session-key-000000000000").matches(42, "482109375520", hash))
                .as("another key").isFalse();
        assertThat(codes.matches(42, null, hash)).isFalse();
        assertThat(codes.matches(42, "482109375520", null)).isFalse();
    }

    @Test
    void shouldAskForEightToSixtyFourCharactersWithLettersAndDigitsNotTheNames() {
        String id = "331002199001011234";
        assertThat(PasswordRule.check("anquan2026", "anquan2026", "w-li", id)).isNull();
        assertThat(PasswordRule.check("安全第一abc123", "安全第一abc123", "w-li", id)).isNull();
        assertThat(PasswordRule.check("", "", "w-li", id)).isEqualTo(PasswordRule.Problem.EMPTY);
        assertThat(PasswordRule.check("ab12", "ab12", "w-li", id)).isEqualTo(PasswordRule.Problem.TOO_SHORT);
        assertThat(PasswordRule.check("a1".repeat(33), "a1".repeat(33), "w-li", id)).isEqualTo(PasswordRule.Problem.TOO_LONG);
        assertThat(PasswordRule.check("安全".repeat(12) + "a1", "x", "w-li", id))
                .as("more than bcrypt's 72 bytes").isEqualTo(PasswordRule.Problem.TOO_LONG);
        assertThat(PasswordRule.check("12345678", "12345678", "w-li", id)).isEqualTo(PasswordRule.Problem.NO_LETTER);
        assertThat(PasswordRule.check("abcdefgh", "abcdefgh", "w-li", id)).isEqualTo(PasswordRule.Problem.NO_DIGIT);
        assertThat(PasswordRule.check("x" + id, "x" + id, "w-li", id)).isEqualTo(PasswordRule.Problem.CONTAINS_NAME);
        assertThat(PasswordRule.check("Zhangwei2026", "Zhangwei2026", "zhangwei", null))
                .isEqualTo(PasswordRule.Problem.CONTAINS_NAME);
        assertThat(PasswordRule.check("anquan2026", "anquan2027", "w-li", id)).isEqualTo(PasswordRule.Problem.MISMATCH);
    }
}
