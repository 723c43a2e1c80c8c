package org.anxue.org;

/** A string that is not a valid 居民身份证号, with the reason. */
public class InvalidIdentityNumberException extends IllegalArgumentException {

    private final IdentityNumber.Problem problem;

    public InvalidIdentityNumberException(String value, IdentityNumber.Problem problem) {
        super("invalid identity number " + quote(value) + ": " + describe(problem));
        this.problem = problem;
    }

    public IdentityNumber.Problem problem() {
        return problem;
    }

    static String describe(IdentityNumber.Problem problem) {
        return switch (problem) {
            case EMPTY -> "it is empty";
            case WRONG_LENGTH -> "it must have 18 characters";
            case NOT_DIGITS -> "it must be 17 digits followed by a digit or X";
            case UNKNOWN_REGION -> "it does not start with a known province code";
            case IMPOSSIBLE_BIRTH_DATE -> "its birth date is not a real date between 1900 and today";
            case WRONG_CHECK_CHARACTER -> "its check character does not match (a typing error?)";
        };
    }

    private static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
