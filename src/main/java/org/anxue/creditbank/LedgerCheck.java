package org.anxue.creditbank;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.anxue.creditbank.model.AccountHead;
import org.anxue.creditbank.model.AccountHeadsTree;
import org.anxue.creditbank.model.ChainVerdict;
import org.anxue.creditbank.model.LedgerAudit;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PersonKey;

/**
 * Re-hashes every chain and the root over all heads, straight from the tables, on any JDBC connection: used
 * by the application (endpoint, schedule) and by the standalone {@link VerifyCommand}, which does not trust
 * the application. Each account is also checked against the heads behind the last stored root, so that
 * cutting entries off or re-hashing a chain after that root is reported.
 */
public final class LedgerCheck {

    /** The outcome of one check. */
    public record Result(long accounts, long entries, List<ChainVerdict.Broken> broken, String root, long treeSize,
                         Long lastRootId, String lastRootHash, boolean lastRootReproduced, long millis,
                         List<AccountHead> heads) {
        public boolean intact() {
            return broken.isEmpty() && lastRootReproduced;
        }
    }

    private LedgerCheck() {
    }

    /** Runs the check; {@code c} must not be in autocommit mode (the entries stream through a cursor). */
    public static Result run(Connection c) throws SQLException {
        long start = System.nanoTime();
        Long rootId = null;
        String rootHash = null;
        Map<PersonKey, AccountHead> published = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select id, root_hash from credit_root order by id desc limit 1");
                ResultSet r = q.executeQuery()) {
            if (r.next()) {
                rootId = r.getLong(1);
                rootHash = r.getString(2);
            }
        }
        if (rootId != null) {
            try (PreparedStatement q = c.prepareStatement("select id_number, sequence, hash from credit_root_head where root_id = ?")) {
                q.setLong(1, rootId);
                q.setFetchSize(10_000);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        PersonKey person = new PersonKey(r.getString(1));
                        published.put(person, new AccountHead(person, r.getLong(2), r.getString(3)));
                    }
                }
            }
        }
        boolean reproduced = rootId == null || new AccountHeadsTree(published.values()).root().equals(rootHash);
        LedgerAudit audit = new LedgerAudit(published);
        List<AccountHead> heads = new ArrayList<>();
        LedgerEntry last = null;
        try (PreparedStatement q = c.prepareStatement("select " + LedgerRows.COLUMNS
                + " from credit_entry order by id_number, sequence")) {
            q.setFetchSize(10_000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    LedgerEntry entry = LedgerRows.read(r);
                    if (last != null && !last.person().equals(entry.person())) {
                        heads.add(new AccountHead(last.person(), last.sequence(), last.hash()));
                    }
                    audit.accept(entry);
                    last = entry;
                }
            }
        }
        if (last != null) {
            heads.add(new AccountHead(last.person(), last.sequence(), last.hash()));
        }
        LedgerAudit.Report report = audit.finish();
        Set<PersonKey> broken = new HashSet<>();
        report.broken().forEach(b -> broken.add(b.person()));
        heads.removeIf(h -> broken.contains(h.person()));
        return new Result(report.accounts(), report.entries(), report.broken(), report.root(), report.tree().size(),
                rootId, rootHash, reproduced, (System.nanoTime() - start) / 1_000_000, heads);
    }

    /**
     * Stores the root of an intact check with its heads (the heads of broken accounts are never stored, so a
     * tampered chain is not blessed by a later root). Returns the new root's id.
     */
    public static long storeRoot(Connection c, Result result, String reason) throws SQLException {
        if (!result.intact()) {
            throw new IllegalStateException("a root is stored only over an intact ledger");
        }
        List<AccountHead> heads = result.heads();
        long id;
        try (PreparedStatement q = c.prepareStatement("insert into credit_root (root_hash, tree_size, entries, computed_at,"
                + " reason) values (?, ?, ?, ?, ?) returning id")) {
            q.setString(1, result.root());
            q.setLong(2, result.treeSize());
            q.setLong(3, result.entries());
            q.setTimestamp(4, Timestamp.from(Instant.now()));
            q.setString(5, reason);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        try (PreparedStatement q = c.prepareStatement("insert into credit_root_head (root_id, id_number, sequence, hash)"
                + " values (?, ?, ?, ?)")) {
            int batch = 0;
            for (AccountHead head : heads) {
                q.setLong(1, id);
                q.setString(2, head.person().value());
                q.setLong(3, head.sequence());
                q.setString(4, head.hash());
                q.addBatch();
                if (++batch % 1000 == 0) {
                    q.executeBatch();
                }
            }
            q.executeBatch();
        }
        return id;
    }
}
