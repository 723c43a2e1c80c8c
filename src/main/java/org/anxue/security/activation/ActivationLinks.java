package org.anxue.security.activation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** The address of the activation page as people are told it (printed sheets, the code page). */
@RequestScoped
public class ActivationLinks {

    @Inject
    ActivationConfig config;

    @Inject
    HttpServerRequest request;

    /** {@code anxue.activation.url} when set, else /activate on the host the current request came to. */
    public String activationUrl() {
        return config.url().orElseGet(() -> URI.create(request.absoluteURI()).resolve("/activate").toString());
    }
}
