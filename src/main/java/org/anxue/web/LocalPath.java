package org.anxue.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Guards redirects that take a target from the request (such as {@code ?return=}): only a path on
 * this site is accepted, never another host, so a link cannot send visitors elsewhere.
 */
public final class LocalPath {

    private LocalPath() {
    }

    /**
     * The target if it is a path on this site ("/courses?page=2#top"), with any non-ASCII
     * characters percent-encoded so it can go into a Location header; empty for anything that a
     * browser could resolve to another origin ("//evil.example", "/\\evil.example",
     * "https://evil.example", "javascript:…"), for relative paths and for control characters.
     */
    public static Optional<String> of(String target) {
        if (target == null || target.isEmpty() || target.length() > 2048) {
            return Optional.empty();
        }
        if (target.charAt(0) != '/') {
            return Optional.empty();
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            // Browsers strip tabs and newlines from URLs and treat '\' as '/': "/\t/evil.example"
            // and "/\evil.example" would both leave the site.
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        if (target.startsWith("//")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(target);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The target if local, else the home page. */
    public static String orHome(String target) {
        return of(target).orElse("/");
    }
}
