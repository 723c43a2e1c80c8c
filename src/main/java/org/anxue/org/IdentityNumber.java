package org.anxue.org;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A 18-digit 居民身份证号 (resident identity number, GB 11643-1999): a 6-digit region code, the
 * birth date as yyyyMMdd, a 3-digit sequence whose parity gives the sex, and a check character
 * (0-9 or X) computed over the first 17 digits modulo 11. The old 15-digit form is not accepted.
 */
public record IdentityNumber(String value) {

    /** Weights of the first 17 digits, 2^(17-i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for each remainder of the weighted sum modulo 11. */
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes (GB/T 2260) that open every valid number; 71, 81, 82 for Taiwan, Hong Kong, Macao. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    /** The earliest birth date taken as plausible. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Why a string is not a valid identity number, so that pages can say it in the user's language. */
    public enum Problem {
        EMPTY, WRONG_LENGTH, NOT_DIGITS, UNKNOWN_REGION, IMPOSSIBLE_BIRTH_DATE, WRONG_CHECK_CHARACTER
    }

    public IdentityNumber {
        Problem problem = problemOf(value, LocalDate.now(CHINA));
        if (problem != null) {
            throw new InvalidIdentityNumberException(value, problem);
        }
    }

    /** Parses user input: surrounding blanks are dropped and a lower-case x is taken as X. */
    public static IdentityNumber parse(String raw) {
        return new IdentityNumber(normalize(raw));
    }

    /** True when {@code raw}, normalised as {@link #parse} does, is a valid identity number today. */
    public static boolean isValid(String raw) {
        return problemOf(normalize(raw), LocalDate.now(CHINA)) == null;
    }

    /** What is wrong with {@code value} (already normalised) on {@code today}, or null when nothing is. */
    public static Problem problemOf(String value, LocalDate today) {
        if (value == null || value.isEmpty()) {
            return Problem.EMPTY;
        }
        if (value.length() != 18) {
            return Problem.WRONG_LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return Problem.NOT_DIGITS;
            }
        }
        char last = value.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Problem.NOT_DIGITS;
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return Problem.UNKNOWN_REGION;
        }
        LocalDate birth = birthDateOf(value);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Problem.IMPOSSIBLE_BIRTH_DATE;
        }
        if (checkCharacter(value.substring(0, 17)) != last) {
            return Problem.WRONG_CHECK_CHARACTER;
        }
        return null;
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The sequence digit (the 17th character) is odd for men and even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The 6-digit administrative division code of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** The number with the birth date and sequence hidden, for lists and logs: 331002********0036. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
