package org.anxue.org.roster;

import java.util.BitSet;
import java.util.List;

/**
 * One row of a spreadsheet or CSV file: its number as the spreadsheet shows it (1 for the first
 * line), its cells as text (dates as 2024-03-01), and which cells held numbers rather than text.
 */
public record SheetRow(int number, List<String> cells, BitSet numeric) {

    /** The text of cell {@code index}, stripped; null when the row has no such cell or it is blank. */
    public String cell(int index) {
        return index < cells.size() ? EmployeeRules.text(cells.get(index)) : null;
    }

    public boolean isNumeric(int index) {
        return numeric.get(index);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
