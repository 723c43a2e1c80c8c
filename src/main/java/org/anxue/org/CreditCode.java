package org.anxue.org;

import java.util.Locale;

/**
 * A 统一社会信用代码 (unified social credit code, GB 32100-2015): the registering authority (1
 * character), the organisation type (1), the administrative division (6 digits), the organisation
 * code (9) and a check character computed over the first 17 characters modulo 31. The alphabet is
 * the digits and the capital letters without I, O, S, V and Z.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weights of the first 17 characters, 3^(i) mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /**
     * Registering authorities: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教,
     * 8 工会, 9 工商 (market regulation), A 中央军委改革和编制办公室, N 农业, Y others.
     */
    private static final String AUTHORITIES = "123456789ANY";

    /** Why a string is not a valid credit code, so that pages can say it in the user's language. */
    public enum Problem {
        EMPTY, WRONG_LENGTH, BAD_CHARACTERS, UNKNOWN_AUTHORITY, BAD_DIVISION, WRONG_CHECK_CHARACTER
    }

    public CreditCode {
        Problem problem = problemOf(value);
        if (problem != null) {
            throw new InvalidCreditCodeException(value, problem);
        }
    }

    /** Parses user input: surrounding blanks are dropped and letters are taken as capitals. */
    public static CreditCode parse(String raw) {
        return new CreditCode(normalize(raw));
    }

    public static boolean isValid(String raw) {
        return problemOf(normalize(raw)) == null;
    }

    /** What is wrong with {@code value} (already normalised), or null when nothing is. */
    public static Problem problemOf(String value) {
        if (value == null || value.isEmpty()) {
            return Problem.EMPTY;
        }
        if (value.length() != 18) {
            return Problem.WRONG_LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Problem.BAD_CHARACTERS;
            }
        }
        if (AUTHORITIES.indexOf(value.charAt(0)) < 0) {
            return Problem.UNKNOWN_AUTHORITY;
        }
        for (int i = 2; i < 8; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Problem.BAD_DIVISION;
            }
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Problem.WRONG_CHECK_CHARACTER;
        }
        return null;
    }

    /** The check character for the first 17 characters (all from the code's alphabet). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the credit code alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The 6-digit administrative division code of the registering authority. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }
}
