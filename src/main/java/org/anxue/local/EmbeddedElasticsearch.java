package org.anxue.local;

import java.nio.file.Path;
import java.util.Optional;

/** Placeholder replaced by the es-node branch (helper-1); not to land as is. */
public final class EmbeddedElasticsearch {
    public EmbeddedElasticsearch(Path javaHome, Path libDir, Path dataDir, int port, String heap) {
    }

    public static Optional<Path> findJava21(Optional<String> configured) {
        return Optional.empty();
    }

    public void start() {
        throw new UnsupportedOperationException();
    }

    public void stop() {
    }

    public String httpHost() {
        return null;
    }
}
