package org.anxue.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Renders every template created during an HTTP request in that request's {@link Language}, so
 * {@code msg:} expressions and the layout agree without each resource setting the locale. Code may
 * still call {@code setLocale} on an instance (for example to mail someone in their language).
 */
@ApplicationScoped
public class PageLocale {

    @Inject
    WebRequest web;

    @Inject
    CurrentVertxRequest http;

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            // Not in a scheduled job or a startup task, which may have a request context but no request.
            if (Arc.container().requestContext().isActive() && http.getCurrent() != null) {
                instance.setLocale(web.locale());
            }
        });
    }
}
