package org.anxue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Vite's manifest into the URLs the layout links. */
class WebAssetsTests {

    @TempDir
    Path root;

    @Test
    void shouldLinkTheHashedFilesOfTheEntry() throws IOException {
        write(root.resolve(Assets.MANIFEST), """
                {"src/app.js": {"file": "assets/app-AbC123.js", "name": "app", "isEntry": true,
                  "css": ["assets/app-Def456.css"]}}""");

        Assets assets = new Assets(new ObjectMapper(), loader(), null);

        assertThat(assets.script()).isEqualTo("/static/assets/app-AbC123.js");
        assertThat(assets.styles()).containsExactly("/static/assets/app-Def456.css");
    }

    @Test
    void shouldServePagesWithoutAssetsWhenThereIsNoBundle() throws IOException {
        Assets assets = new Assets(new ObjectMapper(), loader(), root.resolve("missing.json"));

        assertThat(assets.script()).isNull();
        assertThat(assets.styles()).isEmpty();
    }

    @Test
    void shouldReadQuinoasBuildOnDiskWhenTheClassPathHasNone() throws IOException {
        Path onDisk = root.resolve("build/manifest.json");
        write(onDisk, """
                {"src/app.js": {"file": "assets/app-Xyz.js", "isEntry": true}}""");

        Assets assets = new Assets(new ObjectMapper(), loader(), onDisk);

        assertThat(assets.script()).isEqualTo("/static/assets/app-Xyz.js");
        assertThat(assets.styles()).isEmpty();
    }

    @Test
    void shouldRefuseAManifestWithoutTheEntry() throws IOException {
        write(root.resolve(Assets.MANIFEST), """
                {"src/other.js": {"file": "assets/other.js"}}""");

        assertThatThrownBy(() -> new Assets(new ObjectMapper(), loader(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Assets.ENTRY);
    }

    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
