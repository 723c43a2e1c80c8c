package org.anxue.catalog;

import java.util.List;

/**
 * Refuses a request whose input (400) or whose course (409, when it is not ready for what was
 * asked) has problems, listing every one of them. Nothing has been written when it is thrown.
 * {@link CatalogErrors} answers it in the user's language.
 */
public class CatalogInputException extends RuntimeException {

    private final int status;
    private final List<Problem> problems;

    public CatalogInputException(int status, List<Problem> problems) {
        super(status + " " + problems, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** 400 for input with these problems. */
    public static CatalogInputException invalid(List<Problem> problems) {
        return new CatalogInputException(400, problems);
    }

    public static CatalogInputException invalid(String field, String key, Object... args) {
        return invalid(List.of(Problem.of(field, key, args)));
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
