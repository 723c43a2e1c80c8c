package org.anxue.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Course search settings. */
@ConfigMapping(prefix = "anxue.search")
public interface SearchConfig {

    /** false when no Elasticsearch is available at all: search answers from PostgreSQL instead. */
    @WithDefault("true")
    boolean elasticsearchEnabled();
}
