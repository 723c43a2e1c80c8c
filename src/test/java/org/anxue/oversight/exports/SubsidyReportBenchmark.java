package org.anxue.oversight.exports;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.anxue.local.LocalPostgres;
import org.anxue.oversight.Officer;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Benchmark, a main and not a test: the subsidy report of a city's year against a real embedded PostgreSQL
 * (fsync on, all migrations), with the training institution shown by name. Builds, with SQL alone, a city of
 * {@code people} people in {@code companies} companies (five districts) and a ledger of {@code entries} entries,
 * of which one person in five has a special-operation certificate issued this year (one in twenty renewed it
 * later in the year; four in five of the certificates name one of {@code institutions} approved institutions).
 * Then, in the same run, the city officer's report for the year (median of 7 rounds after 2 warm-ups, the
 * variants of a step interleaved so that the shared machine's load falls on each alike):
 * <ol>
 * <li>the report's query as it stood before the institution names (no join to {@code institution}), and the
 *     query as it is now, all rows read;</li>
 * <li>{@link SubsidyReport#of} as it is now (the query with the join, rows, totals by company and by
 *     institution);</li>
 * <li>{@link SubsidyWorkbook#of} over that report;</li>
 * <li>{@link SubsidyReport#of} again after adding a partial index on the certificates' issue day (which the
 *     migrations do not have), with how the plan reads {@code credit_entry} before and after.</li>
 * </ol>
 * Entries carry placeholder hashes: the report does not verify chains.
 *
 * <p>Usage: {@code deploy/bench/subsidies.sh [people=300000] [companies=5000] [entries=3000000] [institutions=50]}.
 */
public final class SubsidyReportBenchmark {

    /** The report's query before the training institution was shown by name (commit 74bfeb7), for comparison. */
    static final String SQL_BEFORE = """
            select p.id, p.name, e.id_number, j.company_id, j.company_name, e.institution_ref, e.operation_type,
                   e.certificate_number, e.issued_on, j.post_kind,
                   exists (select 1 from credit_entry x where x.id_number = e.id_number and x.kind = 'CERTIFICATE'
                           and x.operation_type = e.operation_type and x.sequence < e.sequence
                           and not exists (select 1 from credit_entry rx where rx.id_number = x.id_number
                                           and rx.kind = 'REVERSAL' and rx.reversed_sequence = x.sequence)) as renewal
            from credit_entry e
            join person p on p.id_number = e.id_number
            join lateral (
                select em.company_id, c.name as company_name, em.post_kind, b.path
                from employment em join company c on c.id = em.company_id join bureau b on b.id = c.bureau_id
                where em.person_id = p.id
                order by (em.start_date <= e.issued_on and (em.end_date is null or em.end_date >= e.issued_on)) desc,
                         (em.end_date is null) desc, em.start_date desc, em.id desc
                limit 1) j on true
            where e.kind = 'CERTIFICATE' and e.issued_on between ? and ? and j.path like ?
              and not exists (select 1 from credit_entry r where r.id_number = e.id_number and r.kind = 'REVERSAL'
                              and r.reversed_sequence = e.sequence)
            order by j.company_name, j.company_id, p.name, p.id, e.issued_on, e.sequence""";

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    private SubsidyReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 3_000_000;
        int institutions = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        Path dir = Files.createTempDirectory("anxue-subsidy-bench");
        try (LocalPostgres postgres = new LocalPostgres(dir.resolve("postgres"), 0).start()) {
            String url = postgres.jdbcUrl();
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            long t = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                seed(c, people, companies, entries, institutions);
            }
            System.out.printf(Locale.ROOT, "built %,d people, %,d companies, %,d institutions, %,d ledger entries in %.1f s%n",
                    people, companies, institutions, count(url, "select count(*) from credit_entry"), (System.nanoTime() - t) / 1e9);
            System.out.printf(Locale.ROOT, "certificate entries issued in %s..%s: %,d, naming an institution: %,d%n", FROM, UNTIL,
                    count(url, "select count(*) from credit_entry where kind = 'CERTIFICATE' and issued_on between date '"
                            + FROM + "' and date '" + UNTIL + "'"),
                    count(url, "select count(*) from credit_entry where kind = 'CERTIFICATE' and institution_ref is not null"));
            run(url);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    static void run(String url) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("postgres");
        SubsidyReport report = new SubsidyReport(ds, new SubsidyRates(ds));
        Officer city = new Officer(null, "基准检查员", 1, "台州市应急管理局", "/1/", "CITY");
        SubsidyReport.Report[] last = new SubsidyReport.Report[1];
        // interleaved, so that the load of the shared machine falls on every variant alike
        measure(new String[] {"query before the institution names, rows read", "query now (join to institution), rows read",
                "SubsidyReport.of now (query, rows, totals)"}, new LongSupplier[] {
                    () -> read(ds, SQL_BEFORE, 11),
                    () -> read(ds, SubsidyReport.SQL, 12),
                    () -> {
                        last[0] = report.of(city, FROM, UNTIL);
                        return last[0].rows().size();
                    }});
        System.out.printf(Locale.ROOT, "  rows %,d, totals by company %,d, by institution %,d, total %,d yuan%n",
                last[0].rows().size(), last[0].byCompany().size(), last[0].byInstitution().size(),
                last[0].total().amount());
        measure(new String[] {"SubsidyWorkbook.of (.xlsx, 4 sheets)"},
                new LongSupplier[] {() -> SubsidyWorkbook.of(last[0]).length});
        explain(ds);
        // what a partial index on the certificates' issue day would change (not in the migrations)
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create index bench_credit_entry_certificate_issued on credit_entry (issued_on) where kind = 'CERTIFICATE'");
            s.execute("analyze credit_entry");
        }
        measure(new String[] {"SubsidyReport.of with a partial index (issued_on)"},
                new LongSupplier[] {() -> report.of(city, FROM, UNTIL).rows().size()});
        explain(ds);
    }

    private static long read(PGSimpleDataSource ds, String sql, int columns) {
        long n = 0;
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, FROM);
            s.setObject(2, UNTIL);
            s.setString(3, "/1/%");
            try (ResultSet q = s.executeQuery()) {
                while (q.next()) {
                    for (int i = 1; i <= columns; i++) {
                        q.getObject(i);
                    }
                    n++;
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    /** Two warm-up rounds, then 7 rounds of every variant in turn; the median, min and max of each. */
    private static void measure(String[] labels, LongSupplier[] variants) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int warm = 0; warm < 2; warm++) {
            for (LongSupplier v : variants) {
                v.getAsLong();
            }
        }
        int rounds = 7;
        long[][] ms = new long[variants.length][rounds];
        long[] allocated = new long[variants.length];
        long[] result = new long[variants.length];
        for (int i = 0; i < rounds; i++) {
            for (int v = 0; v < variants.length; v++) {
                long bytes = threads.getThreadAllocatedBytes(id);
                long t = System.nanoTime();
                result[v] = variants[v].getAsLong();
                ms[v][i] = (System.nanoTime() - t) / 1_000_000;
                allocated[v] = threads.getThreadAllocatedBytes(id) - bytes;
            }
        }
        for (int v = 0; v < variants.length; v++) {
            Arrays.sort(ms[v]);
            System.out.printf(Locale.ROOT, "%-52s median %,6d ms (min %,d, max %,d), %,7.1f MB allocated per run, result %,d%n",
                    labels[v], ms[v][rounds / 2], ms[v][0], ms[v][rounds - 1], allocated[v] / 1e6, result[v]);
        }
    }

    private static void explain(PGSimpleDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("explain (analyze, costs off, timing off) "
                + SubsidyReport.SQL)) {
            s.setObject(1, FROM);
            s.setObject(2, UNTIL);
            s.setString(3, "/1/%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String line = r.getString(1);
                    if (line.contains("on credit_entry e ") || line.contains("Execution Time")) {
                        System.out.println("  plan: " + line.strip());
                    }
                }
            }
        }
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The city, its five districts, companies, people with one open employment each, institutions, the ledger. */
    static void seed(Connection c, int people, int companies, int entries, int institutions) throws Exception {
        int perPerson = Math.max(2, entries / people);
        try (Statement s = c.createStatement()) {
            s.execute("insert into bureau (id, code, name, level) values (1, '331000', '台州市应急管理局', 'CITY')");
            s.execute("insert into bureau (id, code, name, level, parent_id) select g, '33100' || g, '区县' || g || '应急管理局',"
                    + " 'DISTRICT', 1 from generate_series(2, 6) g");
            s.execute("insert into company (id, credit_code, name, industry, risk_tier, bureau_id, approval_status)"
                    + " select g, '91331002' || lpad(g::text, 9, '0') || 'X', '台州某某制造有限公司' || g, 'OTHER', 'GENERAL',"
                    + " 2 + g % 5, 'APPROVED' from generate_series(1, " + companies + ") g");
            s.execute("insert into post (id, company_id, name, kind) select g, g, '岗位', 'GENERAL'"
                    + " from generate_series(1, " + companies + ") g");
            s.execute("insert into institution (id, name, licence_number, approving_bureau_id, status)"
                    + " select g, '台州市第' || g || '安全培训学校', 'LIC-' || g, 1, 'APPROVED' from generate_series(1, "
                    + institutions + ") g");
            s.execute("insert into person (id, id_number, name, gender, birth_date) select g,"
                    + " '3310021990' || lpad(g::text, 7, '0') || '1', '员工' || g, 'MALE', date '1990-01-01'"
                    + " from generate_series(1, " + people + ") g");
            s.execute("insert into employment (id, person_id, company_id, post_id, post_kind, start_date)"
                    + " select g, g, 1 + (g / 5) % " + companies + ", 1 + (g / 5) % " + companies + ","
                    + " case g % 10 when 0 then 'PRINCIPAL' when 1 then 'SAFETY_MANAGER' else 'GENERAL' end,"
                    + " date '2020-01-01' from generate_series(1, " + people + ") g");
            s.execute("insert into credit_account (id_number, head_sequence, head_hash) select"
                    + " '3310021990' || lpad(g::text, 7, '0') || '1', " + perPerson + ", repeat('0', 64)"
                    + " from generate_series(1, " + people + ") g");
            // sequence 1 of every fifth person: a certificate issued this year; sequence 2 of every twentieth: its
            // renewal in December; the rest online completions. Four certificates in five name an institution.
            s.execute("""
                    insert into credit_entry (id_number, sequence, kind, occurred_on, source, evidence_ref, raw_hours,
                        credited_hours, policy_id, policy_version, posted_by, posted_at, period_type, period_from,
                        period_until, period_subject, course_ref, study_seconds, test_passed, test_attempt,
                        certificate_number, operation_type, issued_on, valid_until, review_dates, institution_ref,
                        previous_hash, hash)
                    select x.id_number, x.seq, x.kind, x.day, 'bench', 'bench-evidence', x.hours, x.hours, 'bureau-1', 1,
                        'bench', timestamptz '2026-11-28 00:00:00+00', x.ptype, x.pfrom, x.puntil, x.psubject,
                        x.course, x.seconds, x.passed, x.attempt, x.cert, x.op, x.issued, x.valid, x.reviews, x.inst,
                        repeat('0', 64), repeat('1', 64)
                    from (select '3310021990' || lpad(g::text, 7, '0') || '1' as id_number, s as seq, k.cert_kind,
                                 case when k.cert_kind then 'CERTIFICATE' else 'ONLINE_COURSE_COMPLETED' end as kind,
                                 case when k.cert_kind then k.issued else date '2026-01-01' + (g + s) % 330 end as day,
                                 case when k.cert_kind then 0 else 2 end as hours,
                                 case when k.cert_kind then null else 'ROUTINE' end as ptype,
                                 case when k.cert_kind then null else date '2026-01-01' end as pfrom,
                                 case when k.cert_kind then null else date '2026-12-31' end as puntil,
                                 case when k.cert_kind then null else '' end as psubject,
                                 case when k.cert_kind then null else 'course-' || (g + s) % 500 end as course,
                                 case when k.cert_kind then null else 5400 end as seconds,
                                 case when k.cert_kind then null else true end as passed,
                                 case when k.cert_kind then null else g || '-' || s end as attempt,
                                 case when k.cert_kind then 'T3310021990' || lpad(g::text, 7, '0') || '1' end as cert,
                                 case when k.cert_kind then 'FIREWORKS' end as op,
                                 case when k.cert_kind then k.issued end as issued,
                                 case when k.cert_kind then (k.issued + interval '6 years')::date - 1 end as valid,
                                 case when k.cert_kind then ((k.issued + interval '3 years')::date)::text end as reviews,
                                 case when k.cert_kind and (g / 5) % 5 <> 0 then 'institution-' || (1 + (g / 25) % ?) end as inst
                          from generate_series(1, ?) g cross join generate_series(1, ?) s
                          cross join lateral (select (s = 1 and g % 5 = 0) or (s = 2 and g % 20 = 0) as cert_kind,
                                                     case when s = 1 then date '2026-01-01' + g % 300
                                                          else date '2026-12-01' + g % 28 end as issued) k) x
                    """.replace("?) end as inst", institutions + ") end as inst")
                    .replace("generate_series(1, ?) g", "generate_series(1, " + people + ") g")
                    .replace("generate_series(1, ?) s", "generate_series(1, " + perPerson + ") s"));
            s.execute("analyze");
        }
    }
}
