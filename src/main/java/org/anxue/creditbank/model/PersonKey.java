package org.anxue.creditbank.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of a credit account: a person's 18-character resident identity number (居民身份证号).
 *
 * <p>The model checks only the shape (17 digits and a digit or {@code X}); the GB 11643 check digit is
 * validated where people are registered (the {@code org} feature), which then maps its validated number
 * onto this key. {@link #toString()} masks the number so that it does not leak into logs.
 */
public record PersonKey(String value) implements Comparable<PersonKey> {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");

    public PersonKey {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a person key is 17 digits and a digit or X, got " + value.length() + " characters");
        }
    }

    /** The number with all but its first 3 and last 4 characters hidden, for public pages. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public int compareTo(PersonKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
