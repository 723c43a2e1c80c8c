package org.anxue.security.activation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The minimum strength of a password a person chooses (on activation or when changing it): 8 to
 * 64 characters, at least one letter and one digit, and not containing the username or the ID
 * number. bcrypt reads only the first 72 bytes, so longer passwords are refused rather than
 * silently cut.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    /** What is wrong with a chosen password; pages name it in the user's language. */
    public enum Problem {
        EMPTY, TOO_SHORT, TOO_LONG, NO_LETTER, NO_DIGIT, CONTAINS_NAME, MISMATCH
    }

    private PasswordRule() {
    }

    /**
     * The first problem of {@code password} (typed twice, the second time as {@code repeated}),
     * for the account with {@code username} and, for workers, {@code idNumber}; null when it is fine.
     */
    public static Problem check(String password, String repeated, String username, String idNumber) {
        if (password == null || password.isEmpty()) {
            return Problem.EMPTY;
        }
        if (password.length() < MIN_LENGTH) {
            return Problem.TOO_SHORT;
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Problem.TOO_LONG;
        }
        if (password.codePoints().noneMatch(Character::isLetter)) {
            return Problem.NO_LETTER;
        }
        if (password.codePoints().noneMatch(c -> c >= '0' && c <= '9')) {
            return Problem.NO_DIGIT;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (contains(lower, username) || contains(lower, idNumber)) {
            return Problem.CONTAINS_NAME;
        }
        if (repeated == null || !repeated.equals(password)) {
            return Problem.MISMATCH;
        }
        return null;
    }

    private static boolean contains(String lowerPassword, String name) {
        return name != null && name.length() >= 4 && lowerPassword.contains(name.toLowerCase(Locale.ROOT));
    }
}
