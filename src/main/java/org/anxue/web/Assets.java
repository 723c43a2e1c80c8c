package org.anxue.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The URLs of the script and style sheets that Vite built from {@code frontend/}. Vite names files
 * by content hash (cacheable forever) and lists them in its manifest, which Quinoa serves with the
 * bundle from {@code META-INF/resources/static/}. Templates use {@code inject:assets}.
 */
@Singleton
@Named("assets")
public class Assets {

    private static final Logger LOG = Logger.getLogger(Assets.class);

    /** Where Quinoa puts Vite's output (quarkus.quinoa.ui-root-path=/static). */
    static final String PREFIX = "/static/";
    static final String MANIFEST = "META-INF/resources/static/manifest.json";
    /** The entry point in frontend/vite.config.js. */
    static final String ENTRY = "src/app.js";

    private final String script;
    private final List<String> styles;

    /** Quinoa's copy of the build on disk, read in dev mode if the class path has no manifest. */
    static final Path DEV_MANIFEST = Path.of("target", "quinoa", "build", "manifest.json");

    @Inject
    Assets(ObjectMapper json) {
        this(json, Thread.currentThread().getContextClassLoader(),
                LaunchMode.current() == LaunchMode.DEVELOPMENT ? DEV_MANIFEST : null);
    }

    Assets(ObjectMapper json, ClassLoader loader, Path fallback) {
        try (InputStream in = open(loader, fallback)) {
            if (in == null) {
                // Only when the frontend build was skipped (quarkus.quinoa.enabled=false): the pages
                // still work, without styles and the small script.
                LOG.warnf("No frontend bundle (%s): pages are served without styles and script", MANIFEST);
                script = null;
                styles = List.of();
                return;
            }
            JsonNode entry = json.readTree(in).path(ENTRY);
            if (!entry.hasNonNull("file")) {
                throw new IllegalStateException("The Vite manifest has no entry " + ENTRY);
            }
            script = PREFIX + entry.get("file").asText();
            List<String> css = new ArrayList<>();
            entry.path("css").forEach(file -> css.add(PREFIX + file.asText()));
            styles = List.copyOf(css);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + MANIFEST, e);
        }
    }

    private static InputStream open(ClassLoader loader, Path fallback) throws IOException {
        InputStream in = loader.getResourceAsStream(MANIFEST);
        if (in == null && fallback != null && Files.isRegularFile(fallback)) {
            return Files.newInputStream(fallback);
        }
        return in;
    }

    /** The module script every page loads, or null without a bundle. */
    public String script() {
        return script;
    }

    /** The style sheets every page links. */
    public List<String> styles() {
        return styles;
    }
}
