package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.anxue.security.Role;

/**
 * Who sees whose credit account. A worker: their own. A company admin: its current employees, with the
 * entries of their time at this company (from the start of the open employment); of time at other
 * employers, only the totals. A bureau officer: people whose employer (current, else latest) lies in the
 * officer's jurisdiction subtree. Everyone else: nobody (answered as 404, so that nothing leaks).
 */
@ApplicationScoped
public class CreditAccess {

    /** What the caller sees of one person: everything, or entries from {@code entriesFrom} on. */
    public record Sight(LocalDate entriesFrom) {
        public static final Sight FULL = new Sight(null);

        public boolean full() {
            return entriesFrom == null;
        }

        public boolean shows(LocalDate day) {
            return entriesFrom == null || !day.isBefore(entriesFrom);
        }
    }

    private final DataSource dataSource;

    CreditAccess(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Sight> sightOf(Caller caller, long personId) {
        if (caller == null) {
            return Optional.empty();
        }
        if (caller.is(Role.WORKER)) {
            return caller.tenantId() == personId ? Optional.of(Sight.FULL) : Optional.empty();
        }
        if (caller.is(Role.COMPANY_ADMIN)) {
            return query("select min(start_date) from employment where person_id = ? and company_id = ? and end_date is null",
                    personId, caller.tenantId()).map(Sight::new);
        }
        if (caller.is(Role.BUREAU_OFFICER)) {
            return query("select current_date from employment e join company c on c.id = e.company_id"
                    + " join bureau b on b.id = c.bureau_id join bureau o on o.id = ?"
                    + " where e.id = (select e2.id from employment e2 where e2.person_id = ?"
                    + " order by (e2.end_date is null) desc, e2.start_date desc, e2.id desc limit 1)"
                    + " and b.path like o.path || '%'", caller.tenantId(), personId).map(d -> Sight.FULL);
        }
        return Optional.empty();
    }

    /** Whether the bureau officer's subtree contains bureau {@code bureauId}. */
    public boolean inSubtree(Caller caller, long bureauId) {
        if (caller == null || !caller.is(Role.BUREAU_OFFICER)) {
            return false;
        }
        return query("select current_date from bureau b join bureau o on o.id = ? where b.id = ? and b.path like o.path || '%'",
                caller.tenantId(), bureauId).isPresent();
    }

    private Optional<LocalDate> query(String sql, long first, long second) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, first);
            q.setLong(2, second);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next() || r.getDate(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(r.getDate(1).toLocalDate());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not decide access", e);
        }
    }
}
