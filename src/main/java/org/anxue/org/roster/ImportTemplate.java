package org.anxue.org.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template (.xlsx) for a company: the sheet 员工名单 with the header row, ID and phone
 * columns formatted as text (so Excel keeps all 18 digits), the date column as a date, and
 * drop-down lists of the post kinds, special operations, and the company's own departments and
 * posts; the sheet 填写说明 explains each column and holds those lists.
 */
final class ImportTemplate {

    static final String DATA_SHEET = "员工名单";
    static final String HELP_SHEET = "填写说明";
    /** Rows of the data sheet that get the drop-downs. */
    private static final int ROWS = 10_000;

    private ImportTemplate() {
    }

    static void write(CompanyDirectory directory, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet data = workbook.createSheet(DATA_SHEET);
            XSSFSheet help = workbook.createSheet(HELP_SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            List<RosterField> columns = RosterField.IMPORT_COLUMNS;
            Row header = data.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                RosterField field = columns.get(i);
                header.createCell(i).setCellValue(field.column());
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, (field == RosterField.ID_NUMBER ? 22 : field == RosterField.OPERATION ? 26 : 16) * 256);
                if (field == RosterField.ID_NUMBER || field == RosterField.PHONE) {
                    data.setDefaultColumnStyle(i, text);
                } else if (field == RosterField.START_DATE) {
                    data.setDefaultColumnStyle(i, date);
                }
            }
            data.createFreezePane(0, 1);

            int line = 0;
            Row title = help.createRow(line++);
            title.createCell(0).setCellValue("员工批量导入：填写说明");
            title.getCell(0).setCellStyle(bold);
            for (String note : List.of(
                    "在“" + DATA_SHEET + "”表中每行填写一名员工，第一行是列名，请勿修改；列的顺序可以调整，多余的列会被忽略。",
                    "必填：姓名、身份证号、入职日期，以及岗位类别（填了已有岗位时可不填）。特种作业人员还须填写特种作业类别。",
                    "身份证号：18 位居民身份证号。该列已设为文本格式；如从别处粘贴，请确认没有变成 3.31E+17 这样的数字。",
                    "手机号：选填。部门：选填，须是本企业已有的部门，下级部门可写完整路径，如“生产部/一车间”。",
                    "岗位：选填，须是本企业已有的岗位；不填时，员工归入与岗位类别同名的标准岗位。",
                    "入职日期：如 2024-03-01。",
                    "同一文件中身份证号不能重复；已在本企业在职的人不能重复导入。上传后会先逐行检查并列出问题，确认后才导入。")) {
                help.createRow(line++).createCell(0).setCellValue(note);
            }
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(1, 30 * 256);
            help.setColumnWidth(2, 24 * 256);
            help.setColumnWidth(3, 20 * 256);

            line++;
            int listHeader = line;
            Row listTitles = help.createRow(listHeader);
            String[] titles = {RosterField.POST_KIND.column(), RosterField.OPERATION.column(), RosterField.DEPARTMENT.column(),
                    RosterField.POST.column()};
            for (int i = 0; i < titles.length; i++) {
                listTitles.createCell(i).setCellValue(titles[i]);
                listTitles.getCell(i).setCellStyle(bold);
            }
            List<List<String>> lists = new ArrayList<>();
            lists.add(java.util.Arrays.stream(PostKind.values()).map(PostKind::label).toList());
            lists.add(java.util.Arrays.stream(SpecialOperation.values()).map(SpecialOperation::label).toList());
            lists.add(directory.departments().stream().map(CompanyDirectory.Dept::path).toList());
            lists.add(directory.posts().stream().map(CompanyDirectory.PostRef::name).toList());
            int longest = lists.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < longest; r++) {
                Row row = help.createRow(listHeader + 1 + r);
                for (int c = 0; c < lists.size(); c++) {
                    if (r < lists.get(c).size()) {
                        row.createCell(c).setCellValue(lists.get(c).get(r));
                    }
                }
            }

            DataValidationHelper helper = data.getDataValidationHelper();
            RosterField[] listed = {RosterField.POST_KIND, RosterField.OPERATION, RosterField.DEPARTMENT, RosterField.POST};
            for (int c = 0; c < listed.length; c++) {
                int size = lists.get(c).size();
                if (size == 0) {
                    continue;
                }
                String letter = String.valueOf((char) ('A' + c));
                String range = "'" + HELP_SHEET + "'!$" + letter + "$" + (listHeader + 2) + ":$" + letter + "$"
                        + (listHeader + 1 + size);
                int column = columns.indexOf(listed[c]);
                DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                        new CellRangeAddressList(1, ROWS, column, column));
                validation.setShowErrorBox(false);
                data.addValidationData(validation);
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }
}
