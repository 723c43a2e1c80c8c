package org.anxue.oversight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anxue.oversight.reports.Figures;
import org.anxue.oversight.reports.ReportExports;
import org.anxue.oversight.reports.Reports;

/**
 * Benchmark, a main and not a test: time and heap of exporting a stored report as .xlsx and as PDF, for a city
 * report (10 districts, 7 industries, as 台州市) and, in the same run for comparison, a province-sized one
 * (200 areas). Only the export is measured (the figures are a stored snapshot, so exporting never recomputes);
 * computing the figures over a 300,000-people city is not measured here.
 *
 * <pre>
 * ./mvnw -q -B test-compile -DskipEmbeddedElasticsearch=true
 * ./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anxue.oversight.ReportExportBenchmark
 * </pre>
 */
public final class ReportExportBenchmark {

    private ReportExportBenchmark() {
    }

    public static void main(String[] args) {
        ReportExports exports = new ReportExports();
        Reports.Report city = report(10);
        Reports.Report province = report(200);
        for (int warm = 0; warm < 5; warm++) {
            exports.xlsx(city);
            exports.pdf(city);
        }
        for (var entry : List.of(new Object[] {"city (10 areas)", city}, new Object[] {"province (200 areas)", province})) {
            Reports.Report r = (Reports.Report) entry[1];
            int runs = 10;
            long t0 = System.nanoTime();
            int xlsxBytes = 0;
            for (int i = 0; i < runs; i++) {
                xlsxBytes = exports.xlsx(r).length;
            }
            long t1 = System.nanoTime();
            int pdfBytes = 0;
            for (int i = 0; i < runs; i++) {
                pdfBytes = exports.pdf(r).length;
            }
            long t2 = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("%-22s xlsx %6.1f ms (%,d bytes)   pdf %6.1f ms (%,d bytes)   heap used after %,d MB%n",
                    entry[0], (t1 - t0) / 1e6 / runs, xlsxBytes, (t2 - t1) / 1e6 / runs, pdfBytes,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    private static Reports.Report report(int areas) {
        List<Figures.Row> rows = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            rows.add(row(Integer.toString(i), "某区应急管理局" + i, i));
        }
        List<Figures.Row> industries = new ArrayList<>();
        for (String industry : List.of("化工危险化学品", "非煤矿山", "金属冶炼", "烟花爆竹", "煤矿", "工贸", "其他")) {
            industries.add(row(industry, industry, industries.size()));
        }
        Figures figures = new Figures("MONTH", "2026-10", "2026-10-01", "2026-10-31", 1, "台州市应急管理局", rows, industries,
                row("total", "台州市应急管理局", 99));
        return new Reports.Report(new Reports.Summary(1, 1, "台州市应急管理局", "MONTH", "2026-10", "2026-10-01",
                "2026-10-31", 1, Instant.now(), "基准", false), figures);
    }

    private static Figures.Row row(String key, String name, int i) {
        return new Figures.Row(key, name, 30_000 + i, 9_000 + i, new BigDecimal("12345.50"), 11_000 + i, 20_000 + i,
                29_000 + i, new BigDecimal("69.0"), 300 + i, 12, 240, 200, new BigDecimal("83.3"));
    }
}
