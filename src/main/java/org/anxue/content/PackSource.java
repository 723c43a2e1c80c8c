package org.anxue.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a pack's files are read from: a directory on disk or a folder on the classpath. */
public interface PackSource {

    /** The file's content, or empty when the pack has no such file. */
    Optional<InputStream> open(String file) throws IOException;

    /** A name for messages. */
    String describe();

    /** {@code classpath:some/folder} or a directory path. */
    static PackSource of(String location) {
        if (location.startsWith("classpath:")) {
            return classpath(location.substring("classpath:".length()));
        }
        return directory(Path.of(location));
    }

    static PackSource directory(Path dir) {
        return new PackSource() {
            @Override
            public Optional<InputStream> open(String file) throws IOException {
                Path path = dir.resolve(file);
                return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
            }

            @Override
            public String describe() {
                return dir.toAbsolutePath().toString();
            }
        };
    }

    static PackSource classpath(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return new PackSource() {
            @Override
            public Optional<InputStream> open(String file) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                return Optional.ofNullable(loader.getResourceAsStream(prefix + file));
            }

            @Override
            public String describe() {
                return "classpath:" + prefix;
            }
        };
    }
}
