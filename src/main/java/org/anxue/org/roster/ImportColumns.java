package org.anxue.org.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of an import file holds which field, from its header row (the first row that is
 * not blank). Headers are matched by name, in any order, ignoring blanks and full-width forms;
 * other columns are ignored. 姓名, 身份证号 and 入职日期 are required, and 岗位类别 unless there is a
 * 岗位 column.
 */
final class ImportColumns {

    private final Map<RosterField, Integer> index;

    private ImportColumns(Map<RosterField, Integer> index) {
        this.index = index;
    }

    static ImportColumns of(SheetRow header) throws ImportFileException {
        Map<RosterField, Integer> index = new EnumMap<>(RosterField.class);
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<RosterField> field = RosterField.forHeader(header.cells().get(i));
            if (field.isPresent()) {
                if (index.containsKey(field.get())) {
                    throw new ImportFileException("fileDuplicateColumn", field.get().column());
                }
                index.put(field.get(), i);
            }
        }
        if (index.isEmpty()) {
            throw new ImportFileException("fileNoHeader", header.number(), expectedHeader());
        }
        List<RosterField> missing = new ArrayList<>();
        for (RosterField required : RosterField.REQUIRED_COLUMNS) {
            if (!index.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!index.containsKey(RosterField.POST_KIND) && !index.containsKey(RosterField.POST)) {
            missing.add(RosterField.POST_KIND);
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException("fileMissingColumns",
                    missing.stream().map(RosterField::column).collect(Collectors.joining("、")), expectedHeader());
        }
        return new ImportColumns(index);
    }

    /** The template's header, for messages: 姓名, 身份证号, 手机号, … */
    static String expectedHeader() {
        return RosterField.IMPORT_COLUMNS.stream().map(RosterField::column).collect(Collectors.joining(", "));
    }

    /** The text of {@code field} in {@code row}, stripped; null when blank or when the file has no such column. */
    String value(SheetRow row, RosterField field) {
        Integer i = index.get(field);
        return i == null ? null : row.cell(i);
    }

    EmployeeDraft draft(SheetRow row) {
        Integer idColumn = index.get(RosterField.ID_NUMBER);
        return new EmployeeDraft(value(row, RosterField.NAME), value(row, RosterField.ID_NUMBER),
                idColumn != null && row.isNumeric(idColumn), value(row, RosterField.PHONE), null,
                value(row, RosterField.DEPARTMENT), value(row, RosterField.POST_KIND), value(row, RosterField.OPERATION),
                null, value(row, RosterField.POST), value(row, RosterField.START_DATE));
    }

    /** Whether the row has nothing in any column the import reads (such rows are skipped). */
    boolean isEmpty(SheetRow row) {
        return index.values().stream().allMatch(i -> row.cell(i) == null);
    }
}
