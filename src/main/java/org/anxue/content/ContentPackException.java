package org.anxue.content;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be loaded, with every problem found and where it is. */
public class ContentPackException extends RuntimeException {

    /** One problem: the file, the line of the row (0 when the whole file is concerned), what is wrong. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
        }
    }

    private final List<Problem> problems;

    public ContentPackException(String pack, List<Problem> problems) {
        super("content pack " + pack + " was not loaded (nothing was changed): " + problems.size() + " problem(s)\n  "
                + problems.stream().limit(50).map(Problem::toString).collect(Collectors.joining("\n  "))
                + (problems.size() > 50 ? "\n  …" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
