package org.anxue.org.roster;

import java.io.Closeable;

/** The rows of an import file, read once from the top, without holding the whole file in memory. */
interface RowSource extends Closeable {

    /** Receives rows one by one; returns false to stop reading. */
    interface Handler {
        boolean row(SheetRow row) throws ImportFileException;
    }

    /** Reads rows (blank rows included) until the end or until {@code handler} returns false. */
    void read(Handler handler) throws ImportFileException;

    /** How much of the file has been read, 0 to 1. */
    double progress();

    /** The character set a CSV file was read in ("UTF-8", "GB18030"); null for spreadsheets. */
    default String charset() {
        return null;
    }
}
