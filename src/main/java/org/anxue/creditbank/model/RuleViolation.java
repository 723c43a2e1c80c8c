package org.anxue.creditbank.model;

/** A credit-bank rule refuses the request; the message says which rule, in words. */
public final class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new RuleViolation(message);
        }
    }

    static void requireText(String value, String what) {
        require(value != null && !value.isBlank(), what + " is required");
    }
}
