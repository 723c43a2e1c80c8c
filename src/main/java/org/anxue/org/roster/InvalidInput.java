package org.anxue.org.roster;

import java.util.List;

/**
 * Input that failed the roster's checks, field by field: 400 (or 409 when it clashes with what is
 * already there, such as an employee who is already employed here). Pages show each problem next
 * to its field; the API answers with all of them ({@link RosterErrorMapper}).
 */
public class InvalidInput extends RuntimeException {

    private final int status;
    private final List<Problem> problems;

    public InvalidInput(int status, List<Problem> problems) {
        super(status + " " + problems, null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(List<Problem> problems) {
        this(400, problems);
    }

    public static InvalidInput of(int status, Problem problem) {
        return new InvalidInput(status, List.of(problem));
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
