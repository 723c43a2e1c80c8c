package org.anxue.oversight.exports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;
import org.anxue.web.AppException;

/**
 * The subsidy report (补贴): every certificate the credit bank's ledger records as issued in a period to a
 * person whose employer lies in the officer's jurisdiction subtree, its category and the amount per the
 * officer's bureau's rates, with totals by company and by institution.
 *
 * <p>Read from the ledger table ({@code credit_entry}, kind CERTIFICATE) as the credit bank writes it; an
 * entry reversed by a REVERSAL entry is left out. Category of an entry: REVIEW when the person already held
 * a (not reversed) certificate of the same operation type recorded before it (a renewal after review);
 * otherwise PRINCIPAL_MANAGER when the person's post at the time was principal or safety manager, else
 * NEW_SPECIAL_OPERATION. The employer is the employment open on the issue day (else the latest one).
 *
 * <p>Institution: the training institution the certificate entry records ({@code institution_ref}, written
 * "institution-" and the institution's id, as the credit bank writes it), shown by its name from
 * {@code institution}; the totals by institution are keyed by that reference, institutions by name first and
 * the certificates without one (未记录) last. A reference naming no institution (not written by Anxue) is shown
 * as it is stored.
 */
@ApplicationScoped
public class SubsidyReport {

    /**
     * One eligible certificate. {@code institution}: the ledger's reference ("institution-12") or null when not
     * recorded; {@code institutionName}: its name, or null when not recorded.
     */
    public record Row(long personId, String name, String idNumber, long companyId, String companyName,
                      String institution, String institutionName, String operationType, String certificateNumber,
                      LocalDate issuedOn, SubsidyRates.Category category, int amount) {
        public String categoryName() {
            return category.name();
        }
    }

    /** A total: people (人次) and yuan, with the count per category. */
    public record Total(String key, String name, int count, long amount, Map<SubsidyRates.Category, Integer> byCategory) {
        /** The count of one category by its name (for templates). */
        public int countOf(String category) {
            return byCategory.get(SubsidyRates.Category.valueOf(category));
        }
    }

    public record Report(String bureauName, LocalDate from, LocalDate until, Map<SubsidyRates.Category, Integer> rates,
                         List<Row> rows, List<Total> byCompany, List<Total> byInstitution, Total total) {
        /** The rate of one category by its name (for templates). */
        public int rateOf(String category) {
            return rates.get(SubsidyRates.Category.valueOf(category));
        }
    }

    static final String SQL = """
            select p.id, p.name, e.id_number, j.company_id, j.company_name, e.institution_ref, e.operation_type,
                   e.certificate_number, e.issued_on, j.post_kind,
                   exists (select 1 from credit_entry x where x.id_number = e.id_number and x.kind = 'CERTIFICATE'
                           and x.operation_type = e.operation_type and x.sequence < e.sequence
                           and not exists (select 1 from credit_entry rx where rx.id_number = x.id_number
                                           and rx.kind = 'REVERSAL' and rx.reversed_sequence = x.sequence)) as renewal,
                   i.name as institution_name
            from credit_entry e
            join person p on p.id_number = e.id_number
            left join institution i on 'institution-' || i.id = e.institution_ref
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

    private final DataSource ds;
    private final SubsidyRates rates;

    SubsidyReport(DataSource ds, SubsidyRates rates) {
        this.ds = ds;
        this.rates = rates;
    }

    /** Parses a period; null bounds mean this year so far. 400 when a bound is not a date or from is after until. */
    public static LocalDate[] period(String from, String until, LocalDate today) {
        try {
            LocalDate f = from == null || from.isBlank() ? today.withDayOfYear(1) : LocalDate.parse(from.strip());
            LocalDate u = until == null || until.isBlank() ? today : LocalDate.parse(until.strip());
            if (f.isAfter(u) || u.isAfter(f.plusYears(10))) {
                throw new AppException(400, "ovx:badPeriod");
            }
            return new LocalDate[] {f, u};
        } catch (java.time.format.DateTimeParseException e) {
            throw new AppException(400, "ovx:badPeriod");
        }
    }

    public Report of(Officer officer, LocalDate from, LocalDate until) {
        Map<SubsidyRates.Category, Integer> r = rates.of(officer.bureauId());
        List<Row> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setObject(1, from);
            s.setObject(2, until);
            s.setString(3, officer.path() + "%");
            try (ResultSet q = s.executeQuery()) {
                while (q.next()) {
                    String post = q.getString(10);
                    SubsidyRates.Category category = q.getBoolean(11) ? SubsidyRates.Category.REVIEW
                            : "PRINCIPAL".equals(post) || "SAFETY_MANAGER".equals(post)
                            ? SubsidyRates.Category.PRINCIPAL_MANAGER : SubsidyRates.Category.NEW_SPECIAL_OPERATION;
                    String institution = q.getString(6);
                    String institutionName = institution == null ? null
                            : q.getString(12) == null ? institution : q.getString(12);
                    rows.add(new Row(q.getLong(1), q.getString(2), q.getString(3), q.getLong(4), q.getString(5),
                            institution, institutionName, q.getString(7), q.getString(8), q.getObject(9, LocalDate.class),
                            category, r.get(category)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the certificates for the subsidy report", e);
        }
        Map<String, List<Row>> companies = new LinkedHashMap<>();
        Map<String, List<Row>> institutions = new LinkedHashMap<>();
        for (Row row : rows) {
            companies.computeIfAbsent(Long.toString(row.companyId()), k -> new ArrayList<>()).add(row);
            institutions.computeIfAbsent(row.institution() == null ? "" : row.institution(), k -> new ArrayList<>()).add(row);
        }
        List<Total> byCompany = companies.entrySet().stream()
                .map(e -> total(e.getKey(), e.getValue().get(0).companyName(), e.getValue())).toList();
        List<Total> byInstitution = institutions.entrySet().stream()
                .map(e -> total(e.getKey(), e.getKey().isEmpty() ? "" : e.getValue().get(0).institutionName(), e.getValue()))
                .sorted(Comparator.comparing((Total t) -> t.key().isEmpty()).thenComparing(Total::name)
                        .thenComparing(Total::key))
                .toList();
        return new Report(officer.bureauName(), from, until, r, rows, byCompany, byInstitution, total("", "", rows));
    }

    private static Total total(String key, String name, List<Row> rows) {
        Map<SubsidyRates.Category, Integer> counts = new EnumMap<>(SubsidyRates.Category.class);
        for (SubsidyRates.Category c : SubsidyRates.Category.values()) {
            counts.put(c, 0);
        }
        long amount = 0;
        for (Row row : rows) {
            counts.merge(row.category(), 1, Integer::sum);
            amount += row.amount();
        }
        return new Total(key, name, rows.size(), amount, counts);
    }
}
