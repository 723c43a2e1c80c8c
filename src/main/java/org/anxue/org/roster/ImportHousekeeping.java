package org.anxue.org.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Every few minutes: marks as failed the imports whose replica stopped while reading or
 * committing (no progress for {@code anxue.roster.import-stale-after}; their transaction rolled
 * back, so nothing of them is in the roster), and deletes import reports older than
 * {@code anxue.roster.import-retention}, with the ID numbers in them.
 */
@ApplicationScoped
public class ImportHousekeeping {

    private static final Logger LOG = Logger.getLogger(ImportHousekeeping.class);

    @Inject
    RosterConfig config;

    @Inject
    ImportJobs jobs;

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Instant now = Instant.now();
        List<Long> stale = QuarkusTransaction.requiringNew().call(() -> ImportStore.stale(now.minus(config.importStaleAfter())));
        for (long id : stale) {
            LOG.warnf("roster import %d showed no progress for %s: marked failed", id, config.importStaleAfter());
            jobs.fail(id, "importInterrupted", List.of());
        }
        int purged = QuarkusTransaction.requiringNew().call(() -> ImportStore.purge(now.minus(config.importRetention())));
        if (purged > 0) {
            LOG.infof("deleted %d roster import reports older than %s", purged, config.importRetention());
        }
    }
}
