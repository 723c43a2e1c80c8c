package org.anxue.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.anxue.creditbank.CreditBank;
import org.anxue.creditbank.Standings;
import org.anxue.creditbank.StatusReport;
import org.anxue.creditbank.model.CertificateRecorded;
import org.anxue.creditbank.model.CreditAccount;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.web.AppException;

/**
 * The compliance dashboard of an officer's subtree for a year. Every status comes from the credit bank
 * ({@link Standings#ofCompany}: the statement each current employee owes, computed by its rules); this
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

    /** At most this many people behind are listed (the most missing first); {@code behindTotal} counts all. */
    public static final int BEHIND_LISTED = 500;

    public record Dashboard(String bureauName, int year, LocalDate today, Share overall, int skipped,
                            List<Share> byPostKind, List<Share> byIndustry, Share certified,
                            List<CompanyRow> companies, List<Behind> behind, int behindTotal, List<Anomalies> anomalies) {
    }

    private record Company(long id, String name, String industry) {
    }

    private final Standings standings;
    private final CreditBank bank;
    private final DataSource ds;

    ComplianceDashboard(Standings standings, CreditBank bank, DataSource ds) {
        this.standings = standings;
        this.bank = bank;
        this.ds = ds;
    }

    public Dashboard of(Officer officer, Integer year) {
        LocalDate today = bank.today();
        int theYear = year == null ? today.getYear() : year;
        if (theYear < 2000 || theYear > today.getYear() + 1) {
            throw new AppException(400, "ovs:badYear");
        }
        List<Company> companies = Sql.list(ds, """
                select c.id, c.name, c.industry from company c join bureau b on b.id = c.bureau_id
                where b.path like ? || '%' and exists (select 1 from employment e where e.company_id = c.id and e.end_date is null)
                order by c.id""", r -> new Company(r.getLong(1), r.getString(2), r.getString(3)), officer.path());
        // post kind of each current employment in the subtree: (company, person) -> kind
        Map<String, String> kinds = new HashMap<>();
        Sql.list(ds, """
                select distinct on (e.company_id, e.person_id) e.company_id, e.person_id, e.post_kind
                from employment e join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                where e.end_date is null and b.path like ? || '%' order by e.company_id, e.person_id, e.start_date desc""",
                r -> kinds.put(r.getLong(1) + ":" + r.getLong(2), r.getString(3)), officer.path());
        int[] overall = new int[3];
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byIndustry = new TreeMap<>();
        List<CompanyRow> rows = new ArrayList<>();
        List<Behind> behind = new ArrayList<>();
        for (Company company : companies) {
            int met = 0;
            int notMet = 0;
            int skipped = 0;
            List<StatusReport.PersonStatus> people = standings.ofCompany(company.id(), theYear);
            for (StatusReport.PersonStatus p : people) {
                String kind = kinds.getOrDefault(company.id() + ":" + p.personId(), "GENERAL");
                if (p.status() == null) {
                    skipped++;
                    continue;
                }
                boolean ok = "MET".equals(p.status());
                if (ok) {
                    met++;
                } else {
                    notMet++;
                    behind.add(new Behind(p.personId(), p.name(), p.idNumber(), company.id(), company.name(), kind,
                            p.trainingType(), p.required(), p.total(), p.missing()));
                }
                count(byKind, kind, ok);
                count(byIndustry, company.industry(), ok);
            }
            overall[0] += met;
            overall[1] += met + notMet;
            overall[2] += skipped;
            rows.add(new CompanyRow(company.id(), company.name(), company.industry(), people.size(), met, notMet, skipped,
                    Share.of("", met, met + notMet).percent()));
        }
        rows.sort(Comparator.comparing((CompanyRow r) -> r.percent() == null ? BigDecimal.valueOf(-1) : r.percent())
                .reversed().thenComparing(CompanyRow::people, Comparator.reverseOrder()).thenComparing(CompanyRow::companyId));
        behind.sort(Comparator.comparing((Behind b) -> new BigDecimal(b.missing() == null ? "0" : b.missing())).reversed()
                .thenComparing(Behind::companyName).thenComparing(Behind::name));
        return new Dashboard(officer.bureauName(), theYear, today, Share.of("ALL", overall[0], overall[1]), overall[2],
                shares(byKind), shares(byIndustry), certified(officer, today), rows,
                List.copyOf(behind.subList(0, Math.min(BEHIND_LISTED, behind.size()))), behind.size(),
                anomalies(officer, theYear));
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

    /**
     * 特种作业持证上岗率: people currently employed in the subtree on a special-operation post, and of them
     * those whose credit account holds a standing certificate of the post's operation valid today.
     */
    private Share certified(Officer officer, LocalDate today) {
        Map<String, List<String>> operations = new LinkedHashMap<>();
        Sql.list(ds, """
                select distinct p.id_number, e.operation from employment e join person p on p.id = e.person_id
                join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                where e.end_date is null and e.post_kind = 'SPECIAL_OPERATION' and b.path like ? || '%'
                order by p.id_number""",
                r -> operations.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)), officer.path());
        int valid = 0;
        for (var person : operations.entrySet()) {
            CreditAccount account;
            try {
                account = bank.ledger().read(new PersonKey(person.getKey()));
            } catch (RuntimeException broken) {
                continue;
            }
            boolean all = true;
            for (String operation : person.getValue()) {
                CertificateRecorded held = operation == null ? null : account.currentCertificate(operation).orElse(null);
                all &= held != null && !held.validUntil().isBefore(today);
            }
            if (all) {
                valid++;
            }
        }
        return Share.of("SPECIAL_OPERATION", valid, operations.size());
    }

    /** Study-time anomalies of the year recorded for people currently employed at each company of the subtree. */
    private List<Anomalies> anomalies(Officer officer, int year) {
        ZoneId zone = bank.clock().getZone();
        var from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        var until = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        return Sql.list(ds, """
                select c.id, c.name, count(*), count(distinct a.person_id), coalesce(sum(a.affected_ms), 0) / 60000
                from playback_anomaly a
                join employment e on e.person_id = a.person_id and e.end_date is null
                join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                where b.path like ? || '%' and a.recorded_at >= ? and a.recorded_at < ?
                group by c.id, c.name order by count(*) desc, c.id""",
                r -> new Anomalies(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5)),
                officer.path(), from, until);
    }
}
