package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.anxue.media.MediaStore;
import org.anxue.web.AppException;
import org.jboss.logging.Logger;

/**
 * The catalog's objects in S3, next to the media feature's: cover thumbnails under
 * {@code catalog/covers/<sha-256>.jpg} (named by content, so a new version shares its cover and a
 * browser may cache one forever) and PDF documents under {@code catalog/documents/<uuid>.pdf}.
 * Objects are only ever added; versions point at them.
 */
@ApplicationScoped
public class CatalogObjects {

    private static final Logger LOG = Logger.getLogger(CatalogObjects.class);
    static final String COVERS = "catalog/covers/";
    static final String DOCUMENTS = "catalog/documents/";

    private final MediaStore store;

    CatalogObjects(MediaStore store) {
        this.store = store;
    }

    /** Stores a cover thumbnail; returns its key. */
    public String putCover(byte[] jpeg) {
        String key = COVERS + sha256(jpeg) + ".jpg";
        Path file = null;
        try {
            file = Files.createTempFile("anxue-cover-", ".jpg");
            Files.write(file, jpeg);
            store.put(key, file, "image/jpeg");
            return key;
        } catch (IOException e) {
            throw unavailable(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** A stored cover's bytes, or null when there is no such object. */
    public byte[] readCover(String hash) {
        String key = COVERS + hash + ".jpg";
        try {
            if (store.list(key).isEmpty()) {
                return null;
            }
            return store.read(key, 0, (int) store.size(key));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** Stores a PDF; returns its key. */
    public String putDocument(Path pdf) {
        String key = DOCUMENTS + UUID.randomUUID() + ".pdf";
        try {
            store.put(key, pdf, "application/pdf");
            return key;
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** Removes an object that ended up unused (a failed edit). */
    public void deleteQuietly(String key) {
        try {
            store.delete(List.of(key));
        } catch (IOException e) {
            LOG.warnf("could not delete unused object %s: %s", key, e.getMessage());
        }
    }

    /** A short-lived URL of an object, straight from S3. */
    public String presignedUrl(String key, Duration ttl) {
        return store.presignGet(key, ttl);
    }

    /** Whether a file starts like a PDF ("%PDF-"). */
    public static boolean looksLikePdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    static AppException unavailable(IOException e) {
        LOG.warnf("object storage failed: %s", e.getMessage());
        return new AppException(Status.SERVICE_UNAVAILABLE, "catalog:storageUnavailable");
    }
}
