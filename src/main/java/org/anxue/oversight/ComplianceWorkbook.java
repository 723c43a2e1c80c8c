package org.anxue.oversight;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.anxue.org.Industry;
import org.anxue.org.Labelled;
import org.anxue.org.PostKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The compliance dashboard as .xlsx (zh-CN headers, the bureau's working language): 概况 (the rates), 企业排名
 * (every company, ranked), 未达标人员 (everyone behind, not only the listed, in ID-number order as the dashboard's
 * pass finds them), 异常（企业） and 异常（机构）. Streaming (SXSSF, 100 rows in memory per sheet), so the people
 * behind never sit in memory together, however many there are.
 */
final class ComplianceWorkbook implements AutoCloseable {

    private final SXSSFWorkbook book = new SXSSFWorkbook(100);
    private final Sheet summary = book.createSheet("概况");
    private final Sheet companies = book.createSheet("企业排名");
    private final Sheet behind = book.createSheet("未达标人员");
    private int behindRows = 1;

    ComplianceWorkbook() {
        header(behind, "姓名", "身份证号", "企业", "岗位类别", "培训类型", "应修学时", "已获学时", "欠缺学时");
    }

    /** One person behind, as the dashboard's pass finds them. */
    void behind(ComplianceDashboard.Behind b) {
        Row x = behind.createRow(behindRows++);
        x.createCell(0).setCellValue(b.name());
        x.createCell(1).setCellValue(b.maskedIdNumber());
        x.createCell(2).setCellValue(b.companyName());
        x.createCell(3).setCellValue(postKind(b.postKind()));
        x.createCell(4).setCellValue(b.trainingType());
        number(x, 5, b.required());
        number(x, 6, b.total());
        number(x, 7, b.missing());
    }

    /** The rest of the dashboard, then the whole workbook to {@code out}. */
    void finish(ComplianceDashboard.Dashboard d, OutputStream out) {
        int n = 0;
        summary.createRow(n++).createCell(0).setCellValue(d.bureauName() + " " + d.year() + " 年度达标情况（" + d.today() + "）");
        header(summary.createRow(n++), "项目", "达标", "应统计", "比率（%）");
        share(summary.createRow(n++), "达标率（全部）", d.overall());
        share(summary.createRow(n++), "特种作业持证上岗率", d.certified());
        summary.createRow(n++).createCell(0).setCellValue("无法计算的人员：" + d.skipped());
        for (ComplianceDashboard.Share s : d.byPostKind()) {
            share(summary.createRow(n++), "岗位：" + postKind(s.key()), s);
        }
        for (ComplianceDashboard.Share s : d.byIndustry()) {
            share(summary.createRow(n++), "行业：" + industry(s.key()), s);
        }
        header(companies, "名次", "企业", "行业", "在职人数", "达标", "未达标", "无法计算", "达标率（%）");
        int rank = 1;
        for (ComplianceDashboard.CompanyRow c : d.companies()) {
            Row x = companies.createRow(rank);
            x.createCell(0).setCellValue(rank++);
            x.createCell(1).setCellValue(c.name());
            x.createCell(2).setCellValue(industry(c.industry()));
            x.createCell(3).setCellValue(c.people());
            x.createCell(4).setCellValue(c.met());
            x.createCell(5).setCellValue(c.notMet());
            x.createCell(6).setCellValue(c.skipped());
            percent(x, 7, c.percent());
        }
        Sheet byCompany = book.createSheet("异常（企业）");
        header(byCompany, "企业", "异常次数", "涉及人数", "涉及时长（分钟）");
        int i = 1;
        for (ComplianceDashboard.Anomalies a : d.anomalies()) {
            anomalies(byCompany.createRow(i++), a.name(), a.anomalies(), a.people(), a.affectedMinutes());
        }
        Sheet byInstitution = book.createSheet("异常（机构）");
        header(byInstitution, "培训机构", "异常次数", "涉及人数", "涉及时长（分钟）");
        i = 1;
        for (ComplianceDashboard.InstitutionAnomalies a : d.anomaliesByInstitution()) {
            anomalies(byInstitution.createRow(i++), a.name(), a.anomalies(), a.people(), a.affectedMinutes());
        }
        try {
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        book.dispose();
        book.close();
    }

    private static void share(Row x, String label, ComplianceDashboard.Share s) {
        x.createCell(0).setCellValue(label);
        x.createCell(1).setCellValue(s.met());
        x.createCell(2).setCellValue(s.of());
        percent(x, 3, s.percent());
    }

    private static void anomalies(Row x, String name, long count, long people, long minutes) {
        x.createCell(0).setCellValue(name);
        x.createCell(1).setCellValue(count);
        x.createCell(2).setCellValue(people);
        x.createCell(3).setCellValue(minutes);
    }

    private static void percent(Row x, int column, BigDecimal percent) {
        if (percent != null) {
            x.createCell(column).setCellValue(percent.doubleValue());
        }
    }

    private static void number(Row x, int column, String decimal) {
        if (decimal != null) {
            x.createCell(column).setCellValue(Double.parseDouble(decimal));
        }
    }

    private static void header(Sheet sheet, String... names) {
        header(sheet.createRow(0), names);
    }

    private static void header(Row h, String... names) {
        for (int i = 0; i < names.length; i++) {
            h.createCell(i).setCellValue(names[i]);
        }
    }

    private static String postKind(String kind) {
        return Labelled.labelOf(PostKind.class, kind);
    }

    private static String industry(String code) {
        return Labelled.labelOf(Industry.class, code);
    }
}
