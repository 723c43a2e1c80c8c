package org.anxue.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** Does what a browser does: the /api/uploads calls, and part PUTs straight to S3. */
public final class UploadClient {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private UploadClient() {
    }

    /** POST /api/uploads; returns the JSON (201 expected). */
    public static JsonPath create(String filename, long size, String contentType) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("filename", filename, "size", size, "contentType", contentType))
                .post("/api/uploads")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Presigned part URLs, in the order asked. */
    public static List<String> partUrls(UUID id, int... parts) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("partNumbers", Arrays.stream(parts).boxed().toList()))
                .post("/api/uploads/" + id + "/part-urls")
                .then().statusCode(200).extract().jsonPath().getList("parts.url", String.class);
    }

    /** PUTs bytes to a presigned URL; returns the HTTP status. */
    public static int put(String url, byte[] bytes) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of one part of a file, by the part size the server chose. */
    public static byte[] part(byte[] file, long partSize, int partNumber) {
        int from = (int) ((partNumber - 1) * partSize);
        return Arrays.copyOfRange(file, from, (int) Math.min(file.length, from + partSize));
    }

    /** Uploads a whole file through presigned URLs and completes; returns the media id. */
    public static UUID upload(Path file, String filename, String contentType) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            JsonPath created = create(filename, bytes.length, contentType);
            UUID id = UUID.fromString(created.getString("id"));
            long partSize = created.getLong("partSize");
            int count = created.getInt("partCount");
            List<String> urls = partUrls(id, IntStream.rangeClosed(1, count).toArray());
            for (int n = 1; n <= count; n++) {
                assertThat(put(urls.get(n - 1), part(bytes, partSize, n))).as("PUT part %d", n).isEqualTo(200);
            }
            given().contentType(ContentType.JSON).body("{}").post("/api/uploads/" + id + "/complete").then().statusCode(202);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls GET /api/media/{id} until the job is READY or FAILED. */
    public static JsonPath awaitFinished(UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonPath media = given().get("/api/media/" + id).then().statusCode(200).extract().jsonPath();
            String state = media.getString("state");
            if ("READY".equals(state) || "FAILED".equals(state)) {
                return media;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("media " + id + " still " + state + " after 120 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** GET a URL directly (S3); returns the response with its bytes. */
    public static HttpResponse<byte[]> get(String url, String range) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
            if (range != null) {
                request.header("Range", range);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
