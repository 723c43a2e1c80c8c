package org.anxue.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsrfTokensTests {

    private final CsrfTokens tokens = new CsrfTokens(Optional.of("a-test-key-of-more-than-32-characters"));

    @Test
    void shouldAcceptAFormThatRepeatsTheCookiesToken() {
        String token = tokens.newToken();
        assertTrue(tokens.isGenuine(token));
        assertTrue(tokens.accepts(token, token));
    }

    @Test
    void shouldMakeADifferentTokenEachTime() {
        assertNotEquals(tokens.newToken(), tokens.newToken());
    }

    @Test
    void shouldRefuseAFormWithoutTheTokenOrWithAnotherOne() {
        String token = tokens.newToken();
        assertFalse(tokens.accepts(token, null));
        assertFalse(tokens.accepts(token, ""));
        assertFalse(tokens.accepts(token, tokens.newToken()));
        assertFalse(tokens.accepts(null, token));
    }

    @Test
    void shouldRefuseATokenThatAnxueDidNotSign() {
        String token = tokens.newToken();
        String random = token.substring(0, token.indexOf('.'));
        String tampered = random + "." + "x".repeat(43);
        assertFalse(tokens.isGenuine(tampered));
        // a cookie planted by someone who chose its value is refused even when the form repeats it
        assertFalse(tokens.accepts(tampered, tampered));
        assertFalse(tokens.accepts("chosen-by-attacker", "chosen-by-attacker"));
    }

    @Test
    void shouldRefuseTokensSignedWithAnotherKey() {
        String foreign = new CsrfTokens(Optional.of("another-key-of-more-than-32-characters!")).newToken();
        assertFalse(tokens.isGenuine(foreign));
        assertFalse(tokens.accepts(foreign, foreign));
    }

    @Test
    void shouldAcceptTokensOfAnotherReplicaWithTheSameKey() {
        String fromOtherReplica = new CsrfTokens(Optional.of("a-test-key-of-more-than-32-characters")).newToken();
        assertTrue(tokens.accepts(fromOtherReplica, fromOtherReplica));
    }
}
