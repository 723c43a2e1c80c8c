package org.anxue.local;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at startup, one line per engine, whether it is embedded or external and where it listens. */
@ApplicationScoped
public class EngineReport {

    private static final Logger LOG = Logger.getLogger(EngineReport.class);

    /** What LocalEngines decided for each engine; external engines are described by their address. */
    @ConfigMapping(prefix = "anxue.engines")
    public interface Engines {
        /** PostgreSQL: embedded (port, data dir) or external (JDBC URL). */
        @WithDefault("external (configured)")
        String postgres();

        /** S3: embedded S3Proxy (endpoint, directory) or external (endpoint). */
        @WithDefault("external (configured)")
        String s3();

        /** Elasticsearch: embedded node, external hosts, or unavailable with the reason. */
        @WithDefault("external (configured)")
        String elasticsearch();
    }

    void onStart(@Observes StartupEvent event, Engines engines) {
        LOG.infof("Engine PostgreSQL: %s", engines.postgres());
        LOG.infof("Engine S3: %s", engines.s3());
        LOG.infof("Engine Elasticsearch: %s", engines.elasticsearch());
    }
}
