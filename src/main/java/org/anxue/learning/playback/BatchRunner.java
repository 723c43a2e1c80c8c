package org.anxue.learning.playback;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.learning.time.StudyTimePolicy;
import org.jboss.logging.Logger;

/**
 * Runs one batch in one transaction on a connection of its own and completes each command's
 * future only after the commit. When a batch fails, its commands are retried one per transaction,
 * so that one bad command cannot fail the others again and again; whatever still fails is
 * answered 503 (database trouble, retry later) or 500 (a bug, logged).
 */
final class BatchRunner {

    private static final Logger LOG = Logger.getLogger(BatchRunner.class);

    private final DataSource dataSource;
    private final ServerClock clock;
    private final IngestMetrics metrics;

    BatchRunner(DataSource dataSource, ServerClock clock, IngestMetrics metrics) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.metrics = metrics;
    }

    void run(List<Submitted> batch, BatchProcessor processor, SessionCache cache) {
        List<IngestCommand> commands = batch.stream().map(Submitted::command).toList();
        long started = System.nanoTime();
        BatchProcessor.Committed committed;
        try {
            committed = inTransaction(commands, processor, cache);
        } catch (Exception e) {
            metrics.batchFailed();
            if (batch.size() > 1) {
                LOG.warnf("a batch of %d commands failed (%s); judging them one by one", batch.size(), e.toString());
                for (Submitted one : batch) {
                    run(List.of(one), processor, cache);
                }
                return;
            }
            Submitted one = batch.get(0);
            if (isDatabaseTrouble(e)) {
                LOG.warnf("%s could not be stored: %s", one.command().getClass().getSimpleName(), e.toString());
                one.fail(new IngestUnavailableException("study records could not be stored", e));
            } else {
                one.fail(e);
            }
            return;
        }
        metrics.committed(batch.size(), System.nanoTime() - started);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(committed.results().get(i));
        }
    }

    private BatchProcessor.Committed inTransaction(List<IngestCommand> commands, BatchProcessor processor,
            SessionCache cache) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                return processor.process(db, commands, cache, clock.now());
            } catch (SQLException | RuntimeException e) {
                try {
                    db.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    private static boolean isDatabaseTrouble(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** A processor for one thread, with the policy and a source of unpredictable nonces. */
    static BatchProcessor processor(StudyTimePolicy policy) {
        return new BatchProcessor(new PlaybackRepository(), policy, new java.security.SecureRandom());
    }
}
