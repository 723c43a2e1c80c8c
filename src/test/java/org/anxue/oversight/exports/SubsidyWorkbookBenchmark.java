package org.anxue.oversight.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Benchmark, a main and not a test: building the subsidy report's .xlsx ({@link SubsidyWorkbook}, streaming
 * SXSSF, all four sheets) for 10,000 and 100,000 certificates (a city's year is in the tens of thousands: the
 * plan's 20,000 三项岗位 people), against, in the same run, the detail sheet alone written with an in-memory
 * XSSF workbook (what the first version did). Prints wall time, bytes allocated by the thread and the file
 * size. The database query is not included.
 *
 * <pre>
 * ./mvnw -q -B test-compile -DskipEmbeddedElasticsearch=true
 * ./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anxue.oversight.exports.SubsidyWorkbookBenchmark
 * </pre>
 */
public final class SubsidyWorkbookBenchmark {

    private SubsidyWorkbookBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        for (int warm = 0; warm < 3; warm++) {
            SubsidyWorkbook.of(report(5_000));
            inMemory(report(5_000));
        }
        for (int n : new int[] {10_000, 100_000}) {
            SubsidyReport.Report r = report(n);
            measure("SXSSF SubsidyWorkbook    " + n, () -> SubsidyWorkbook.of(r));
            measure("XSSF detail sheet only  " + n, () -> inMemory(r));
        }
    }

    interface Build {
        byte[] run() throws IOException;
    }

    private static void measure(String label, Build build) throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocated = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        byte[] file = build.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long bytes = threads.getThreadAllocatedBytes(id) - allocated;
        System.out.printf("%-32s %6d ms  %7.1f MB allocated  %6.1f MB file%n", label, ms, bytes / 1e6, file.length / 1e6);
    }

    static SubsidyReport.Report report(int n) {
        Map<SubsidyRates.Category, Integer> rates = new EnumMap<>(SubsidyRates.Category.class);
        rates.put(SubsidyRates.Category.PRINCIPAL_MANAGER, 450);
        rates.put(SubsidyRates.Category.NEW_SPECIAL_OPERATION, 300);
        rates.put(SubsidyRates.Category.REVIEW, 100);
        List<SubsidyReport.Row> rows = new ArrayList<>(n);
        SubsidyRates.Category[] categories = SubsidyRates.Category.values();
        for (int i = 0; i < n; i++) {
            SubsidyRates.Category c = categories[i % 3];
            String id = String.format("33100219800101%04d", i % 10_000);
            String institution = i % 4 == 0 ? null : "institution-" + (i % 3);
            rows.add(new SubsidyReport.Row(i, "姓名" + i, id, i / 20, "台州某某化工有限公司" + (i / 20), institution,
                    institution == null ? null : "台州市安全生产培训中心" + (i % 3), "FIREWORKS",
                    "T" + id, LocalDate.of(2026, 1, 1).plusDays(i % 300), c, rates.get(c)));
        }
        List<SubsidyReport.Total> byCompany = new ArrayList<>();
        for (int k = 0; k < n / 20; k++) {
            byCompany.add(new SubsidyReport.Total(Integer.toString(k), "台州某某化工有限公司" + k, 20, 20 * 283,
                    Map.of(categories[0], 7, categories[1], 7, categories[2], 6)));
        }
        SubsidyReport.Total total = new SubsidyReport.Total("", "", n, 283L * n,
                Map.of(categories[0], n / 3, categories[1], n / 3, categories[2], n / 3));
        return new SubsidyReport.Report("台州市应急管理局", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), rates, rows,
                byCompany, List.of(total), total);
    }

    static byte[] inMemory(SubsidyReport.Report report) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("明细");
            int n = 0;
            for (SubsidyReport.Row r : report.rows()) {
                Row x = sheet.createRow(n++);
                x.createCell(0).setCellValue(r.name());
                x.createCell(1).setCellValue(r.idNumber());
                x.createCell(2).setCellValue(r.companyName());
                x.createCell(3).setCellValue("");
                x.createCell(4).setCellValue(r.operationType());
                x.createCell(5).setCellValue(r.certificateNumber());
                x.createCell(6).setCellValue(r.issuedOn().toString());
                x.createCell(7).setCellValue(SubsidyWorkbook.category(r.category()));
                x.createCell(8).setCellValue(r.amount());
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
