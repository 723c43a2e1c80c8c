package org.anxue.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.anxue.local.LocalEngines;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at startup how the session cookies are protected: a warning while they are encrypted with
 * the public development key of application.properties and the database is an external one (a
 * production setup); a note in the embedded default run, where that key is expected.
 */
public class SessionKeyCheck {

    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

    /** The default of quarkus.http.auth.session.encryption-key in application.properties. */
    static final String DEVELOPMENT_KEY = "anxue-development-only-session-key-override-in-production";
    private static final String HOW = "set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to the same secret of 32+ random"
            + " characters on every replica";

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key,
            @ConfigProperty(name = LocalEngines.POSTGRES_MODE, defaultValue = "external") String postgres) {
        boolean embedded = postgres.startsWith("embedded");
        if (key.isEmpty()) {
            LOG.warnf("Sessions: no encryption key; each replica makes its own, so sessions break across replicas and"
                    + " restarts: %s", HOW);
        } else if (key.get().equals(DEVELOPMENT_KEY) && embedded) {
            LOG.infof("Sessions: encrypted with the development key (fine for the embedded default run; in production %s)", HOW);
        } else if (key.get().equals(DEVELOPMENT_KEY)) {
            LOG.warnf("Sessions: encrypted with the public development key, so anyone can forge a session: %s", HOW);
        } else if (key.get().length() < 32) {
            LOG.warnf("Sessions: the encryption key has fewer than 32 characters: %s", HOW);
        }
    }
}
