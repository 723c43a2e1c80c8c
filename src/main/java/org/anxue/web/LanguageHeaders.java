package org.anxue.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pages differ by language: say which one a page is in, and tell caches that it depends on
 * Accept-Language and the {@code lang} cookie, so no shared cache serves a page in the wrong
 * language.
 */
public class LanguageHeaders {

    @Inject
    WebRequest web;

    @ServerResponseFilter
    public void addLanguageHeaders(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        boolean localized = type != null
                && (type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(MediaType.APPLICATION_JSON_TYPE));
        if (!localized) {
            return;
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, web.lang());
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE);
    }
}
