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
import javax.sql.DataSource;
import org.anxue.creditbank.CreditBank;
import org.anxue.creditbank.StatusReport;
import org.anxue.org.Industry;

/**
 * Computes a report's figures for a bureau's subtree and a period. People are placed by their current
 * employment (company → its county/district and industry); a person employed at two companies counts once
 * in each row they fall in and once in the total. 达标率 is the credit bank's statement status of the
 * period's year as its rules compute it with the period's last day as reference day ({@link StatusReport#ofCompany});
 * the statement covers the account's entries of that year, so entries after the period recorded before generation
 * count too. This class only counts. Spot exams count at the company inspected, by inspection date.
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

    private static final class Acc {
        final Set<Long> people = new HashSet<>();
        final Set<Long> trained = new HashSet<>();
        final Set<Long> met = new HashSet<>();
        final Set<Long> judged = new HashSet<>();
        BigDecimal hours = BigDecimal.ZERO;
        int completions;
        int anomalies;
        int exams;
        int takers;
        int passed;
        final Set<Long> counted = new HashSet<>();
    }

    private record Company(long id, String industry, String areaKey) {
    }

    private record Learning(int completions, BigDecimal hours, int entries) {
    }

    public Figures compute(Bureau bureau, Period period) {
        ZoneId zone = bank.clock().getZone();
        try (Connection c = ds.getConnection()) {
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
            // current employments of the subtree: person -> companies
            Map<Long, List<Company>> employedAt = new HashMap<>();
            Map<Long, String> idNumbers = new HashMap<>();
            query(c, """
                    select distinct e.person_id, p.id_number, e.company_id from employment e join person p on p.id = e.person_id
                    join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                    where e.end_date is null and b.path like ? || '%'""", r -> {
                employedAt.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(companies.get(r.getLong(3)));
                idNumbers.put(r.getLong(1), r.getString(2));
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
                                           where e.end_date is null and b.path like ? || '%')
                    group by ce.id_number""",
                    r -> learning.put(r.getString(1), new Learning(r.getInt(2), r.getBigDecimal(3), r.getInt(4))),
                    ONLINE, ONLINE, period.from(), period.until(), bureau.path());
            Map<Long, Integer> anomalies = new HashMap<>();
            query(c, """
                    select a.person_id, count(*) from playback_anomaly a
                    where a.recorded_at >= ? and a.recorded_at < ?
                      and a.person_id in (select e.person_id from employment e join company c on c.id = e.company_id
                                          join bureau b on b.id = c.bureau_id where e.end_date is null and b.path like ? || '%')
                    group by a.person_id""",
                    r -> anomalies.put(r.getLong(1), r.getInt(2)),
                    Timestamp.from(period.from().atStartOfDay(zone).toInstant()),
                    Timestamp.from(period.until().plusDays(1).atStartOfDay(zone).toInstant()), bureau.path());
            // statuses on the period's last day, company by company, by the credit bank's rules
            Map<Long, String> status = new HashMap<>();
            Set<Long> judgedCompanies = new HashSet<>();
            for (List<Company> list : employedAt.values()) {
                for (Company company : list) {
                    if (judgedCompanies.add(company.id())) {
                        for (StatusReport.PersonStatus p : StatusReport.ofCompany(c, company.id(), period.until().getYear(),
                                period.until(), bank.policies().catalog())) {
                            if (p.status() != null) {
                                status.put(p.personId(), p.status());
                            }
                        }
                    }
                }
            }
            Map<String, Acc> byArea = new LinkedHashMap<>();
            areaNames.keySet().forEach(k -> byArea.put(k, new Acc()));
            Map<String, Acc> byIndustry = new TreeMap<>();
            Acc total = new Acc();
            for (var person : employedAt.entrySet()) {
                long id = person.getKey();
                Learning l = learning.get(idNumbers.get(id));
                for (Company company : person.getValue()) {
                    add(byArea.get(company.areaKey()), id, l, status.get(id), anomalies.getOrDefault(id, 0));
                    add(byIndustry.computeIfAbsent(company.industry(), k -> new Acc()), id, l, status.get(id),
                            anomalies.getOrDefault(id, 0));
                }
                add(total, id, l, status.get(id), anomalies.getOrDefault(id, 0));
            }
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
        } catch (SQLException e) {
            throw new IllegalStateException("could not compute the report", e);
        }
    }

    private static void add(Acc acc, long person, Learning learning, String status, int anomalies) {
        if (!acc.counted.add(person)) {
            return;
        }
        acc.people.add(person);
        if (learning != null && learning.entries() > 0) {
            acc.trained.add(person);
            acc.completions += learning.completions();
            acc.hours = acc.hours.add(learning.hours());
        }
        if (status != null) {
            acc.judged.add(person);
            if ("MET".equals(status)) {
                acc.met.add(person);
            }
        }
        acc.anomalies += anomalies;
    }

    private static Figures.Row row(String key, String name, Acc acc) {
        return new Figures.Row(key, name, acc.people.size(), acc.trained.size(), acc.hours.setScale(2), acc.completions,
                acc.met.size(), acc.judged.size(), Figures.percent(acc.met.size(), acc.judged.size()), acc.anomalies,
                acc.exams, acc.takers, acc.passed, Figures.percent(acc.passed, acc.takers));
    }

    private static String industryLabel(String code) {
        try {
            return Industry.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(code);
        }
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
