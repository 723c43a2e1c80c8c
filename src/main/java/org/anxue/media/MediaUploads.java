package org.anxue.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Resumable uploads straight to S3: Anxue starts a multipart upload, hands out presigned URLs
 * for its parts, tells a returning client which parts S3 already has, and completes or aborts
 * it. No video byte passes through Anxue.
 */
@ApplicationScoped
public class MediaUploads {

    private static final Logger LOG = Logger.getLogger(MediaUploads.class);
    /** S3's limits: at most 10,000 parts, each at least 5 MiB except the last. */
    static final int MAX_PARTS = 10_000;
    static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "flv",
            "ts", "mts", "m2ts", "mpg", "mpeg", "wmv", "3gp", "ogv");
    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,5})$");

    private final MediaStore store;
    private final MediaConfig config;
    private final MediaWorker worker;

    MediaUploads(MediaStore store, MediaConfig config, MediaWorker worker) {
        this.store = store;
        this.config = config;
        this.worker = worker;
    }

    /** Checks the declared file and starts a multipart upload for it. */
    public MediaUpload create(MediaOwner owner, String filename, long size, String contentType) {
        String name = filename == null ? "" : filename.strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new MediaApiException(Status.BAD_REQUEST, "BAD_FILENAME", "文件名无效 / the filename must have 1 to 255 characters");
        }
        if (size <= 0) {
            throw new MediaApiException(Status.BAD_REQUEST, "BAD_SIZE", "文件大小无效 / the size must be positive");
        }
        long max = config.maxUploadSize().asLongValue();
        if (size > max) {
            throw new MediaApiException(Status.REQUEST_ENTITY_TOO_LARGE, "TOO_LARGE", String.format(Locale.ROOT,
                    "文件太大 / the file is too large: %s, at most %s", human(size), human(max)));
        }
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        String extension = extension(name);
        boolean generic = type.isEmpty() || type.equals("application/octet-stream");
        if (!(type.startsWith("video/") || (generic && VIDEO_EXTENSIONS.contains(extension)))) {
            throw new MediaApiException(Status.UNSUPPORTED_MEDIA_TYPE, "NOT_A_VIDEO_TYPE",
                    "只能上传视频文件 / only video files can be uploaded (got " + (type.isEmpty() ? "no type" : type) + ")");
        }
        MediaUpload upload = new MediaUpload();
        upload.id = UUID.randomUUID();
        upload.objectKey = MediaAsset.prefix(upload.id) + "source" + (extension.isEmpty() ? "" : "." + extension);
        upload.filename = name;
        upload.contentType = type.isEmpty() ? "application/octet-stream" : type;
        upload.declaredSize = size;
        upload.partSize = partSize(size);
        upload.status = MediaUpload.Status.UPLOADING;
        upload.ownerId = owner.ownerId();
        upload.tenantId = owner.tenantId();
        upload.createdAt = Instant.now();
        upload.updatedAt = upload.createdAt;
        // The row first: if S3 answers but this JVM dies, the sweeper still finds the upload by its key.
        QuarkusTransaction.requiringNew().run(upload::persist);
        try {
            String uploadId = store.createMultipart(upload.objectKey, upload.contentType);
            upload.s3UploadId = uploadId;
            QuarkusTransaction.requiringNew().run(() -> {
                MediaUpload row = MediaUpload.findById(upload.id);
                row.s3UploadId = uploadId;
                row.updatedAt = Instant.now();
            });
        } catch (IOException e) {
            setStatus(upload.id, MediaUpload.Status.ABORTED);
            throw unavailable(e);
        }
        return upload;
    }

    /** The part size for a file: the configured one, raised so that 10,000 parts suffice. */
    long partSize(long size) {
        long mib = 1024 * 1024;
        long needed = (size + MAX_PARTS - 1) / MAX_PARTS;
        long part = Math.max(Math.max(config.partSize().asLongValue(), MIN_PART_SIZE), needed);
        return (part + mib - 1) / mib * mib;
    }

    /** An upload of this owner, or 404. */
    public MediaUpload find(MediaOwner owner, UUID id) {
        MediaUpload upload = QuarkusTransaction.requiringNew().call(() -> MediaUpload.<MediaUpload>findById(id));
        if (upload == null || !upload.ownerId.equals(owner.ownerId())) {
            throw MediaApiException.notFound("upload " + id);
        }
        return upload;
    }

    /** A presigned PUT URL for each requested part. */
    public record PartUrl(int partNumber, String url, Instant expiresAt) {
    }

    public List<PartUrl> partUrls(MediaOwner owner, UUID id, List<Integer> partNumbers) {
        MediaUpload upload = uploading(owner, id);
        if (partNumbers == null || partNumbers.isEmpty() || partNumbers.size() > 1000) {
            throw new MediaApiException(Status.BAD_REQUEST, "BAD_PARTS", "请求 1 到 1000 个分片 / ask for 1 to 1000 parts");
        }
        Duration ttl = config.partUrlTtl();
        Instant expires = Instant.now().plus(ttl);
        List<PartUrl> urls = new ArrayList<>();
        for (Integer n : partNumbers) {
            if (n == null || n < 1 || n > upload.partCount()) {
                throw new MediaApiException(Status.BAD_REQUEST, "BAD_PARTS",
                        "分片编号无效 / part numbers go from 1 to " + upload.partCount() + " (got " + n + ")");
            }
            try {
                urls.add(new PartUrl(n, store.presignPart(upload.objectKey, upload.s3UploadId, n, ttl), expires));
            } catch (IOException e) {
                throw unavailable(e);
            }
        }
        return urls;
    }

    /** The parts S3 already holds, so that a client can resume after a network drop. */
    public List<MediaStore.UploadedPart> parts(MediaOwner owner, UUID id) {
        MediaUpload upload = uploading(owner, id);
        try {
            return store.listParts(upload.objectKey, upload.s3UploadId);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /**
     * Completes the upload once S3 holds every part in the expected size, and queues the video
     * for processing. Completing twice answers the same asset.
     */
    public MediaAsset complete(MediaOwner owner, UUID id) {
        MediaUpload upload = find(owner, id);
        if (upload.status == MediaUpload.Status.COMPLETED) {
            return QuarkusTransaction.requiringNew().call(() -> MediaAsset.<MediaAsset>findById(id));
        }
        if (upload.status != MediaUpload.Status.UPLOADING) {
            throw gone(upload);
        }
        List<MediaStore.UploadedPart> parts;
        try {
            parts = store.listParts(upload.objectKey, upload.s3UploadId);
        } catch (IOException e) {
            throw unavailable(e);
        }
        List<Integer> missing = new ArrayList<>();
        List<Integer> wrongSize = new ArrayList<>();
        int count = upload.partCount();
        for (int n = 1; n <= count; n++) {
            int number = n;
            var part = parts.stream().filter(p -> p.partNumber() == number).findFirst();
            if (part.isEmpty()) {
                missing.add(n);
            } else if (part.get().size() != upload.expectedPartSize(n)) {
                wrongSize.add(n);
            }
        }
        if (!missing.isEmpty() || !wrongSize.isEmpty() || parts.size() != count) {
            throw new MediaApiException(Status.CONFLICT, "INCOMPLETE", "上传未完成 / the upload is not complete: "
                    + (missing.isEmpty() ? "" : "missing parts " + abbreviate(missing) + "; ")
                    + (wrongSize.isEmpty() ? "" : "parts of the wrong size " + abbreviate(wrongSize) + "; ")
                    + "expected " + count + " parts of " + upload.partSize + " bytes (the last one smaller)");
        }
        try {
            store.completeMultipart(upload.objectKey, upload.s3UploadId, parts);
        } catch (IOException e) {
            throw unavailable(e);
        }
        MediaAsset asset = QuarkusTransaction.requiringNew().call(() -> {
            MediaUpload row = MediaUpload.findById(id);
            row.status = MediaUpload.Status.COMPLETED;
            row.updatedAt = Instant.now();
            MediaAsset a = new MediaAsset();
            a.id = id;
            a.ownerId = row.ownerId;
            a.tenantId = row.tenantId;
            a.filename = row.filename;
            a.sourceKey = row.objectKey;
            a.sourceSize = row.declaredSize;
            a.state = MediaAsset.State.QUEUED;
            a.progress = 0;
            a.createdAt = Instant.now();
            a.updatedAt = a.createdAt;
            a.persist();
            return a;
        });
        worker.wake();
        return asset;
    }

    /** Aborts an upload: S3 deletes its parts, and nothing stays under its prefix. */
    public void abort(MediaOwner owner, UUID id) {
        MediaUpload upload = find(owner, id);
        if (upload.status == MediaUpload.Status.ABORTED || upload.status == MediaUpload.Status.EXPIRED) {
            return;
        }
        if (upload.status == MediaUpload.Status.COMPLETED) {
            throw new MediaApiException(Status.CONFLICT, "ALREADY_COMPLETED", "上传已完成 / the upload is already complete");
        }
        try {
            discard(upload);
        } catch (IOException e) {
            throw unavailable(e);
        }
        setStatus(id, MediaUpload.Status.ABORTED);
    }

    /** Aborts the S3 upload and deletes anything under the upload's prefix. */
    void discard(MediaUpload upload) throws IOException {
        if (upload.s3UploadId != null) {
            store.abortMultipart(upload.objectKey, upload.s3UploadId);
        }
        store.deletePrefix(MediaAsset.prefix(upload.id));
    }

    /**
     * Aborts every upload not completed within {@code anxue.media.abandoned-upload-age}.
     *
     * @return how many were aborted
     */
    public int sweepAbandoned() {
        Instant cutoff = Instant.now().minus(config.abandonedUploadAge());
        List<MediaUpload> stale = QuarkusTransaction.requiringNew().call(() -> MediaUpload
                .<MediaUpload>list("status = ?1 and createdAt < ?2", MediaUpload.Status.UPLOADING, cutoff));
        int swept = 0;
        for (MediaUpload upload : stale) {
            try {
                discard(upload);
                setStatus(upload.id, MediaUpload.Status.EXPIRED);
                swept++;
                LOG.infof("Aborted upload %s (%s), abandoned since %s", upload.id, upload.filename, upload.createdAt);
            } catch (IOException e) {
                LOG.warnf("could not abort abandoned upload %s: %s (next sweep tries again)", upload.id, e.getMessage());
            }
        }
        return swept;
    }

    private MediaUpload uploading(MediaOwner owner, UUID id) {
        MediaUpload upload = find(owner, id);
        if (upload.status != MediaUpload.Status.UPLOADING) {
            throw gone(upload);
        }
        return upload;
    }

    private static void setStatus(UUID id, MediaUpload.Status status) {
        QuarkusTransaction.requiringNew().run(() -> {
            MediaUpload row = MediaUpload.findById(id);
            row.status = status;
            row.updatedAt = Instant.now();
        });
    }

    private static MediaApiException gone(MediaUpload upload) {
        return new MediaApiException(Status.CONFLICT, "NOT_UPLOADING",
                "上传已结束 / the upload is " + upload.status.name().toLowerCase(Locale.ROOT));
    }

    private static MediaApiException unavailable(IOException e) {
        LOG.warnf("object storage failed: %s", e.getMessage());
        return new MediaApiException(Status.SERVICE_UNAVAILABLE, "STORAGE_UNAVAILABLE",
                "存储暂时不可用，请稍后重试 / object storage is unavailable, try again shortly");
    }

    static String extension(String filename) {
        var m = EXTENSION.matcher(filename);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String abbreviate(List<Integer> numbers) {
        return numbers.size() <= 10 ? numbers.toString() : numbers.subList(0, 10) + " and " + (numbers.size() - 10) + " more";
    }

    static String human(long bytes) {
        double gib = bytes / (1024.0 * 1024 * 1024);
        return gib >= 1 ? String.format(Locale.ROOT, "%.1f GiB", gib)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
