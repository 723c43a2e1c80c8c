package org.anxue.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page needs to know about the current request: who is looking ({@link Viewer}), in
 * which {@link Language}, which navigation they get, and where the language switch leads. Templates
 * reach it as {@code inject:web}; Java code injects it. The page language is also set on every
 * template instance (see {@link PageLocale}), so {@code msg:} messages follow it.
 */
@RequestScoped
@Named("web")
public class WebRequest {

    /** The cookie the language switch sets. */
    public static final String LANG_COOKIE = "lang";

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    private Language language;
    private Optional<Viewer> viewer;

    /** The page language: cookie, else Accept-Language, else zh-CN. */
    public Language language() {
        if (language == null) {
            Cookie cookie = request.getCookie(LANG_COOKIE);
            language = Language.negotiate(cookie == null ? null : cookie.getValue(),
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return language;
    }

    public Locale locale() {
        return language().locale();
    }

    /** For {@code <html lang>}. */
    public String lang() {
        return language().tag();
    }

    /** The signed-in person, or null for an anonymous visitor. */
    public Viewer viewer() {
        if (viewer == null) {
            viewer = Viewer.of(identity);
        }
        return viewer.orElse(null);
    }

    public boolean signedIn() {
        return viewer() != null;
    }

    /** The header's links for this viewer. */
    public List<NavItem> nav() {
        Viewer v = viewer();
        return NavItem.visibleTo(v == null ? null : v.role());
    }

    /** Whether the current page lies in the area of {@code item}. */
    public boolean isCurrent(NavItem item) {
        return item.contains(request.path());
    }

    /** The current page's path and query, as the browser asked for it. */
    public String pathAndQuery() {
        return request.uri();
    }

    /** The language the switch offers. */
    public Language otherLanguage() {
        return language().other();
    }

    /** The language switch: sets the other language and comes back to this page. */
    public String switchHref() {
        return "/lang/" + otherLanguage().tag() + "?return="
                + URLEncoder.encode(LocalPath.orHome(pathAndQuery()), StandardCharsets.UTF_8);
    }
}
