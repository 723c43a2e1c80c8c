package org.anxue.creditbank;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxue.creditbank.model.BureauPath;
import org.anxue.creditbank.model.CertificateRecorded;
import org.anxue.creditbank.model.ComputingAStatement;
import org.anxue.creditbank.model.Compliance;
import org.anxue.creditbank.model.CreditAccount;
import org.anxue.creditbank.model.CreditPolicy;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PeriodRule;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.RuleViolation;
import org.anxue.creditbank.model.Statement;
import org.anxue.creditbank.model.TrainingPeriod;
import org.anxue.creditbank.model.TrainingPeriods;
import org.anxue.creditbank.model.TrainingType;

/**
 * The status (达标 / 未达标) of everybody currently employed in a bureau's subtree for a year, in one pass:
 * the people and their posts in one query, all their entries in a second, both ordered by ID number and
 * merged, one statement computed per person (or per employment, for the oversight dashboard and reports) (under one or two policy catalogs: the policy preview compares
 * the stored policies with a proposed version). Memory holds one account at a time.
 */
public final class StatusReport {

    /** Counts under the first catalog, and how many would change under the second (if given). */
    public record Counts(int people, int met, int notMet, int skipped, int changed, int toMet, int toNotMet) {
    }

    /** A person's statement choice: the training their post owes in the year (see {@link Statements}). */
    record Choice(PostKind post, IndustryTier tier, TrainingPeriod period) {
    }

    private StatusReport() {
    }

    /** One person's figures for the list of a company. */
    public record PersonStatus(long personId, String name, String idNumber, String trainingType, String required,
                               String total, String missing, String status) {
    }

    /** Runs over people with an open employment in the subtree of {@code bureauPath} ('/1/51/'). */
    public static Counts run(Connection c, String bureauPath, int year, LocalDate today, PolicyCatalog current,
                             PolicyCatalog proposed) throws SQLException {
        int[] n = new int[7];
        each(c, "b.path like ? || '%'", bureauPath, false, null, (person, jurisdiction, account) -> {
            n[0]++;
            Statement before = statement(account, person, current.inForce(jurisdiction, reference(year, today)).orElse(null),
                    year, today);
            if (before == null) {
                n[3]++;
                return;
            }
            n[before.status() == Compliance.MET ? 1 : 2]++;
            if (proposed != null) {
                Statement after = statement(account, person,
                        proposed.inForce(jurisdiction, reference(year, today)).orElse(null), year, today);
                if (after != null && after.status() != before.status()) {
                    n[4]++;
                    n[after.status() == Compliance.MET ? 5 : 6]++;
                }
            }
        });
        return new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    /** Every current employee of a company with their statement figures for the year. */
    public static List<PersonStatus> ofCompany(Connection c, long companyId, int year, LocalDate today,
                                               PolicyCatalog catalog) throws SQLException {
        List<PersonStatus> list = new ArrayList<>();
        each(c, "c.id = ?", companyId, false, null, (person, jurisdiction, account) -> {
            Statement s = statement(account, person, catalog.inForce(jurisdiction, reference(year, today)).orElse(null),
                    year, today);
            list.add(new PersonStatus(person.personId(), person.name(), person.key().masked(),
                    s == null ? null : s.period().type().name(), s == null ? null : s.required().canonical(),
                    s == null ? null : s.total().canonical(), s == null ? null : s.missing().canonical(),
                    s == null ? null : s.status().name()));
        });
        return list;
    }

    /**
     * One open employment in a subtree and its holder's standing on a day: the statement the person owes for
     * the year under that post (null when none can be computed: no policy, broken chain, no review period) and
     * the certificate of the post's operation held that day (null when none or the chain is broken).
     */
    public record EmploymentStanding(long personId, String name, PersonKey person, long companyId, String postKind,
                                     String operation, LocalDate startDate, Statement statement,
                                     CertificateRecorded certificate) {
    }

    /** Receives the standings of {@link #eachEmployment}, grouped by person (ordered by ID number, then company). */
    public interface StandingVisitor {
        void visit(EmploymentStanding standing) throws SQLException;
    }

    /**
     * Every open employment in the subtree of {@code bureauPath}, in one pass over two queries (people and
     * entries, both ordered by ID number): a person employed at two companies is visited once per company,
     * their account restored once. Statements count what took place by {@code day} (the reference day of the
     * year's policy too), so a past period's end gives the standing at that end. Memory holds one account.
     */
    public static void eachEmployment(Connection c, String bureauPath, int year, LocalDate day, PolicyCatalog catalog,
                                      StandingVisitor visitor) throws SQLException {
        eachEmployment(c, bureauPath, year, day, catalog, null, visitor);
    }

    /**
     * As {@link #eachEmployment(Connection, String, int, LocalDate, PolicyCatalog, StandingVisitor)}, over the
     * employments held on {@code day} (started by then, not ended before it) instead of the open ones: a report of
     * a past month counts the people employed at the month's end.
     */
    public static void eachEmploymentHeldOn(Connection c, String bureauPath, int year, LocalDate day,
                                            PolicyCatalog catalog, StandingVisitor visitor) throws SQLException {
        eachEmployment(c, bureauPath, year, day, catalog, day, visitor);
    }

    private static void eachEmployment(Connection c, String bureauPath, int year, LocalDate day, PolicyCatalog catalog,
                                       LocalDate heldOn, StandingVisitor visitor) throws SQLException {
        each(c, "b.path like ? || '%'", bureauPath, true, heldOn, (person, jurisdiction, account) -> {
            Statement s = statement(account, person, catalog.inForce(jurisdiction, reference(year, day)).orElse(null),
                    year, day);
            CertificateRecorded held = account == null || person.operation() == null ? null
                    : account.currentCertificate(person.operation(), day).orElse(null);
            visitor.visit(new EmploymentStanding(person.personId(), person.name(), person.key(), person.companyId(),
                    person.postKind(), person.operation(), person.startDate(), s, held));
        });
    }

    /** A person's row of the people query (one per person, or one per employment). */
    record Row(PersonKey key, long personId, String name, String postKind, PostKind post, String operation,
               IndustryTier tier, long companyId, LocalDate startDate) {
    }

    interface Visitor {
        void visit(Row person, BureauPath jurisdiction, CreditAccount account) throws SQLException;
    }

    /**
     * Visits everyone with an open employment (or, with {@code heldOn}, one held on that day: started by then and
     * not ended before it) matching {@code scope} (a condition on e, c, b) — once per person (their latest
     * employment), or once per employment — with their restored account (null when its chain is broken), merging
     * two queries ordered by ID number.
     */
    static void each(Connection c, String scope, Object param, boolean perEmployment, LocalDate heldOn, Visitor visitor)
            throws SQLException {
        String from = " from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id"
                + " join bureau b on b.id = c.bureau_id where "
                + (heldOn == null ? "e.end_date is null" : "e.start_date <= ? and (e.end_date is null or e.end_date >= ?)")
                + " and " + scope;
        String people = "select distinct on (p.id_number" + (perEmployment ? ", c.id" : "") + ") p.id_number, e.post_kind,"
                + " e.operation, c.risk_tier, b.path, p.id, p.name, c.id, e.start_date" + from
                + " order by p.id_number" + (perEmployment ? ", c.id" : "") + ", e.start_date desc";
        String entries = "select " + LedgerRows.COLUMNS + " from credit_entry where id_number in (select p.id_number"
                + from + ") order by id_number, sequence";
        try (PreparedStatement pq = c.prepareStatement(people); PreparedStatement eq = c.prepareStatement(entries)) {
            for (PreparedStatement q : List.of(pq, eq)) {
                int i = 1;
                if (heldOn != null) {
                    q.setObject(i++, heldOn);
                    q.setObject(i++, heldOn);
                }
                q.setObject(i, param);
                q.setFetchSize(5_000);
            }
            try (ResultSet pr = pq.executeQuery(); ResultSet er = eq.executeQuery()) {
                LedgerEntry pending = er.next() ? LedgerRows.read(er) : null;
                PersonKey previous = null;
                CreditAccount account = null;
                while (pr.next()) {
                    PersonKey person = new PersonKey(pr.getString(1));
                    if (!person.equals(previous)) {
                        List<LedgerEntry> own = new ArrayList<>();
                        while (pending != null && pending.person().compareTo(person) < 0) {
                            pending = er.next() ? LedgerRows.read(er) : null;
                        }
                        while (pending != null && pending.person().equals(person)) {
                            own.add(pending);
                            pending = er.next() ? LedgerRows.read(er) : null;
                        }
                        try {
                            account = CreditAccount.restore(person, own);
                        } catch (RuntimeException tampered) {
                            account = null;
                        }
                        previous = person;
                    }
                    String postKind = pr.getString(2);
                    Row row = new Row(person, pr.getLong(6), pr.getString(7), postKind, People.postKind(postKind),
                            pr.getString(3), "HIGH_RISK".equals(pr.getString(4)) ? IndustryTier.HIGH_RISK : IndustryTier.GENERAL,
                            pr.getLong(8), pr.getObject(9, LocalDate.class));
                    visitor.visit(row, People.pathOf(pr.getString(5)), account);
                }
            }
        }
    }

    /** The statement of the year as it stood at the end of {@code day}; null if none can be computed. */
    private static Statement statement(CreditAccount account, Row person, CreditPolicy policy, int year, LocalDate day) {
        if (account == null || policy == null) {
            return null;
        }
        Choice choice = choose(account, person.post(), person.operation(), person.tier(), policy, year, null, day);
        if (choice == null) {
            return null;
        }
        try {
            return ComputingAStatement.of(account, choice.post(), choice.tier(), choice.period(), policy, Instant.EPOCH, day);
        } catch (RuleViolation e) {
            return null;
        }
    }

    static LocalDate reference(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isAfter(end) ? end : today.getYear() < year ? LocalDate.of(year, 1, 1) : today;
    }

    /**
     * What a person owes in a year: refresher for principals and managers, routine for other employees, the
     * review for a special-operation worker holding the certificate of their operation (else routine as
     * an employee); {@code type} overrides the type. Null if no period can be formed.
     */
    static Choice choose(CreditAccount account, PostKind post, String operation, IndustryTier tier, CreditPolicy policy,
                         int year, TrainingType type, LocalDate today) {
        String subject = "";
        if (type == null) {
            type = switch (post) {
                case PRINCIPAL, SAFETY_MANAGER -> TrainingType.REFRESHER;
                case GENERAL_WORKER -> TrainingType.ROUTINE;
                case SPECIAL_OPERATION_WORKER -> TrainingType.REVIEW;
            };
        }
        if (type == TrainingType.REVIEW) {
            if (operation == null || account.currentCertificate(operation, today).isEmpty()) {
                post = PostKind.GENERAL_WORKER;
                type = TrainingType.ROUTINE;
            } else {
                subject = operation;
            }
        } else if (post == PostKind.SPECIAL_OPERATION_WORKER) {
            post = PostKind.GENERAL_WORKER;
        }
        if (policy.periodRule(type) == PeriodRule.CALENDAR_YEAR) {
            return new Choice(post, tier, TrainingPeriod.calendarYear(type, year));
        }
        try {
            return new Choice(post, tier, TrainingPeriods.containing(policy, account, type, subject, today));
        } catch (RuleViolation e) {
            return null;
        }
    }
}
