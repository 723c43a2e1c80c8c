package org.anxue.oversight.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The subsidy report as .xlsx (zh-CN headers, the bureau's working language): sheet 明细 with one row per
 * certificate (培训机构 by name, （未记录） when the entry records none), 按企业 and 按机构 with the totals, the last row
 * of each being the total. Streaming (SXSSF, 100 rows in
 * memory): for 100,000 certificates an in-memory workbook allocated about 20 times as much and took 5 times as long (SubsidyWorkbookBenchmark).
 */
final class SubsidyWorkbook {

    /** What the institution cells say for a certificate recorded without a training institution. */
    static final String NOT_RECORDED = "（未记录）";

    private SubsidyWorkbook() {
    }

    static byte[] of(SubsidyReport.Report report) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet rows = book.createSheet("明细");
            header(rows, "姓名", "身份证号", "企业", "培训机构", "作业类别", "证书编号", "发证日期", "补贴类别", "补贴金额（元）");
            int n = 1;
            for (SubsidyReport.Row r : report.rows()) {
                Row x = rows.createRow(n++);
                x.createCell(0).setCellValue(r.name());
                x.createCell(1).setCellValue(r.idNumber());
                x.createCell(2).setCellValue(r.companyName());
                x.createCell(3).setCellValue(r.institutionName() == null ? NOT_RECORDED : r.institutionName());
                x.createCell(4).setCellValue(r.operationType());
                x.createCell(5).setCellValue(r.certificateNumber());
                x.createCell(6).setCellValue(r.issuedOn().toString());
                x.createCell(7).setCellValue(category(r.category()));
                x.createCell(8).setCellValue(r.amount());
            }
            Row sum = rows.createRow(n);
            sum.createCell(0).setCellValue("合计");
            sum.createCell(8).setCellValue(report.total().amount());
            totals(book.createSheet("按企业"), "企业", report.byCompany(), report.total());
            totals(book.createSheet("按机构"), "培训机构", report.byInstitution(), report.total());
            Sheet about = book.createSheet("说明");
            about.createRow(0).createCell(0).setCellValue(report.bureauName() + " 补贴统计 " + report.from() + " 至 " + report.until());
            int i = 1;
            for (var e : report.rates().entrySet()) {
                Row x = about.createRow(i++);
                x.createCell(0).setCellValue(category(e.getKey()));
                x.createCell(1).setCellValue(e.getValue());
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void totals(Sheet sheet, String what, List<SubsidyReport.Total> totals, SubsidyReport.Total all) {
        header(sheet, what, "人次", "主要负责人和安管员取证", "特种作业新取证", "复审", "补贴金额（元）");
        int n = 1;
        for (SubsidyReport.Total t : totals) {
            line(sheet.createRow(n++), t.name() == null || t.name().isEmpty() ? NOT_RECORDED : t.name(), t);
        }
        line(sheet.createRow(n), "合计", all);
    }

    private static void line(Row x, String name, SubsidyReport.Total t) {
        x.createCell(0).setCellValue(name);
        x.createCell(1).setCellValue(t.count());
        x.createCell(2).setCellValue(t.byCategory().get(SubsidyRates.Category.PRINCIPAL_MANAGER));
        x.createCell(3).setCellValue(t.byCategory().get(SubsidyRates.Category.NEW_SPECIAL_OPERATION));
        x.createCell(4).setCellValue(t.byCategory().get(SubsidyRates.Category.REVIEW));
        x.createCell(5).setCellValue(t.amount());
    }

    private static void header(Sheet sheet, String... names) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            h.createCell(i).setCellValue(names[i]);
        }
    }

    static String category(SubsidyRates.Category c) {
        return switch (c) {
            case PRINCIPAL_MANAGER -> "主要负责人和安管员取证";
            case NEW_SPECIAL_OPERATION -> "特种作业操作证新取证";
            case REVIEW -> "复审";
        };
    }
}
