package org.anxue.org.roster;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Employee rosters, imports and exports: {@code anxue.roster.*}. */
@ConfigMapping(prefix = "anxue.roster")
public interface RosterConfig {

    /**
     * Largest import file accepted (ANXUE_ROSTER_IMPORT_MAX_FILE_SIZE, e.g. 10M). A bigger upload is
     * refused with 413 from its Content-Length, before its body is read. It cannot exceed
     * {@code quarkus.http.limits.max-body-size} (20M), which every request obeys.
     */
    @WithDefault("10M")
    MemorySize importMaxFileSize();

    /** Most data rows one import file may have (ANXUE_ROSTER_IMPORT_MAX_ROWS). */
    @WithDefault("50000")
    int importMaxRows();

    /** Rows per JDBC batch and per progress step when an import is read and committed (ANXUE_ROSTER_IMPORT_BATCH_SIZE). */
    @WithDefault("500")
    int importBatchSize();

    /** Imports read or committed at the same time on one replica; more wait their turn (ANXUE_ROSTER_IMPORT_THREADS). */
    @WithDefault("2")
    int importThreads();

    /** Longest time the transaction that commits one import may take (ANXUE_ROSTER_IMPORT_COMMIT_TIMEOUT). */
    @WithDefault("10m")
    Duration importCommitTimeout();

    /**
     * An import that has shown no progress for this long is taken as interrupted (its replica
     * stopped) and marked failed; nothing of it was imported (ANXUE_ROSTER_IMPORT_STALE_AFTER).
     */
    @WithDefault("15m")
    Duration importStaleAfter();

    /** How long an import's per-row report (with the ID numbers in it) is kept (ANXUE_ROSTER_IMPORT_RETENTION). */
    @WithDefault("30d")
    Duration importRetention();

    /** Employees per page in lists, in pages and in the API's default (ANXUE_ROSTER_PAGE_SIZE). */
    @WithDefault("50")
    int pageSize();
}
