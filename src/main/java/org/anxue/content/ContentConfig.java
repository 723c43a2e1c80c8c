package org.anxue.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The content pack: {@code anxue.content.*}. */
@ConfigMapping(prefix = "anxue.content")
public interface ContentConfig {

    /**
     * Load the pack at startup when the database has no bureau yet (ANXUE_CONTENT_DEMO). The
     * embedded default run sets it to true; with an external PostgreSQL it is false unless asked.
     */
    @WithDefault("false")
    boolean demo();

    /** The pack to load: a directory, or classpath:content/demo for the demo pack inside the application (ANXUE_CONTENT_PACK). */
    @WithDefault("classpath:content/demo")
    String pack();
}
