package org.anxue.media;

import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.RemoveObjectsArgs;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;
import io.minio.messages.Item;
import io.minio.messages.Part;
import io.minio.Result;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The S3 operations of the media feature: presigned multipart uploads, presigned downloads, and
 * the objects of each asset under {@code media/{id}/}. Works against MinIO, AWS and S3Proxy.
 */
@ApplicationScoped
public class MediaStore {

    /** One part an S3 multipart upload already holds. */
    public record UploadedPart(int partNumber, long size, String etag) {
    }

    private final MinioClient client;
    private final MinioAsyncClient multipart;
    /** Signs the URLs handed to browsers, for the endpoint they reach (may differ from ours). */
    private final MinioClient publicSigner;
    /** Signs playback GET URLs: a playlist needs one per segment on every request. */
    private final SigV4Presigner playbackSigner;
    private final String bucket;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** CDI's constructor; public so that tools and benchmarks can wire a store to their own S3 server. */
    public MediaStore(MinioClient client, StorageConfig storage, MediaConfig media) {
        this.client = client;
        this.bucket = storage.bucket();
        this.multipart = MinioAsyncClient.builder()
                .endpoint(storage.endpoint())
                .credentials(storage.accessKey(), storage.secretKey())
                .region(storage.region())
                .build();
        this.publicSigner = MinioClient.builder()
                .endpoint(media.publicS3Endpoint().orElse(storage.endpoint()))
                .credentials(storage.accessKey(), storage.secretKey())
                .region(storage.region())
                .build();
        this.playbackSigner = new SigV4Presigner(media.publicS3Endpoint().orElse(storage.endpoint()),
                storage.accessKey(), storage.secretKey(), storage.region(), storage.bucket());
    }

    /** Starts a multipart upload (CreateMultipartUpload) and returns its S3 UploadId. */
    public String createMultipart(String key, String contentType) throws IOException {
        try {
            return multipart.createMultipartUploadAsync(bucket, null, key,
                    com.google.common.collect.ImmutableMultimap.of("Content-Type", contentType), null)
                    .get().result().uploadId();
        } catch (Exception e) {
            throw failure("CreateMultipartUpload " + key, e);
        }
    }

    /** A presigned UploadPart URL: the client PUTs the part's bytes to it. */
    public String presignPart(String key, String uploadId, int partNumber, Duration ttl) throws IOException {
        return presign(publicSigner, Method.PUT, key, ttl,
                Map.of("uploadId", uploadId, "partNumber", Integer.toString(partNumber)));
    }

    /** A presigned GET URL for browsers (S3 answers Range requests on it with 206). */
    public String presignGet(String key, Duration ttl) {
        return playbackSigner.presignGet(key, ttl, java.time.Instant.now());
    }

    /** Presigned GET URLs for browsers, all signed at the same instant. */
    public java.util.function.Function<String, String> getSigner(Duration ttl) {
        java.time.Instant now = java.time.Instant.now();
        return key -> playbackSigner.presignGet(key, ttl, now);
    }

    /** A presigned GET URL on the endpoint this app reaches, for ffmpeg to read a source. */
    public String presignInternalGet(String key, Duration ttl) throws IOException {
        return presign(client, Method.GET, key, ttl, Map.of());
    }

    private String presign(MinioClient signer, Method method, String key, Duration ttl, Map<String, String> query)
            throws IOException {
        int seconds = (int) Math.max(1, Math.min(ttl.toSeconds(), Duration.ofDays(7).toSeconds()));
        try {
            return signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(method).bucket(bucket).object(key).expiry(seconds)
                    .extraQueryParams(query).build());
        } catch (Exception e) {
            throw failure("presign " + method + " " + key, e);
        }
    }

    /**
     * The parts S3 holds for an upload (ListParts), in part order. Parsed here rather than by the
     * MinIO client, whose parser insists on elements that S3Proxy leaves out.
     */
    public List<UploadedPart> listParts(String key, String uploadId) throws IOException {
        Map<Integer, UploadedPart> parts = new LinkedHashMap<>();
        String marker = null;
        for (int page = 0; page < 100; page++) {
            Map<String, String> query = new HashMap<>();
            query.put("uploadId", uploadId);
            if (marker != null) {
                query.put("part-number-marker", marker);
            }
            String url = presign(client, Method.GET, key, Duration.ofMinutes(5), query);
            HttpResponse<byte[]> response;
            try {
                response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while listing parts", e);
            }
            if (response.statusCode() == 404) {
                return List.of(); // NoSuchUpload: aborted or completed
            }
            if (response.statusCode() != 200) {
                throw new IOException("ListParts " + key + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            Element root = parseXml(response.body()).getDocumentElement();
            NodeList nodes = root.getElementsByTagNameNS("*", "Part");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element part = (Element) nodes.item(i);
                int number = Integer.parseInt(text(part, "PartNumber"));
                parts.put(number, new UploadedPart(number, Long.parseLong(text(part, "Size")),
                        text(part, "ETag").replace("\"", "")));
            }
            marker = text(root, "NextPartNumberMarker");
            if (!"true".equals(text(root, "IsTruncated")) || marker == null || marker.isEmpty()) {
                break;
            }
        }
        return parts.values().stream().sorted(java.util.Comparator.comparingInt(UploadedPart::partNumber)).toList();
    }

    /** CompleteMultipartUpload with the given parts, in order. */
    public void completeMultipart(String key, String uploadId, List<UploadedPart> parts) throws IOException {
        Part[] list = parts.stream().map(p -> new Part(p.partNumber(), p.etag())).toArray(Part[]::new);
        try {
            multipart.completeMultipartUploadAsync(bucket, null, key, uploadId, list, null, null).get();
        } catch (Exception e) {
            throw failure("CompleteMultipartUpload " + key, e);
        }
    }

    /** AbortMultipartUpload: S3 deletes every part. An upload S3 no longer knows is fine. */
    public void abortMultipart(String key, String uploadId) throws IOException {
        try {
            multipart.abortMultipartUploadAsync(bucket, null, key, uploadId, null, null).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErrorResponseException r && "NoSuchUpload".equals(r.errorResponse().code())) {
                return;
            }
            throw failure("AbortMultipartUpload " + key, e);
        } catch (Exception e) {
            throw failure("AbortMultipartUpload " + key, e);
        }
    }

    /** Size of an object. */
    public long size(String key) throws IOException {
        try {
            return client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size();
        } catch (Exception e) {
            throw failure("stat " + key, e);
        }
    }

    /** Up to {@code length} bytes of an object from {@code offset}. */
    public byte[] read(String key, long offset, int length) throws IOException {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key)
                .offset(offset).length((long) length).build())) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw failure("read " + key, e);
        }
    }

    /** A whole (small) object as text. */
    public String readText(String key) throws IOException {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw failure("read " + key, e);
        }
    }

    /** Uploads a local file (the client switches to multipart for large files). */
    public void put(String key, Path file, String contentType) throws IOException {
        try {
            client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                    .filename(file.toString()).contentType(contentType).build());
        } catch (Exception e) {
            throw failure("upload " + key, e);
        }
    }

    /** Keys of every object under a prefix. */
    public List<String> list(String prefix) throws IOException {
        List<String> keys = new ArrayList<>();
        try {
            for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(bucket)
                    .prefix(prefix).recursive(true).build())) {
                Item it = item.get();
                if (!it.isDir()) {
                    keys.add(it.objectName());
                }
            }
        } catch (Exception e) {
            throw failure("list " + prefix, e);
        }
        return keys;
    }

    /** Deletes the given objects. */
    public void delete(List<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        List<DeleteObject> objects = keys.stream().map(DeleteObject::new).toList();
        try {
            for (Result<DeleteError> error : client.removeObjects(RemoveObjectsArgs.builder().bucket(bucket)
                    .objects(objects).build())) {
                DeleteError e = error.get();
                if (!"NoSuchKey".equals(e.code())) {
                    throw new IOException("could not delete " + e.objectName() + ": " + e.message());
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw failure("delete under " + keys.get(0), e);
        }
    }

    /** Deletes every object under a prefix; returns how many there were. */
    public int deletePrefix(String prefix) throws IOException {
        List<String> keys = list(prefix);
        delete(keys);
        return keys.size();
    }

    private static Document parseXml(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IOException("unreadable S3 answer: " + e.getMessage(), e);
        }
    }

    /** Text of the first direct child element with that local name, or null. */
    private static String text(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static IOException failure(String what, Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return cause instanceof IOException io ? io : new IOException(what + ": " + cause.getMessage(), cause);
    }
}
