package org.anxue.oversight.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.anxue.web.Pdfs;

/**
 * A stored report as .xlsx (Apache POI: a sheet per breakdown) and as an A4 PDF (openhtmltopdf with the bundled
 * WenQuanYi Micro Hei font). Both show only the stored figures, so an export of an issued report never changes.
 */
@ApplicationScoped
public class ReportExports {

    /** Column headings (zh-CN / English), in the order of {@link #values}. */
    static final List<String> HEADINGS = List.of("单位/行业 Area/industry", "从业人员 People", "参训人数 Trained",
            "线上计入学时 Online hours", "课程完成 Completions", "达标 Met", "统计人数 Judged", "达标率% Met %",
            "学习异常 Anomalies", "抽考场次 Spot exams", "抽考人数 Examined", "合格 Passed", "合格率% Pass %");


    static List<Object> values(Figures.Row r) {
        return java.util.Arrays.asList(r.name(), r.people(), r.trained(), r.onlineHours(), r.completions(), r.met(),
                r.judged(), r.metPercent(), r.anomalies(), r.spotExams(), r.examTakers(), r.examPassed(), r.passPercent());
    }

    /** The report's title, e.g. {@code 台州市应急管理局 2026-10 月度报告 (v2)}. */
    public static String title(Reports.Report report) {
        Figures f = report.figures();
        return f.bureauName() + " " + f.period() + ("MONTH".equals(f.kind()) ? " 月度报告" : " 季度通报")
                + " (v" + report.summary().version() + ")";
    }

    public byte[] xlsx(Reports.Report report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(book.createSheet("按区县 By area"), report, report.figures().byArea(), bold);
            sheet(book.createSheet("按行业 By industry"), report, report.figures().byIndustry(), bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Reports.Report report, List<Figures.Row> rows, CellStyle bold) {
        Figures f = report.figures();
        sheet.createRow(0).createCell(0).setCellValue(title(report));
        sheet.createRow(1).createCell(0).setCellValue("统计周期 Period: " + f.periodFrom() + " – " + f.periodUntil()
                + "；生成 Generated " + report.summary().generatedAt() + " " + report.summary().generatedBy());
        Row head = sheet.createRow(3);
        for (int i = 0; i < HEADINGS.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(HEADINGS.get(i));
            cell.setCellStyle(bold);
        }
        int n = 4;
        for (Figures.Row row : rows) {
            fill(sheet.createRow(n++), row, null);
        }
        fill(sheet.createRow(n), f.total(), bold);
        sheet.getRow(n).getCell(0).setCellValue("合计 Total");
        sheet.setColumnWidth(0, 36 * 256);
    }

    private static void fill(Row row, Figures.Row r, CellStyle style) {
        List<Object> values = values(r);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object v = values.get(i);
            if (v instanceof Number number) {
                cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    public byte[] pdf(Reports.Report report) {
        Figures f = report.figures();
        StringBuilder html = new StringBuilder(8192);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(Pdfs.escape(title(report))).append("</title><style>")
                .append("@page { size: A4 landscape; margin: 14mm 12mm; }")
                .append("body { font-family: 'cjk'; font-size: 9pt; color: #111; }")
                .append("h1 { font-size: 16pt; text-align: center; margin: 0 0 3mm 0; }")
                .append("h2 { font-size: 11pt; margin: 5mm 0 1mm 0; }")
                .append("table { width: 100%; border-collapse: collapse; }")
                .append("td, th { border: 0.5pt solid #777; padding: 1mm 1.5mm; text-align: right; }")
                .append("th { background: #eee; font-weight: normal; text-align: center; }")
                .append("td.name { text-align: left; } tr.total td { font-weight: bold; }")
                .append("</style></head><body>");
        html.append("<h1>").append(Pdfs.escape(title(report))).append("</h1>");
        html.append("<p>统计周期：").append(f.periodFrom()).append(" 至 ").append(f.periodUntil()).append("；生成时间：")
                .append(Pdfs.escape(String.valueOf(report.summary().generatedAt()))).append("；生成人：")
                .append(Pdfs.escape(report.summary().generatedBy())).append("</p>");
        table(html, "按区县", f.byArea(), f.total());
        table(html, "按行业", f.byIndustry(), f.total());
        html.append("<p>口径：参训人数为本期有线上课程完成或线下培训记录（未冲正）的在职人员；达标率为学分银行按其规则、以本期最后一日为基准日计算的年度学时证明状态；"
                + "学习异常为本期记录的学习时长异常；抽考按检查日期计入被检查企业。</p>");
        html.append("</body></html>");
        return Pdfs.render(html.toString());
    }

    private static void table(StringBuilder html, String heading, List<Figures.Row> rows, Figures.Row total) {
        html.append("<h2>").append(heading).append("</h2><table><tr>");
        for (String h : HEADINGS) {
            html.append("<th>").append(Pdfs.escape(h.substring(0, h.indexOf(' ')))).append("</th>");
        }
        html.append("</tr>");
        for (Figures.Row r : rows) {
            cells(html, r, false);
        }
        cells(html, total, true);
        html.append("</table>");
    }

    private static void cells(StringBuilder html, Figures.Row r, boolean total) {
        html.append(total ? "<tr class=\"total\">" : "<tr>");
        List<Object> values = values(r);
        for (int i = 0; i < values.size(); i++) {
            Object v = i == 0 && total ? "合计" : values.get(i);
            html.append(i == 0 ? "<td class=\"name\">" : "<td>").append(v == null ? "—" : Pdfs.escape(v.toString())).append("</td>");
        }
        html.append("</tr>");
    }

}
