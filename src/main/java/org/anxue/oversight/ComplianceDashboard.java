package org.anxue.oversight;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.anxue.creditbank.CreditBank;
import org.anxue.creditbank.StatusReport;
import org.anxue.creditbank.model.Compliance;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.creditbank.model.Statement;
import org.anxue.web.AppException;

/**
 * The compliance dashboard of an officer's subtree for a year. Every status comes from the credit bank
 * ({@link StatusReport#eachEmployment}: the statement each current employee owes, computed by its rules); this
 * class only counts. People are counted per company they are currently employed at (someone with two
 * open employments counts in both companies). People the credit bank cannot compute a statement for
 * (no policy, broken chain, no review period) are counted as {@code skipped}, not in the rates.
 */
@ApplicationScoped
public class ComplianceDashboard {

    /** A share: how many of how many, and the percentage (one decimal; null when there is nobody). */
    public record Share(String key, int met, int of, BigDecimal percent) {
        static Share of(String key, int met, int of) {
            return new Share(key, met, of, of == 0 ? null
                    : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
        }
    }

    public record CompanyRow(long companyId, String name, String industry, int people, int met, int notMet,
                             int skipped, BigDecimal percent) {
        /** People whose status could be computed: met + not met. */
        public int judged() {
            return met + notMet;
        }
    }

    public record Behind(long personId, String name, String maskedIdNumber, long companyId, String companyName,
                         String postKind, String trainingType, String required, String total, String missing) {
    }

    public record Anomalies(long companyId, String name, long anomalies, long people, long affectedMinutes) {
    }

    /** Study-time anomalies of the subtree's people on one institution's courses. */
    public record InstitutionAnomalies(long institutionId, String name, long anomalies, long people, long affectedMinutes) {
    }

    /** At most this many people behind are listed (the most missing first); {@code behindTotal} counts all. */
    public static final int BEHIND_LISTED = 500;

    public record Dashboard(String bureauName, int year, LocalDate today, Share overall, int skipped,
                            List<Share> byPostKind, List<Share> byIndustry, Share certified,
                            List<CompanyRow> companies, List<Behind> behind, int behindTotal, List<Anomalies> anomalies,
                            List<InstitutionAnomalies> anomaliesByInstitution) {
    }

    /** The people behind in listing order: the most missing first, then by company and name. */
    static final Comparator<Behind> BEHIND_ORDER = Comparator
            .comparing((Behind b) -> new BigDecimal(b.missing() == null ? "0" : b.missing())).reversed()
            .thenComparing(Behind::companyName).thenComparing(Behind::name).thenComparing(Behind::personId);

    private record Company(long id, String name, String industry) {
    }

    private final CreditBank bank;
    private final DataSource ds;

    ComplianceDashboard(CreditBank bank, DataSource ds) {
        this.bank = bank;
        this.ds = ds;
    }

    public Dashboard of(Officer officer, Integer year) {
        return of(officer, year, behind -> { });
    }

    /** The year asked for (default: this year); 400 outside 2000 … next year. */
    int yearOf(Integer year) {
        LocalDate today = bank.today();
        int theYear = year == null ? today.getYear() : year;
        if (theYear < 2000 || theYear > today.getYear() + 1) {
            throw new AppException(400, "ovs:badYear");
        }
        return theYear;
    }

    /** Open employments in the subtree: the people the pass visits. */
    int employments(Officer officer) {
        return Sql.one(ds, """
                select count(*) from employment e join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                where e.end_date is null and b.path like ? || '%'""", r -> r.getInt(1), officer.path()).orElse(0);
    }

    /** Computes the dashboard in the caller's transaction, telling {@code progress} how many employments it has passed. */
    Dashboard computeFor(Officer officer, int year, IntConsumer progress) {
        try (Connection c = ds.getConnection()) {
            return compute(c, officer.path(), officer.bureauName(), year, bank.today(), bank.policies().catalog(),
                    bank.clock().getZone(), behind -> { }, progress);
        } catch (SQLException e) {
            throw new IllegalStateException("could not compute the compliance dashboard", e);
        }
    }

    /** The dashboard, handing every person behind (not only the listed) to {@code everyBehind}, in ID-number order. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Dashboard of(Officer officer, Integer year, Consumer<Behind> everyBehind) {
        int theYear = yearOf(year);
        try (Connection c = ds.getConnection()) {
            return compute(c, officer.path(), officer.bureauName(), theYear, bank.today(), bank.policies().catalog(),
                    bank.clock().getZone(), everyBehind, visited -> { });
        } catch (SQLException e) {
            throw new IllegalStateException("could not compute the compliance dashboard", e);
        }
    }

    /**
     * The dashboard of the subtree at {@code path} for a year, on {@code today}: one pass over every open
     * employment ({@link StatusReport#eachEmployment}), counting as it goes, so memory holds the per-company
     * counters and the {@link #BEHIND_LISTED} people listed, never the city's people. The caller's
     * connection must not auto-commit (the pass reads with a cursor). {@code progress} hears the number of
     * employments passed so far, after each.
     */
    public static Dashboard compute(Connection c, String path, String bureauName, int year, LocalDate today,
                                    PolicyCatalog catalog, ZoneId zone, Consumer<Behind> everyBehind,
                                    IntConsumer progress) throws SQLException {
        Map<Long, Company> companies = new LinkedHashMap<>();
        Sql.each(c, """
                select c.id, c.name, c.industry from company c join bureau b on b.id = c.bureau_id
                where b.path like ? || '%' and exists (select 1 from employment e where e.company_id = c.id and e.end_date is null)
                order by c.id""", r -> companies.put(r.getLong(1), new Company(r.getLong(1), r.getString(2), r.getString(3))), path);
        Map<Long, int[]> perCompany = new HashMap<>(); // people, met, not met, skipped
        int[] overall = new int[3];
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byIndustry = new TreeMap<>();
        PriorityQueue<Behind> listed = new PriorityQueue<>(BEHIND_ORDER.reversed());
        int[] behindTotal = {0};
        int[] visited = {0};
        // 持证上岗率, per person: special-operation people, and those certified for every such post held
        int[] certified = new int[2];
        PersonKey[] current = {null};
        Boolean[] allCertified = {null};
        StatusReport.eachEmployment(c, path, year, today, catalog, standing -> {
            progress.accept(++visited[0]);
            if (!standing.person().equals(current[0])) {
                countCertified(certified, allCertified[0]);
                current[0] = standing.person();
                allCertified[0] = null;
            }
            if ("SPECIAL_OPERATION".equals(standing.postKind())) {
                boolean valid = standing.certificate() != null && !standing.certificate().validUntil().isBefore(today);
                allCertified[0] = (allCertified[0] == null || allCertified[0]) && valid;
            }
            Company company = companies.get(standing.companyId());
            int[] n = perCompany.computeIfAbsent(standing.companyId(), k -> new int[4]);
            n[0]++;
            Statement s = standing.statement();
            if (s == null) {
                n[3]++;
                overall[2]++;
                return;
            }
            String kind = standing.postKind() == null ? "GENERAL" : standing.postKind();
            boolean met = s.status() == Compliance.MET;
            n[met ? 1 : 2]++;
            overall[0] += met ? 1 : 0;
            overall[1]++;
            count(byKind, kind, met);
            count(byIndustry, company.industry(), met);
            if (!met) {
                Behind behind = new Behind(standing.personId(), standing.name(), standing.person().masked(), company.id(),
                        company.name(), kind, s.period().type().name(), s.required().canonical(), s.total().canonical(),
                        s.missing().canonical());
                behindTotal[0]++;
                everyBehind.accept(behind);
                listed.add(behind);
                if (listed.size() > BEHIND_LISTED) {
                    listed.poll();
                }
            }
        });
        countCertified(certified, allCertified[0]);
        List<CompanyRow> rows = new ArrayList<>();
        for (Company company : companies.values()) {
            int[] n = perCompany.getOrDefault(company.id(), new int[4]);
            rows.add(new CompanyRow(company.id(), company.name(), company.industry(), n[0], n[1], n[2], n[3],
                    Share.of("", n[1], n[1] + n[2]).percent()));
        }
        rows.sort(Comparator.comparing((CompanyRow r) -> r.percent() == null ? BigDecimal.valueOf(-1) : r.percent())
                .reversed().thenComparing(CompanyRow::people, Comparator.reverseOrder()).thenComparing(CompanyRow::companyId));
        List<Behind> behind = new ArrayList<>(listed);
        behind.sort(BEHIND_ORDER);
        return new Dashboard(bureauName, year, today, Share.of("ALL", overall[0], overall[1]), overall[2],
                shares(byKind), shares(byIndustry), Share.of("SPECIAL_OPERATION", certified[0], certified[1]), rows,
                behind, behindTotal[0], anomaliesByCompany(c, path, year, zone), anomaliesByInstitution(c, path, year, zone));
    }

    private static void countCertified(int[] certified, Boolean allCertified) {
        if (allCertified != null) {
            certified[1]++;
            certified[0] += allCertified ? 1 : 0;
        }
    }

    private static void count(Map<String, int[]> map, String key, boolean met) {
        int[] n = map.computeIfAbsent(key, k -> new int[2]);
        n[1]++;
        if (met) {
            n[0]++;
        }
    }

    private static List<Share> shares(Map<String, int[]> map) {
        List<Share> list = new ArrayList<>();
        map.forEach((k, n) -> list.add(Share.of(k, n[0], n[1])));
        return list;
    }

    private static final String EMPLOYED_IN_SUBTREE = """
            select e.person_id from employment e join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
            where e.end_date is null and b.path like ? || '%'""";

    /** Study-time anomalies of the year recorded for people currently employed at each company of the subtree. */
    private static List<Anomalies> anomaliesByCompany(Connection c, String path, int year, ZoneId zone) throws SQLException {
        List<Anomalies> list = new ArrayList<>();
        Sql.each(c, """
                select c.id, c.name, count(*), count(distinct a.person_id), coalesce(sum(a.affected_ms), 0) / 60000
                from playback_anomaly a
                join employment e on e.person_id = a.person_id and e.end_date is null
                join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                where b.path like ? || '%' and a.recorded_at >= ? and a.recorded_at < ?
                group by c.id, c.name order by count(*) desc, c.id""",
                r -> list.add(new Anomalies(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5))),
                path, yearStart(year, zone), yearStart(year + 1, zone));
        return list;
    }

    /**
     * The same anomalies by the institution whose course was playing, so an inspector sees whose courses are
     * watched in ways that do not count (an institution's content, or its learners, may need a look).
     */
    private static List<InstitutionAnomalies> anomaliesByInstitution(Connection c, String path, int year, ZoneId zone)
            throws SQLException {
        List<InstitutionAnomalies> list = new ArrayList<>();
        Sql.each(c, """
                select i.id, i.name, count(*), count(distinct a.person_id), coalesce(sum(a.affected_ms), 0) / 60000
                from playback_anomaly a join playback_session s on s.id = a.session_id
                join course co on co.id = s.course_id join institution i on i.id = co.institution_id
                where a.recorded_at >= ? and a.recorded_at < ? and a.person_id in (""" + EMPLOYED_IN_SUBTREE + """
                )
                group by i.id, i.name order by count(*) desc, i.id""",
                r -> list.add(new InstitutionAnomalies(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5))),
                yearStart(year, zone), yearStart(year + 1, zone), path);
        return list;
    }

    private static Instant yearStart(int year, ZoneId zone) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }
}
