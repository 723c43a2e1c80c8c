package org.anxue.creditbank;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** Runs over people with an open employment in the subtree of {@code bureauPath} ('/1/51/'). */
    public static Counts run(Connection c, String bureauPath, int year, LocalDate today, PolicyCatalog current,
                             PolicyCatalog proposed) throws SQLException {
        String people = "select distinct on (p.id_number) p.id_number, e.post_kind, e.operation, c.risk_tier, b.path"
                + " from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id"
                + " join bureau b on b.id = c.bureau_id where e.end_date is null and b.path like ? || '%'"
                + " order by p.id_number, e.start_date desc";
        String entries = "select " + LedgerRows.COLUMNS + " from credit_entry where id_number in (select p.id_number"
                + " from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id"
                + " join bureau b on b.id = c.bureau_id where e.end_date is null and b.path like ? || '%')"
                + " order by id_number, sequence";
        int total = 0, met = 0, notMet = 0, skipped = 0, changed = 0, toMet = 0, toNotMet = 0;
        Instant now = Instant.now();
        try (PreparedStatement pq = c.prepareStatement(people); PreparedStatement eq = c.prepareStatement(entries)) {
            pq.setString(1, bureauPath);
            pq.setFetchSize(5_000);
            eq.setString(1, bureauPath);
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
                    total++;
                    CreditAccount account;
                    try {
                        account = CreditAccount.restore(person, own);
                    } catch (RuntimeException tampered) {
                        skipped++;
                        continue;
                    }
                    var path = People.pathOf(pr.getString(5));
                    Compliance before = status(account, People.postKind(pr.getString(2)), pr.getString(3),
                            "HIGH_RISK".equals(pr.getString(4)) ? IndustryTier.HIGH_RISK : IndustryTier.GENERAL,
                            current.inForce(path, reference(year, today)).orElse(null), year, today, now);
                    if (before == null) {
                        skipped++;
                        continue;
                    }
                    if (before == Compliance.MET) {
                        met++;
                    } else {
                        notMet++;
                    }
                    if (proposed != null) {
                        Compliance after = status(account, People.postKind(pr.getString(2)), pr.getString(3),
                                "HIGH_RISK".equals(pr.getString(4)) ? IndustryTier.HIGH_RISK : IndustryTier.GENERAL,
                                proposed.inForce(path, reference(year, today)).orElse(null), year, today, now);
                        if (after != null && after != before) {
                            changed++;
                            if (after == Compliance.MET) {
                                toMet++;
                            } else {
                                toNotMet++;
                            }
                        }
                    }
                }
            }
        }
        return new Counts(total, met, notMet, skipped, changed, toMet, toNotMet);
    }

    static LocalDate reference(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isAfter(end) ? end : today.getYear() < year ? LocalDate.of(year, 1, 1) : today;
    }

    private static Compliance status(CreditAccount account, PostKind post, String operation, IndustryTier tier,
                                     CreditPolicy policy, int year, LocalDate today, Instant now) {
        if (policy == null) {
            return null;
        }
        Choice choice = choose(account, post, operation, tier, policy, year, null, today);
        if (choice == null) {
            return null;
        }
        try {
            Statement s = ComputingAStatement.of(account, choice.post(), choice.tier(), choice.period(), policy, now);
            return s.status();
        } catch (RuleViolation e) {
            return null;
        }
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
