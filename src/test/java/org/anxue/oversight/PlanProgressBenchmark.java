package org.anxue.oversight;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.anxue.creditbank.CreditBankBenchmark;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.local.LocalPostgres;
import org.flywaydb.core.Flyway;

/**
 * Progress against the plan targets for a city (issue 8): the city of {@link OversightCityBenchmark}
 * (300,000 people in 5,000 companies over 9 districts, 3,000,000 ledger entries), its companies given sizes
 * (a fifth each LARGE, MEDIUM, SMALL, MICRO and not recorded; two in three production/processing), against a
 * real embedded PostgreSQL (fsync on) with every migration applied. It measures, each in its own transaction
 * and twice:
 * <ol>
 * <li>{@link PlanProgress#compute}: one pass grouped by district, industry, company and overall
 *     ({@code grouping sets}), the four categories with 生产加工型小微企业, the top companies and company counts;</li>
 * <li>the same breakdowns as four separate grouped passes (the obvious alternative);</li>
 * <li>the progress as it was before: one query per district, three categories, districts only.</li>
 * </ol>
 * A main, not a test: {@code deploy/bench/planprogress.sh [people] [companies]}.
 */
public final class PlanProgressBenchmark {

    private static final int YEAR = 2026;

    private PlanProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path dir = Files.createTempDirectory("anxue-plan-bench");
        try (LocalPostgres postgres = new LocalPostgres(dir.resolve("postgres"), 0).start()) {
            String url = postgres.jdbcUrl() + "?reWriteBatchedInserts=true";
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                c.setAutoCommit(false);
                run(c, people, companies);
            }
        } finally {
            CreditBankBenchmark.deleteTree(dir);
        }
        System.exit(0);
    }

    static void run(Connection c, int people, int companies) throws Exception {
        System.out.printf(Locale.ROOT, "JVM max heap %,d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        PolicyCatalog catalog = OversightCityBenchmark.seedCity(c, people, companies);
        try (Statement s = c.createStatement()) {
            s.execute("update company set scale = (array['LARGE', 'MEDIUM', 'SMALL', 'MICRO', null])[1 + id % 5],"
                    + " production_processing = id % 3 <> 0");
        }
        c.commit();
        System.out.printf(Locale.ROOT, "built the city: %,d people, %,d companies in %.1f s%n", people, companies,
                CreditBankBenchmark.secs(start));
        start = System.nanoTime();
        long entries = OversightCityBenchmark.seedLedger(c, people, companies, catalog);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        c.commit();
        System.out.printf(Locale.ROOT, "built the ledger: %,d entries in %.1f s%n", entries, CreditBankBenchmark.secs(start));

        Officer city = new Officer(null, "benchmark", 1, "台州市应急管理局", "/1/", "CITY");
        Officer district = new Officer(null, "benchmark", 2, "区县2应急管理局", "/1/2/", "DISTRICT");
        PlanTargets.Targets targets = new PlanTargets.Targets(20_000, 32_000, 10_000, 100_000);
        PlanTargets.YearTargets year = new PlanTargets.YearTargets(1, "台州市应急管理局", YEAR,
                new PlanTargets.Revision(0, targets, "", null, null), List.of(), false);
        PlanProgress.Progress[] progress = new PlanProgress.Progress[1];
        for (int round = 1; round <= 2; round++) {
            OversightCityBenchmark.measure("plan progress, city, one grouped pass (round " + round + ")", c,
                    () -> (progress[0] = PlanProgress.compute(c, city, YEAR, year)).total().trained());
            OversightCityBenchmark.measure("  same breakdowns, four separate passes (round " + round + ")", c,
                    () -> fourPasses(c, "/1/"));
            OversightCityBenchmark.measure("  before: one query per district, 3 categories (round " + round + ")", c,
                    () -> perDistrict(c, city));
        }
        PlanProgress.Progress p = progress[0];
        System.out.printf(Locale.ROOT, "  trained %,d: 三项岗位 %,d (%s%%), 高危 %,d (%s%%), 危险性较大 %,d (%s%%), 小微生产加工 %,d (%s%%);"
                        + " %d districts, %d industries, %,d companies with anyone trained (%d listed);"
                        + " %,d of %,d companies without a size%n",
                p.total().trained(), p.total().keyPositions(), p.shares().get(0).percent(), p.total().highRiskUpgrading(),
                p.shares().get(1).percent(), p.total().majorHazardManagers(), p.shares().get(2).percent(),
                p.total().smallMicroManufacturing(), p.shares().get(3).percent(), p.rows().size(), p.byIndustry().size(),
                p.companiesWithAnyTrained(), p.byCompany().size(), p.companiesWithoutScale(), p.companies());
        OversightCityBenchmark.measure("plan progress, one district", c, () -> PlanProgress.compute(c, district, YEAR, year)
                .total().trained());
    }

    private static final String TRAINED = """
            from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id
            join bureau b on b.id = c.bureau_id
            where e.end_date is null and b.path like ? || '%'
              and exists (select 1 from credit_entry ce where ce.id_number = p.id_number
                          and ce.kind in ('ONLINE_COURSE_COMPLETED', 'OFFLINE_CLASS_ATTENDED')
                          and ce.occurred_on between ? and ?
                          and not exists (select 1 from credit_entry r where r.id_number = ce.id_number
                                          and r.kind = 'REVERSAL' and r.reversed_sequence = ce.sequence))""";

    private static final String COUNTS = """
            count(distinct p.id) filter (where e.post_kind in ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION')),
            count(distinct p.id) filter (where c.risk_tier = 'HIGH_RISK'),
            count(distinct p.id) filter (where e.post_kind in ('PRINCIPAL', 'SAFETY_MANAGER') and c.risk_tier in ('HIGH_RISK', 'MAJOR')),
            count(distinct p.id) filter (where c.production_processing and c.scale in ('SMALL', 'MICRO')),
            count(distinct p.id)""";

    /** The district, industry, company and overall figures, each by its own pass; returns the rows read. */
    static int fourPasses(Connection c, String path) throws SQLException {
        int rows = 0;
        for (String group : List.of("split_part(substr(b.path, length(?) + 1), '/', 1)", "c.industry", "c.id", "")) {
            String select = group.isEmpty() ? "select " + COUNTS + " " + TRAINED
                    : "select " + group + ", " + COUNTS + " " + TRAINED + " group by 1";
            try (PreparedStatement s = c.prepareStatement(select)) {
                int i = 1;
                if (group.startsWith("split_part")) {
                    s.setString(i++, path);
                }
                s.setString(i++, path);
                s.setObject(i++, LocalDate.of(YEAR, 1, 1));
                s.setObject(i, LocalDate.of(YEAR, 12, 31));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** The previous PlanProgress: per child district (and the city's own companies) one query, three categories. */
    static int perDistrict(Connection c, Officer city) throws SQLException {
        record Area(String path, boolean direct) {
        }
        List<Area> areas = new java.util.ArrayList<>();
        Sql.each(c, "select path from bureau where parent_id = ?", r -> areas.add(new Area(r.getString(1), false)), city.bureauId());
        areas.add(new Area(city.path(), true));
        int total = 0;
        for (Area area : areas) {
            try (PreparedStatement s = c.prepareStatement("""
                    select count(distinct p.id) filter (where e.post_kind in ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION')),
                           count(distinct p.id) filter (where c.risk_tier = 'HIGH_RISK'),
                           count(distinct p.id) filter (where e.post_kind in ('PRINCIPAL', 'SAFETY_MANAGER')
                                                        and c.risk_tier in ('HIGH_RISK', 'MAJOR'))
                    from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id
                    join bureau b on b.id = c.bureau_id
                    where e.end_date is null and (case when ? then b.path = ? else b.path like ? || '%' end)
                      and exists (select 1 from credit_entry ce where ce.id_number = p.id_number
                                  and ce.kind in ('ONLINE_COURSE_COMPLETED', 'OFFLINE_CLASS_ATTENDED')
                                  and ce.occurred_on between ? and ?
                                  and not exists (select 1 from credit_entry r where r.id_number = ce.id_number
                                                  and r.kind = 'REVERSAL' and r.reversed_sequence = ce.sequence))""")) {
                s.setBoolean(1, area.direct());
                s.setString(2, area.path());
                s.setString(3, area.path());
                s.setObject(4, LocalDate.of(YEAR, 1, 1));
                s.setObject(5, LocalDate.of(YEAR, 12, 31));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total += r.getInt(1);
                }
            }
        }
        return total;
    }
}
