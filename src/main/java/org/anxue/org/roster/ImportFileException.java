package org.anxue.org.roster;

import java.util.List;

/**
 * A whole import file refused: not a spreadsheet, password-protected, damaged, empty, without the
 * needed columns, too big. The message is {@code roster:<key>} with {@code args}.
 */
public class ImportFileException extends Exception {

    private final int status;
    private final String key;
    private final List<String> args;

    public ImportFileException(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public ImportFileException(String key, Object... args) {
        this(400, key, args);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
