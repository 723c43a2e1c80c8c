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
 * merged, one statement computed per person (under one or two policy catalogs: the policy preview compares
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
        each(c, "b.path like ? || '%'", bureauPath, (person, jurisdiction, account) -> {
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
        each(c, "c.id = ?", companyId, (person, jurisdiction, account) -> {
            Statement s = account == null ? null
                    : statement(account, person, catalog.inForce(jurisdiction, reference(year, today)).orElse(null), year, today);
            list.add(new PersonStatus(person.personId(), person.name(), person.key().masked(),
                    s == null ? null : s.period().type().name(), s == null ? null : s.required().canonical(),
                    s == null ? null : s.total().canonical(), s == null ? null : s.missing().canonical(),
                    s == null ? null : s.status().name()));
        });
        return list;
    }

    /** A person's row of the people query. */
    record Row(PersonKey key, long personId, String name, PostKind post, String operation, IndustryTier tier) {
    }

    interface Visitor {
        void visit(Row person, BureauPath jurisdiction, CreditAccount account) throws SQLException;
    }

    /**
     * Visits everyone with an open employment matching {@code scope} (a condition on e, c, b), with their
     * restored account (null when its chain is broken), merging two queries ordered by ID number.
     */
    static void each(Connection c, String scope, Object param, Visitor visitor) throws SQLException {
        String from = " from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id"
                + " join bureau b on b.id = c.bureau_id where e.end_date is null and " + scope;
        String people = "select distinct on (p.id_number) p.id_number, e.post_kind, e.operation, c.risk_tier, b.path,"
                + " p.id, p.name" + from + " order by p.id_number, e.start_date desc";
        String entries = "select " + LedgerRows.COLUMNS + " from credit_entry where id_number in (select p.id_number"
                + from + ") order by id_number, sequence";
        try (PreparedStatement pq = c.prepareStatement(people); PreparedStatement eq = c.prepareStatement(entries)) {
            pq.setObject(1, param);
            pq.setFetchSize(5_000);
            eq.setObject(1, param);
            eq.setFetchSize(5_000);
            try (ResultSet pr = pq.executeQuery(); ResultSet er = eq.executeQuery()) {
                LedgerEntry pending = er.next() ? LedgerRows.read(er) : null;
                while (pr.next()) {
                    PersonKey person = new PersonKey(pr.getString(1));
                    List<LedgerEntry> own = new ArrayList<>();
                    while (pending != null && pending.person().compareTo(person) < 0) {
                        pending = er.next() ? LedgerRows.read(er) : null;
                    }
                    while (pending != null && pending.person().equals(person)) {
                        own.add(pending);
                        pending = er.next() ? LedgerRows.read(er) : null;
                    }
                    CreditAccount account;
                    try {
                        account = CreditAccount.restore(person, own);
                    } catch (RuntimeException tampered) {
                        account = null;
                    }
                    Row row = new Row(person, pr.getLong(6), pr.getString(7), People.postKind(pr.getString(2)),
                            pr.getString(3), "HIGH_RISK".equals(pr.getString(4)) ? IndustryTier.HIGH_RISK : IndustryTier.GENERAL);
                    visitor.visit(row, People.pathOf(pr.getString(5)), account);
                }
            }
        }
    }

    private static Statement statement(CreditAccount account, Row person, CreditPolicy policy, int year, LocalDate today) {
        if (account == null || policy == null) {
            return null;
        }
        Choice choice = choose(account, person.post(), person.operation(), person.tier(), policy, year, null, today);
        if (choice == null) {
            return null;
        }
        try {
            return ComputingAStatement.of(account, choice.post(), choice.tier(), choice.period(), policy, Instant.EPOCH);
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
            if (operation == null || account.currentCertificate(operation).isEmpty()) {
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
