package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.anxue.creditbank.model.AccountHead;
import org.anxue.creditbank.model.CreditAccount;
import org.anxue.creditbank.model.CreditAccounts;
import org.anxue.creditbank.model.EntryHasher;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PersonKey;

/**
 * The model's {@link CreditAccounts} port on PostgreSQL: {@code credit_account} holds each chain's head,
 * {@code credit_entry} the entries. {@link #accountOf} opens the account if needed and locks its head row
 * until the transaction ends, so postings to one account run one after another and the chain never
 * forks. Must be called inside a transaction.
 */
@ApplicationScoped
public class Ledger implements CreditAccounts {

    private final DataSource dataSource;

    Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public CreditAccount accountOf(PersonKey person) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement open = c.prepareStatement(
                    "insert into credit_account (id_number, head_hash) values (?, ?) on conflict do nothing")) {
                open.setString(1, person.value());
                open.setString(2, EntryHasher.genesisHash(person));
                open.executeUpdate();
            }
            try (PreparedStatement lock = c.prepareStatement(
                    "select head_sequence from credit_account where id_number = ? for update")) {
                lock.setString(1, person.value());
                lock.executeQuery().close();
            }
            return CreditAccount.restore(person, entries(c, person));
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the credit account " + person, e);
        }
    }

    /** The account without locking it (for statements and pages); empty accounts are not opened. */
    public CreditAccount read(PersonKey person) {
        try (Connection c = dataSource.getConnection()) {
            return CreditAccount.restore(person, entries(c, person));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the credit account " + person, e);
        }
    }

    /** The accounts for reading only (statements): no lock, nothing opened, nothing stored. */
    public CreditAccounts reading() {
        return new CreditAccounts() {
            @Override
            public CreditAccount accountOf(PersonKey person) {
                return read(person);
            }

            @Override
            public void store(LedgerEntry entry) {
                throw new UnsupportedOperationException("read only");
            }
        };
    }

    /** The stored entries of one account in sequence order, without verifying them. */
    public List<LedgerEntry> entriesOf(PersonKey person) {
        try (Connection c = dataSource.getConnection()) {
            return entries(c, person);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the credit account " + person, e);
        }
    }

    @Override
    public void store(LedgerEntry entry) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(LedgerRows.INSERT)) {
                LedgerRows.bind(insert, entry);
                insert.executeUpdate();
            }
            try (PreparedStatement head = c.prepareStatement("update credit_account set head_sequence = ?, head_hash = ?,"
                    + " updated_at = now() where id_number = ? and head_sequence = ?")) {
                head.setLong(1, entry.sequence());
                head.setString(2, entry.hash());
                head.setString(3, entry.person().value());
                head.setLong(4, entry.sequence() - 1);
                if (head.executeUpdate() != 1) {
                    throw new IllegalStateException("the head of " + entry.person() + " moved while entry "
                            + entry.sequence() + " was posted");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store entry " + entry.sequence() + " of " + entry.person(), e);
        }
    }

    /** The stored head of an account (sequence 0 and the genesis hash for an account without entries). */
    public Optional<AccountHead> storedHead(PersonKey person) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select head_sequence, head_hash from credit_account where id_number = ?")) {
            q.setString(1, person.value());
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new AccountHead(person, r.getLong(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the head of " + person, e);
        }
    }

    /**
     * Streams every entry ordered by ID number and sequence (what {@code LedgerAudit} expects) through a
     * cursor, {@code fetchSize} rows at a time. Call inside a transaction (a cursor needs one).
     */
    public void streamAll(int fetchSize, Consumer<LedgerEntry> sink) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select " + LedgerRows.COLUMNS
                        + " from credit_entry order by id_number, sequence")) {
            q.setFetchSize(fetchSize);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sink.accept(LedgerRows.read(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the ledger", e);
        }
    }

    static List<LedgerEntry> entries(Connection c, PersonKey person) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select " + LedgerRows.COLUMNS
                + " from credit_entry where id_number = ? order by sequence")) {
            q.setString(1, person.value());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    entries.add(LedgerRows.read(r));
                }
            }
        }
        return entries;
    }
}
