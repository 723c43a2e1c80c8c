package org.anxue.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Course search settings. */
@ConfigMapping(prefix = "anxue.search")
public interface SearchConfig {

    /** false when no Elasticsearch is available at all: search answers from PostgreSQL instead. */
    @WithDefault("true")
    boolean elasticsearchEnabled();

    /** The alias that searches and the outbox worker use; it points at the current course index. */
    @WithDefault("anxue-courses")
    String alias();

    /**
     * The synonym list read when an index is created: a file path, or classpath:content/search/synonyms.txt
     * for the list shipped in content/search (ANXUE_SEARCH_SYNONYMS). Changing it takes a rebuild.
     */
    @WithDefault("classpath:content/search/synonyms.txt")
    String synonyms();

    /** How many outbox rows the worker takes in one transaction. */
    @WithDefault("200")
    int outboxBatch();

    /** The longest wait between two attempts while Elasticsearch does not answer, or refuses a row. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long applied outbox rows are kept before they are purged. */
    @WithDefault("P7D")
    Duration appliedRetention();

    /** Courses read from PostgreSQL and sent to Elasticsearch in one bulk request during a rebuild. */
    @WithDefault("500")
    int rebuildBatch();

    /** A running rebuild whose replica has not reported progress for this long may be replaced. */
    @WithDefault("2m")
    Duration rebuildStaleAfter();
}
