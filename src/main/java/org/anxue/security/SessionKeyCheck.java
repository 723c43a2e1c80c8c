package org.anxue.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Warns at startup while the session cookies are encrypted with the development key from application.properties. */
public class SessionKeyCheck {

    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

    /** The default of quarkus.http.auth.session.encryption-key in application.properties. */
    static final String DEVELOPMENT_KEY = "anxue-development-only-session-key-override-in-production";

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        if (key.isEmpty()) {
            LOG.warn("Sessions: no encryption key is set; each replica makes its own, so sessions break across replicas"
                    + " and restarts. Set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY.");
        } else if (key.get().equals(DEVELOPMENT_KEY)) {
            LOG.warn("Sessions: cookies are encrypted with the public development key. Anyone can forge a session:"
                    + " set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to a secret of 32+ random characters in production.");
        } else if (key.get().length() < 32) {
            LOG.warn("Sessions: the encryption key is shorter than 32 characters; use a longer random secret.");
        }
    }
}
