package org.anxue.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Samples were computed independently of this code (weights 3^i mod 31, check = (31 - sum mod 31) mod 31). */
class CreditCodeTests {

    @Test
    void shouldAcceptCodesWhoseCheckCharacterMatches() {
        assertNull(CreditCode.problemOf("91331000148123453J"));
        assertNull(CreditCode.problemOf("91331003723456781H"));
        assertNull(CreditCode.problemOf("913310027045221309"));
        assertNull(CreditCode.problemOf("933310020000000007"));
    }

    @Test
    void shouldAcceptOtherRegisteringAuthorities() {
        assertNull(CreditCode.problemOf("12331000000001230B"));
        assertNull(CreditCode.problemOf("52331000000000000H"));
        assertNull(CreditCode.problemOf("Y1331000000000000T"));
    }

    @Test
    void shouldComputeTheCheckCharacter() {
        assertEquals('J', CreditCode.checkCharacter("91331000148123453"));
        assertEquals('9', CreditCode.checkCharacter("91331002704522130"));
        assertEquals('T', CreditCode.checkCharacter("Y1331000000000000"));
    }

    @Test
    void shouldTakeLowerCaseLettersAndBlanksFromUserInput() {
        assertEquals("91331000148123453J", CreditCode.parse(" 91331000148123453j").value());
    }

    @Test
    void shouldRejectAWrongCheckCharacter() {
        assertEquals(CreditCode.Problem.WRONG_CHECK_CHARACTER, CreditCode.problemOf("91331000148123453K"));
        assertEquals(CreditCode.Problem.WRONG_CHECK_CHARACTER, CreditCode.problemOf("91331000418123453J"));
    }

    @Test
    void shouldRejectLettersOutsideTheAlphabet() {
        // I, O, S, V and Z are never used
        assertEquals(CreditCode.Problem.BAD_CHARACTERS, CreditCode.problemOf("91331000148123453I"));
        assertEquals(CreditCode.Problem.BAD_CHARACTERS, CreditCode.problemOf("9133100014812345OJ"));
        assertEquals(CreditCode.Problem.BAD_CHARACTERS, CreditCode.problemOf("91331000-48123453J"));
    }

    @Test
    void shouldRejectWrongLengthsAndEmptyInput() {
        assertEquals(CreditCode.Problem.WRONG_LENGTH, CreditCode.problemOf("91331000148123453"));
        assertEquals(CreditCode.Problem.WRONG_LENGTH, CreditCode.problemOf("14812345-3"));
        assertEquals(CreditCode.Problem.EMPTY, CreditCode.problemOf(""));
        assertEquals(CreditCode.Problem.EMPTY, CreditCode.problemOf(null));
    }

    @Test
    void shouldRejectAnUnknownAuthorityOrADivisionWithLetters() {
        assertEquals(CreditCode.Problem.UNKNOWN_AUTHORITY, CreditCode.problemOf("B1331000148123453J"));
        assertEquals(CreditCode.Problem.BAD_DIVISION, CreditCode.problemOf("9133A000148123453J"));
    }

    @Test
    void shouldRefuseToConstructAnInvalidCodeAndSayWhy() {
        InvalidCreditCodeException e = assertThrows(InvalidCreditCodeException.class,
                () -> CreditCode.parse("91331000148123453K"));
        assertEquals(CreditCode.Problem.WRONG_CHECK_CHARACTER, e.problem());
        assertTrue(e.getMessage().contains("check character"), e.getMessage());
        assertFalse(CreditCode.isValid("91331000148123453K"));
        assertEquals("331000", CreditCode.parse("91331000148123453J").divisionCode());
    }
}
