package org.anxue.org.roster;

import java.util.List;

/**
 * The roster changed between an import's check and its commit (the same person was added by hand,
 * a department was deleted, …): the commit's transaction rolls back and the import fails with
 * this message ({@code roster:<key>}).
 */
class ImportConflict extends RuntimeException {

    final String key;
    final List<String> args;

    ImportConflict(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
