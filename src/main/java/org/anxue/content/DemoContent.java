package org.anxue.content;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Loads the configured pack at startup when {@code anxue.content.demo=true} and the database has
 * no bureau yet; later starts leave the data alone. A broken pack stops the start with the list of
 * its problems, rather than running on half the data.
 */
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    @Inject
    ContentConfig config;

    @Inject
    ContentPackLoader loader;

    void onStart(@Observes StartupEvent event) {
        if (!config.demo()) {
            LOG.debug("Content pack: not loaded (anxue.content.demo=false)");
            return;
        }
        ContentPackLoader.Result result = loader.loadIfEmpty(PackSource.of(config.pack()));
        if (!result.loaded()) {
            LOG.infof("Content pack: not loaded, the database already has bureaus (%s)", config.pack());
        }
    }
}
