package org.anxue.org;

/** A string that is not a valid 统一社会信用代码, with the reason. */
public class InvalidCreditCodeException extends IllegalArgumentException {

    private final CreditCode.Problem problem;

    public InvalidCreditCodeException(String value, CreditCode.Problem problem) {
        super("invalid credit code " + (value == null ? "null" : "'" + value + "'") + ": " + describe(problem));
        this.problem = problem;
    }

    public CreditCode.Problem problem() {
        return problem;
    }

    static String describe(CreditCode.Problem problem) {
        return switch (problem) {
            case EMPTY -> "it is empty";
            case WRONG_LENGTH -> "it must have 18 characters";
            case BAD_CHARACTERS -> "it may contain only digits and the capital letters other than I, O, S, V, Z";
            case UNKNOWN_AUTHORITY -> "its first character is not a known registering authority";
            case BAD_DIVISION -> "characters 3 to 8 must be the digits of an administrative division";
            case WRONG_CHECK_CHARACTER -> "its check character does not match (a typing error?)";
        };
    }
}
