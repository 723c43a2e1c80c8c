package org.anxue.org.roster;

/**
 * Makes text safe to put in a spreadsheet cell. A spreadsheet program that opens an exported file
 * takes a cell starting with = + - or @ as a formula (and tab or a line break before one as
 * padding): a name typed as {@code =HYPERLINK(...)} would run when the admin opens the export
 * (CSV/formula injection). Such text gets a leading apostrophe, which Excel and LibreOffice show
 * as plain text.
 */
public final class CellText {

    private CellText() {
    }

    /** {@code text}, or {@code 'text} when it starts with a character that could start a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠' -> "'" + text;
            default -> text;
        };
    }
}
