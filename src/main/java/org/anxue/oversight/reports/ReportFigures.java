package org.anxue.oversight.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.anxue.creditbank.CreditBank;
import org.anxue.creditbank.StatusReport;
import org.anxue.creditbank.model.Compliance;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.creditbank.model.Statement;
import org.anxue.org.Industry;
import org.anxue.org.Labelled;

/**
 * Computes a report's figures for a bureau's subtree and a period. People are placed by the employments they
 * held on the period's last day (started by then, not ended before it; company → its county/district and
 * industry), so a report of a past month counts who worked where at its end; a person employed at two companies counts once
 * in each row they fall in and once in the total. 达标率 is the credit bank's statement status of the
 * period's year as its rules compute it at the end of the period's last day ({@link StatusReport#eachEmployment}):
 * training that took place after the period does not count, so a report of March generated in November says
 * who had met their hours by the end of March. Training in the period that was recorded after it counts in a
 * report generated after the recording (a new version). This class only counts. Spot exams count at the company inspected, by inspection date.
 */
@ApplicationScoped
public class ReportFigures {

    /** The bureau a report is for. */
    public record Bureau(long id, String name, String path) {
    }

    private static final String ONLINE = "ONLINE_COURSE_COMPLETED";

    private final CreditBank bank;
    private final DataSource ds;

    ReportFigures(CreditBank bank, DataSource ds) {
        this.bank = bank;
        this.ds = ds;
    }

    /** Counters of one row of the report (an area, an industry, the total). */
    private static final class Acc {
        int people;
        int trained;
        int met;
        int judged;
        BigDecimal hours = BigDecimal.ZERO;
        int completions;
        int anomalies;
        int exams;
        int takers;
        int passed;
    }

    private record Company(long id, String industry, String areaKey) {
    }

    private record Learning(int completions, BigDecimal hours, int entries) {
    }

    public Figures compute(Bureau bureau, Period period, IntConsumer progress) {
        try (Connection c = ds.getConnection()) {
            return compute(c, bureau, period, bank.policies().catalog(), bank.clock().getZone(), progress);
        } catch (SQLException e) {
            throw new IllegalStateException("could not compute the report", e);
        }
    }

    /**
     * The figures on the caller's connection (which must not auto-commit: the people are read with a cursor).
     * Memory holds the companies, the people trained in the period and those with anomalies, and one row of
     * counters per area and industry; everybody else passes through once.
     */
    public static Figures compute(Connection c, Bureau bureau, Period period, PolicyCatalog catalog, ZoneId zone,
                                  IntConsumer progress) throws SQLException {
        Map<String, String> areaNames = new LinkedHashMap<>();
        List<String[]> children = new ArrayList<>();
        query(c, "select id, name, path from bureau where parent_id = ? order by id", r -> {
            areaNames.put(Long.toString(r.getLong(1)), r.getString(2));
            children.add(new String[] {Long.toString(r.getLong(1)), r.getString(3)});
        }, bureau.id());
        areaNames.put("direct", bureau.name() + "（直属 direct）");
        Map<Long, Company> companies = new HashMap<>();
        query(c, "select c.id, c.industry, b.path from company c join bureau b on b.id = c.bureau_id where b.path like ? || '%'",
                r -> {
                    String path = r.getString(3);
                    String area = "direct";
                    for (String[] child : children) {
                        if (path.startsWith(child[1])) {
                            area = child[0];
                        }
                    }
                    companies.put(r.getLong(1), new Company(r.getLong(1), r.getString(2), area));
                }, bureau.path());
        Map<String, Learning> learning = new HashMap<>();
        query(c, """
                select ce.id_number, count(*) filter (where ce.kind = ?),
                       coalesce(sum(ce.credited_hours) filter (where ce.kind = ?), 0), count(*)
                from credit_entry ce
                where ce.kind in ('ONLINE_COURSE_COMPLETED', 'OFFLINE_CLASS_ATTENDED') and ce.occurred_on between ? and ?
                  and not exists (select 1 from credit_entry r where r.id_number = ce.id_number and r.kind = 'REVERSAL'
                                  and r.reversed_sequence = ce.sequence)
                  and ce.id_number in (select p.id_number from employment e join person p on p.id = e.person_id
                                       join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                                       where e.start_date <= ? and (e.end_date is null or e.end_date >= ?)
                                         and b.path like ? || '%')
                group by ce.id_number""",
                r -> learning.put(r.getString(1), new Learning(r.getInt(2), r.getBigDecimal(3), r.getInt(4))),
                ONLINE, ONLINE, period.from(), period.until(), period.until(), period.until(), bureau.path());
        Map<Long, Integer> anomalies = new HashMap<>();
        query(c, """
                select a.person_id, count(*) from playback_anomaly a
                where a.recorded_at >= ? and a.recorded_at < ?
                  and a.person_id in (select e.person_id from employment e join company c on c.id = e.company_id
                                      join bureau b on b.id = c.bureau_id
                                      where e.start_date <= ? and (e.end_date is null or e.end_date >= ?)
                                        and b.path like ? || '%')
                group by a.person_id""",
                r -> anomalies.put(r.getLong(1), r.getInt(2)),
                Timestamp.from(period.from().atStartOfDay(zone).toInstant()),
                Timestamp.from(period.until().plusDays(1).atStartOfDay(zone).toInstant()), period.until(), period.until(),
                bureau.path());
        Map<String, Acc> byArea = new LinkedHashMap<>();
        areaNames.keySet().forEach(k -> byArea.put(k, new Acc()));
        Map<String, Acc> byIndustry = new TreeMap<>();
        Acc total = new Acc();
        // one pass over every current employment, grouped by person: statuses on the period's last day
        PersonInPass person = new PersonInPass();
        int[] visited = {0};
        StatusReport.eachEmploymentHeldOn(c, bureau.path(), period.until().getYear(), period.until(), catalog, standing -> {
            progress.accept(++visited[0]);
            if (!standing.person().equals(person.key)) {
                person.count(byArea, byIndustry, total, learning, anomalies);
                person.start(standing);
            }
            person.employedAt(standing, companies.get(standing.companyId()));
        });
        person.count(byArea, byIndustry, total, learning, anomalies);
        query(c, """
                select se.company_id, count(distinct se.id), count(t.id), count(t.id) filter (where t.passed)
                from spot_exam se join company c on c.id = se.company_id join bureau b on b.id = c.bureau_id
                left join spot_exam_taker t on t.exam_id = se.id
                where se.inspected_on between ? and ? and b.path like ? || '%'
                group by se.company_id""", r -> {
            Company company = companies.get(r.getLong(1));
            for (Acc acc : List.of(byArea.get(company.areaKey()),
                    byIndustry.computeIfAbsent(company.industry(), k -> new Acc()), total)) {
                acc.exams += r.getInt(2);
                acc.takers += r.getInt(3);
                acc.passed += r.getInt(4);
            }
        }, period.from(), period.until(), bureau.path());
        List<Figures.Row> areaRows = new ArrayList<>();
        byArea.forEach((k, acc) -> areaRows.add(row(k, areaNames.get(k), acc)));
        List<Figures.Row> industryRows = new ArrayList<>();
        byIndustry.forEach((k, acc) -> industryRows.add(row(k, industryLabel(k), acc)));
        return new Figures(period.kind(), period.label(), period.from().toString(), period.until().toString(),
                bureau.id(), bureau.name(), areaRows, industryRows, row("total", bureau.name(), total));
    }

    /**
     * The person the pass is on: the areas and industries of their companies (each counted once), and their
     * status under the post of their latest employment (the one {@link StatusReport#run} judges by).
     */
    private static final class PersonInPass {
        StatusReport.EmploymentStanding latest;
        PersonKey key;
        final Set<String> areas = new HashSet<>();
        final Set<String> industries = new HashSet<>();

        void start(StatusReport.EmploymentStanding standing) {
            key = standing.person();
            latest = null;
            areas.clear();
            industries.clear();
        }

        void employedAt(StatusReport.EmploymentStanding standing, Company company) {
            areas.add(company.areaKey());
            industries.add(company.industry());
            if (latest == null || standing.startDate().isAfter(latest.startDate())) {
                latest = standing;
            }
        }

        void count(Map<String, Acc> byArea, Map<String, Acc> byIndustry, Acc total, Map<String, Learning> learning,
                   Map<Long, Integer> anomalies) {
            if (key == null) {
                return;
            }
            Learning l = learning.get(key.value());
            Statement status = latest.statement();
            int anomalyCount = anomalies.getOrDefault(latest.personId(), 0);
            for (String area : areas) {
                countIn(byArea.get(area), l, status, anomalyCount);
            }
            for (String industry : industries) {
                countIn(byIndustry.computeIfAbsent(industry, k -> new Acc()), l, status, anomalyCount);
            }
            countIn(total, l, status, anomalyCount);
        }
    }

    private static void countIn(Acc acc, Learning learning, Statement status, int anomalies) {
        acc.people++;
        if (learning != null && learning.entries() > 0) {
            acc.trained++;
            acc.completions += learning.completions();
            acc.hours = acc.hours.add(learning.hours());
        }
        if (status != null) {
            acc.judged++;
            if (status.status() == Compliance.MET) {
                acc.met++;
            }
        }
        acc.anomalies += anomalies;
    }

    private static Figures.Row row(String key, String name, Acc acc) {
        return new Figures.Row(key, name, acc.people, acc.trained, acc.hours.setScale(2), acc.completions,
                acc.met, acc.judged, Figures.percent(acc.met, acc.judged), acc.anomalies,
                acc.exams, acc.takers, acc.passed, Figures.percent(acc.passed, acc.takers));
    }

    private static String industryLabel(String code) {
        return Labelled.labelOf(Industry.class, code);
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    static void query(Connection c, String sql, RowReader reader, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }
}
