package org.anxue.creditbank;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Verification of the whole ledger and the periodic root over all account heads: on demand (endpoint) and
 * on a schedule ({@code anxue.creditbank.root-every}). A root is stored only when every chain is intact.
 */
@ApplicationScoped
public class Audits {

    private static final Logger LOG = Logger.getLogger(Audits.class);

    private final DataSource dataSource;

    Audits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Re-hashes every chain and the root; stores nothing. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public LedgerCheck.Result verify() {
        try (Connection c = dataSource.getConnection()) {
            return LedgerCheck.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not verify the ledger", e);
        }
    }

    /** Verifies, and when intact stores the root with its heads; returns the check (with the new root). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public RootOutcome computeRoot(String reason) {
        try (Connection c = dataSource.getConnection()) {
            LedgerCheck.Result result = LedgerCheck.run(c);
            Long id = result.intact() ? LedgerCheck.storeRoot(c, result, reason) : null;
            return new RootOutcome(result, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not compute the root", e);
        }
    }

    public record RootOutcome(LedgerCheck.Result check, Long rootId) {
    }

    @Scheduled(every = "${anxue.creditbank.root-every:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRoot() {
        RootOutcome outcome = computeRoot("SCHEDULED");
        if (outcome.rootId() == null) {
            LOG.errorf("credit ledger verification found %d broken account(s); no root stored; first: %s",
                    outcome.check().broken().size(),
                    outcome.check().broken().isEmpty() ? "the last root's heads do not reproduce it"
                            : outcome.check().broken().get(0).explanation());
        } else {
            LOG.infof("credit ledger root %s over %d accounts, %d entries (%d ms)", outcome.check().root(),
                    outcome.check().treeSize(), outcome.check().entries(), outcome.check().millis());
        }
    }
}
