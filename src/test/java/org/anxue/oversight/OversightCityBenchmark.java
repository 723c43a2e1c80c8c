package org.anxue.oversight;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.anxue.creditbank.CreditBank;
import org.anxue.creditbank.CreditBankBenchmark;
import org.anxue.creditbank.StatusReport;
import org.anxue.creditbank.model.BureauPath;
import org.anxue.creditbank.model.CreditAccounts;
import org.anxue.creditbank.model.Hours;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.creditbank.model.PostingAnOfflineAttendance;
import org.anxue.creditbank.model.PostingAnOnlineCompletion;
import org.anxue.creditbank.model.PostingResult;
import org.anxue.creditbank.model.RecordingACertificate;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.local.HeapPeak;
import org.anxue.local.LocalPostgres;
import org.anxue.oversight.reports.Figures;
import org.anxue.oversight.reports.Period;
import org.anxue.oversight.reports.ReportExports;
import org.anxue.oversight.reports.ReportFigures;
import org.anxue.oversight.reports.Reports;
import org.flywaydb.core.Flyway;

/**
 * The oversight numbers for a city (issue 8): the compliance dashboard and the monthly report of a city of
 * 300,000 people in 5,000 companies over 9 districts with 3,000,000 ledger entries, against a real embedded
 * PostgreSQL (fsync on) with all migrations applied:
 * <ol>
 * <li>the city's dashboard (one pass over every employment: 达标率 by post and industry, 持证上岗率, ranking,
 *     people behind, anomalies per company and institution): time, heap peak, allocation; a district's;</li>
 * <li>its .xlsx export (every company, everyone behind);</li>
 * <li>the monthly report of October (达标 at the month's end): time, heap; its .xlsx and PDF;</li>
 * <li>in the same run, the approach the dashboard had before — the credit bank's per-company standings, one
 *     company at a time — over a sample of companies, extrapolated to the city.</li>
 * </ol>
 * Each person has 10 entries (special-operation workers: a certificate, online and offline review training;
 * others: online and offline training of their type); offline training falls in every month, so some people
 * meet their hours only after October. A main, not a test: {@code deploy/bench/oversight.sh [people] [companies]}.
 */
public final class OversightCityBenchmark {

    private static final int YEAR = 2026;
    private static final LocalDate TODAY = LocalDate.of(YEAR, 11, 28);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE);
    private static final int DISTRICTS = 9;
    private static final int INSTITUTIONS = 20;

    private OversightCityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path dir = Files.createTempDirectory("anxue-oversight-bench");
        try (LocalPostgres postgres = new LocalPostgres(dir.resolve("postgres"), 0).start()) {
            String url = postgres.jdbcUrl() + "?reWriteBatchedInserts=true";
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                c.setAutoCommit(false);
                run(c, people, companies, dir);
            }
        } finally {
            CreditBankBenchmark.deleteTree(dir);
        }
        System.exit(0);
    }

    static void run(Connection c, int people, int companies, Path dir) throws Exception {
        System.out.printf(Locale.ROOT, "JVM max heap %,d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        PolicyCatalog catalog = seedCity(c, people, companies);
        System.out.printf(Locale.ROOT, "built the city: %,d people, %,d companies, %d districts in %.1f s%n", people,
                companies, DISTRICTS, CreditBankBenchmark.secs(start));
        start = System.nanoTime();
        long entries = seedLedger(c, people, companies, catalog);
        System.out.printf(Locale.ROOT, "built the ledger: %,d entries in %.1f s%n", entries, CreditBankBenchmark.secs(start));
        start = System.nanoTime();
        long anomalies = seedAnomalies(c, people);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        c.commit();
        System.out.printf(Locale.ROOT, "built %,d study-time anomalies, analysed in %.1f s%n", anomalies,
                CreditBankBenchmark.secs(start));

        ComplianceDashboard.Dashboard[] dashboard = new ComplianceDashboard.Dashboard[1];
        for (int round = 1; round <= 2; round++) {
            measure("dashboard, city (round " + round + ")", c, () -> dashboard[0] = ComplianceDashboard.compute(c, "/1/",
                    "台州市应急管理局", YEAR, TODAY, catalog, ZONE, behind -> { }, visited -> { }));
        }
        ComplianceDashboard.Dashboard d = dashboard[0];
        System.out.printf(Locale.ROOT, "  %,d judged, %,d met (%s%%), %,d behind, %,d skipped; 持证上岗率 %s%% of %,d; %,d companies ranked;"
                        + " anomalies at %,d companies and %,d institutions%n", d.overall().of(), d.overall().met(),
                d.overall().percent(), d.behindTotal(), d.skipped(), d.certified().percent(), d.certified().of(),
                d.companies().size(), d.anomalies().size(), d.anomaliesByInstitution().size());
        measure("dashboard, one district", c, () -> ComplianceDashboard.compute(c, "/1/2/", "椒江区应急管理局", YEAR, TODAY,
                catalog, ZONE, behind -> { }, visited -> { }));
        Path xlsx = dir.resolve("compliance.xlsx");
        measure("dashboard .xlsx export (everyone behind)", c, () -> {
            try (ComplianceWorkbook book = new ComplianceWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
                book.finish(ComplianceDashboard.compute(c, "/1/", "台州市应急管理局", YEAR, TODAY, catalog, ZONE, book::behind,
                        visited -> { }), out);
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "  file %,d bytes%n", Files.size(xlsx));

        Period october = Period.month(YearMonth.of(YEAR, 10));
        ReportFigures.Bureau city = new ReportFigures.Bureau(1, "台州市应急管理局", "/1/");
        Figures[] figures = new Figures[1];
        measure("monthly report 2026-10, city", c, () -> figures[0] = ReportFigures.compute(c, city, october, catalog, ZONE,
                visited -> { }));
        Figures.Row total = figures[0].total();
        System.out.printf(Locale.ROOT, "  %,d people, %,d trained in October, %s online hours, %,d of %,d met at 31 October (%s%%);"
                        + " the dashboard today: %s%%%n", total.people(), total.trained(), total.onlineHours(), total.met(),
                total.judged(), total.metPercent(), d.overall().percent());
        Reports.Report report = new Reports.Report(new Reports.Summary(1, 1, "台州市应急管理局", october.kind(), october.label(),
                october.from().toString(), october.until().toString(), 1, Instant.now(), "benchmark", false), figures[0]);
        ReportExports exports = new ReportExports();
        measure("monthly report .xlsx", c, () -> exports.xlsx(report).length);
        measure("monthly report PDF", c, () -> exports.pdf(report).length);

        // the previous approach: the credit bank's standings company by company
        int sample = Math.min(100, d.companies().size());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            ids.add(d.companies().get(i * d.companies().size() / sample).companyId());
        }
        double seconds = measure("per-company standings, " + sample + " companies (the dashboard's previous approach)", c, () -> {
            int n = 0;
            for (long id : ids) {
                n += StatusReport.ofCompany(c, id, YEAR, TODAY, catalog).size();
            }
            return n;
        });
        System.out.printf(Locale.ROOT, "  extrapolated to %,d companies: %.0f s%n", d.companies().size(),
                seconds / sample * d.companies().size());
    }

    /** Runs {@code work} once in its own transaction; prints time, heap peak above the baseline and bytes allocated. */
    static double measure(String what, Connection c, Callable<Object> work) throws Exception {
        HeapPeak heap = HeapPeak.start(10);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = work.call();
        double seconds = CreditBankBenchmark.secs(start);
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        heap.stop();
        c.commit();
        System.out.printf(Locale.ROOT, "%-62s %8.2f s   heap peak +%,5.0f MB   allocated %,7.0f MB%s%n", what, seconds,
                heap.peakAboveBaseline() / 1e6, allocated / 1e6, result instanceof Number n ? "   (" + n + ")" : "");
        return seconds;
    }

    /** The city (bureau 1) with 9 districts, institutions and courses, companies, posts, people and employments. */
    static PolicyCatalog seedCity(Connection c, int people, int companies) throws SQLException {
        PolicyCatalog catalog;
        try (Statement s = c.createStatement()) {
            s.execute("insert into bureau (id, code, name, level) values (1, '331000', '台州市应急管理局', 'CITY')");
            s.execute("insert into bureau (id, code, name, level, parent_id) select g, '3310' || lpad(g::text, 2, '0'),"
                    + " '区县' || g || '应急管理局', 'DISTRICT', 1 from generate_series(2, " + (DISTRICTS + 1) + ") g");
            s.execute("insert into institution (id, name, licence_number, approving_bureau_id, status) select g,"
                    + " '培训机构' || g, 'LIC-' || g, 1, 'APPROVED' from generate_series(1, " + INSTITUTIONS + ") g");
            s.execute("insert into course (id, institution_id) select g, 1 + g % " + INSTITUTIONS + " from generate_series(1, 200) g");
            s.execute("insert into company (id, credit_code, name, industry, risk_tier, bureau_id, approval_status)"
                    + " select g, '91331002' || lpad(g::text, 9, '0') || 'X', '企业' || g,"
                    + " (array['CHEMICAL','NON_COAL_MINE','METAL_SMELTING','FIREWORKS','INDUSTRY_TRADE','INDUSTRY_TRADE','OTHER'])[1 + g % 7],"
                    + " case when g % 7 < 4 then 'HIGH_RISK' else 'GENERAL' end, 2 + g % " + DISTRICTS + ", 'APPROVED'"
                    + " from generate_series(1, " + companies + ") g");
            // four posts per company: ids 4c+0..3
            s.execute("insert into post (id, company_id, name, kind, operation) select 4 * g + k, g,"
                    + " (array['主要负责人','安全管理员','电工','操作工'])[k + 1],"
                    + " (array['PRINCIPAL','SAFETY_MANAGER','SPECIAL_OPERATION','GENERAL'])[k + 1],"
                    + " case when k = 2 then 'LOW_VOLTAGE_ELECTRICIAN' end"
                    + " from generate_series(1, " + companies + ") g, generate_series(0, 3) k");
            s.execute("insert into person (id, id_number, name, gender, birth_date) select g,"
                    + " '3310021980' || lpad(g::text, 7, '0') || '1', '员工' || g, 'MALE', date '1980-01-01'"
                    + " from generate_series(1, " + people + ") g");
            // person g works at company 1 + (g-1) % companies; within it the 1st is the principal, 2nd-3rd safety
            // managers, 4th-12th special-operation workers, the rest general workers; 1 in 100 also works elsewhere
            s.execute("insert into employment (id, person_id, company_id, post_id, post_kind, operation, start_date)"
                    + " select g, g, 1 + (g - 1) % " + companies + ", 4 * (1 + (g - 1) % " + companies + ") + k.k,"
                    + " (array['PRINCIPAL','SAFETY_MANAGER','SPECIAL_OPERATION','GENERAL'])[k.k + 1],"
                    + " case when k.k = 2 then 'LOW_VOLTAGE_ELECTRICIAN' end, date '2020-01-01' + (g % 1000)"
                    + " from generate_series(1, " + people + ") g,"
                    + " lateral (select case when (g - 1) / " + companies + " = 0 then 0 when (g - 1) / " + companies
                    + " < 3 then 1 when (g - 1) / " + companies + " < 12 then 2 else 3 end as k) k");
            s.execute("insert into employment (id, person_id, company_id, post_id, post_kind, start_date)"
                    + " select " + people + " + g, g, 1 + g % " + companies + ", 4 * (1 + g % " + companies + ") + 3,"
                    + " 'GENERAL', date '2025-06-01' from generate_series(100, " + people + ", 100) g"
                    + " where 1 + g % " + companies + " <> 1 + (g - 1) % " + companies);
        }
        catalog = CreditBankBenchmark.seedCityPolicy(c);
        c.commit();
        return catalog;
    }

    /** Ten entries per person, sealed by the model's own use cases. */
    static long seedLedger(Connection c, int people, int companies, PolicyCatalog catalog) throws SQLException {
        long total = 0;
        for (int g = 1; g <= people; g++) {
            PersonKey key = new PersonKey("3310021980" + String.format(Locale.ROOT, "%07d", g) + "1");
            int company = 1 + (g - 1) % companies;
            int rank = (g - 1) / companies;
            BureauPath path = BureauPath.of("1", Integer.toString(2 + company % DISTRICTS));
            boolean special = rank >= 3 && rank < 12;
            TrainingType type = rank < 3 ? TrainingType.REFRESHER : special ? TrainingType.REVIEW : TrainingType.ROUTINE;
            List<LedgerEntry> entries = entriesOf(key, path, catalog, type, special, g);
            CreditBankBenchmark.writeAccount(c, key, entries);
            total += entries.size();
            if (g % 2_000 == 0) {
                c.commit();
            }
        }
        c.commit();
        return total;
    }

    private static List<LedgerEntry> entriesOf(PersonKey key, BureauPath path, PolicyCatalog catalog, TrainingType type,
                                               boolean special, int g) {
        List<LedgerEntry> stored = new ArrayList<>();
        CreditAccounts memory = CreditBankBenchmark.collectingInto(stored, key);
        int online = 9;
        if (special) {
            // one in twenty special-operation workers holds a certificate that has expired, and trains as an employee
            boolean expired = g % 20 == 0;
            online = 8;
            posted(new RecordingACertificate(memory, catalog, CLOCK).record(new RecordingACertificate.CertificateIssued(key,
                    path, RecordingACertificate.certificateNumberOf(key), "LOW_VOLTAGE_ELECTRICIAN",
                    expired ? LocalDate.of(2018, 5, 1) : LocalDate.of(2024, 3, 1), "cert-" + g, "bureau:1", "bench")));
            if (expired) {
                type = TrainingType.ROUTINE;
            }
        }
        String subject = type == TrainingType.REVIEW ? "LOW_VOLTAGE_ELECTRICIAN" : "";
        var onlinePosting = new PostingAnOnlineCompletion(memory, catalog, CLOCK);
        for (int i = 0; i < online; i++) {
            posted(onlinePosting.post(new PostingAnOnlineCompletion.OnlineCompletion(key, path, "course-" + (1 + (g + i) % 200),
                    LocalDate.of(YEAR, 1 + (g + i) % 11, 1 + g % 28), Duration.ofMinutes(45), true, "attempt-" + g + "-" + i,
                    "sessions-" + g + "-" + i, type, subject, CreditBank.LEARNING_SOURCE, CreditBank.LEARNING_POSTER)));
        }
        // offline training in any month of the year; 3 in 10 people attend too little to meet their hours
        posted(new PostingAnOfflineAttendance(memory, catalog, CLOCK).post(new PostingAnOfflineAttendance.OfflineAttendance(
                key, path, "class-" + g % 500, "course-" + g % 200, Integer.toString(1 + g % INSTITUTIONS),
                LocalDate.of(YEAR, 1 + g % 11, 15), Hours.of(g % 10 < 3 ? "2" : "24"), "roster-" + g % 500, "officer",
                type, subject, "institution:" + (1 + g % INSTITUTIONS), "bench")));
        return stored;
    }

    private static void posted(PostingResult result) {
        if (!(result instanceof PostingResult.Posted)) {
            throw new IllegalStateException(result.toString());
        }
    }

    /** Sessions for one person in ten, three anomalies each, on the institutions' courses this year. */
    static long seedAnomalies(Connection c, int people) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into playback_session (id, person_id, lesson_id, course_id, video_duration_ms, opened_at, state,"
                    + " ended_at, last_sequence, elapsed_clock_from, playhead_ms, carried_allowance_ms, credited_ms,"
                    + " checkpoint_due_at_ms) select ('00000000-0000-0000-0000-' || lpad(to_hex(g), 12, '0'))::uuid, g,"
                    + " (g / 10) % 200 + 1, (g / 10) % 200 + 1, 600000, timestamptz '2026-03-01 09:00+08' + (g % 200) * interval '1 day',"
                    + " 'ENDED', timestamptz '2026-03-01 10:00+08' + (g % 200) * interval '1 day', 10,"
                    + " timestamptz '2026-03-01 09:00+08', 0, 0, 0, 0 from generate_series(10, " + people + ", 10) g");
            return s.executeUpdate("insert into playback_anomaly (session_id, person_id, sequence, origin, kind, affected_ms,"
                    + " detail, recorded_at) select s.id, s.person_id, k, 'JUDGED', 'SEEK_AHEAD', 30000, 'benchmark',"
                    + " s.opened_at + k * interval '1 minute' from playback_session s, generate_series(1, 3) k");
        }
    }
}
