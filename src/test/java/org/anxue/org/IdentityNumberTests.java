package org.anxue.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Samples were computed independently of this code (weights 2^(17-i) mod 11, remainders 1 0 X 9 8 7 6 5 4 3 2). */
class IdentityNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void shouldAcceptNumbersWhoseCheckDigitMatches() {
        assertNull(IdentityNumber.problemOf("331002198503120036", TODAY));
        assertNull(IdentityNumber.problemOf("331003199001010612", TODAY));
        assertNull(IdentityNumber.problemOf("331022199001010021", TODAY));
    }

    @Test
    void shouldAcceptACheckCharacterX() {
        assertNull(IdentityNumber.problemOf("11010519491231002X", TODAY));
        assertEquals('X', IdentityNumber.checkCharacter("11010519491231002"));
    }

    @Test
    void shouldTakeALowerCaseXAndBlanksFromUserInput() {
        assertEquals("11010519491231002X", IdentityNumber.parse(" 11010519491231002x ").value());
    }

    @Test
    void shouldAcceptTheLeapDayOfALeapYear() {
        assertNull(IdentityNumber.problemOf("331004200002290048", TODAY));
    }

    @Test
    void shouldRejectAWrongCheckDigit() {
        assertEquals(IdentityNumber.Problem.WRONG_CHECK_CHARACTER,
                IdentityNumber.problemOf("331002198503120037", TODAY));
        // two adjacent digits of the sequence swapped: the most common typing error
        assertEquals(IdentityNumber.Problem.WRONG_CHECK_CHARACTER,
                IdentityNumber.problemOf("331002198503120306", TODAY));
        assertEquals(IdentityNumber.Problem.WRONG_CHECK_CHARACTER,
                IdentityNumber.problemOf("313002198503120036", TODAY));
    }

    @Test
    void shouldRejectTheOldFifteenDigitFormAndOtherLengths() {
        assertEquals(IdentityNumber.Problem.WRONG_LENGTH, IdentityNumber.problemOf("331002850312003", TODAY));
        assertEquals(IdentityNumber.Problem.WRONG_LENGTH, IdentityNumber.problemOf("3310021985031200361", TODAY));
        assertEquals(IdentityNumber.Problem.EMPTY, IdentityNumber.problemOf("", TODAY));
        assertEquals(IdentityNumber.Problem.EMPTY, IdentityNumber.problemOf(null, TODAY));
    }

    @Test
    void shouldRejectLettersAndFullWidthDigits() {
        assertEquals(IdentityNumber.Problem.NOT_DIGITS, IdentityNumber.problemOf("33100219850312003A", TODAY));
        assertEquals(IdentityNumber.Problem.NOT_DIGITS, IdentityNumber.problemOf("3310021985031200X6", TODAY));
        assertEquals(IdentityNumber.Problem.NOT_DIGITS, IdentityNumber.problemOf("３31002198503120036", TODAY));
    }

    @Test
    void shouldRejectAnUnknownProvinceEvenWithAMatchingCheckDigit() {
        assertEquals(IdentityNumber.Problem.UNKNOWN_REGION, IdentityNumber.problemOf("001002199001010011", TODAY));
    }

    @Test
    void shouldRejectImpossibleBirthDatesEvenWithAMatchingCheckDigit() {
        // 30 February
        assertEquals(IdentityNumber.Problem.IMPOSSIBLE_BIRTH_DATE,
                IdentityNumber.problemOf("331002202302300013", TODAY));
        // born in 2030
        assertEquals(IdentityNumber.Problem.IMPOSSIBLE_BIRTH_DATE,
                IdentityNumber.problemOf("331002203001010017", TODAY));
        // born in 1899
        assertEquals(IdentityNumber.Problem.IMPOSSIBLE_BIRTH_DATE,
                IdentityNumber.problemOf("331002189912310012", TODAY));
    }

    @Test
    void shouldReadBirthDateSexAndRegion() {
        IdentityNumber man = IdentityNumber.parse("331002198503120036");
        assertEquals(LocalDate.of(1985, 3, 12), man.birthDate());
        assertEquals(Gender.MALE, man.gender());
        assertEquals("331002", man.regionCode());
        assertEquals(Gender.FEMALE, IdentityNumber.parse("331022199001010021").gender());
    }

    @Test
    void shouldHideBirthDateAndSequenceWhenPrinted() {
        assertEquals("331002********0036", IdentityNumber.parse("331002198503120036").toString());
    }

    @Test
    void shouldRefuseToConstructAnInvalidNumberAndSayWhy() {
        InvalidIdentityNumberException e = assertThrows(InvalidIdentityNumberException.class,
                () -> IdentityNumber.parse("331002198503120037"));
        assertEquals(IdentityNumber.Problem.WRONG_CHECK_CHARACTER, e.problem());
        assertTrue(e.getMessage().contains("check character"), e.getMessage());
        assertFalse(IdentityNumber.isValid("331002198503120037"));
        assertTrue(IdentityNumber.isValid("331002198503120036"));
    }
}
