package org.anxue.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.anxue.local.TestEngines;

/**
 * What the embedded S3 server really holds for an asset: objects under its prefix, and, in
 * S3Proxy's directory, any file (multipart parts are stored as ".mpus-{uploadId}-{key}-{n}").
 */
public final class StoredObjects {

    private StoredObjects() {
    }

    public static List<String> keys(MediaStore store, UUID id) {
        try {
            return store.list(MediaAsset.prefix(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files in S3Proxy's data directory whose path mentions the asset id or the S3 upload id. */
    public static List<Path> files(UUID id, String s3UploadId) {
        Path objects = TestEngines.dataDir().resolve("s3").resolve("objects");
        try (Stream<Path> files = Files.walk(objects)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().contains(id.toString())
                            || (s3UploadId != null && p.toString().contains(s3UploadId)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
