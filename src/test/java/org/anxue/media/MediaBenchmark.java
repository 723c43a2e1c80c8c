package org.anxue.media;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * Not a unit test (surefire's default includes skip it): measures the media pipeline on a
 * 10-minute 720p video and prints the numbers. Run it with
 * {@code ./mvnw -q -B test -Dtest=MediaBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -DskipEmbeddedElasticsearch=true} where the node is not built). Results also go to
 * target/media-benchmark.txt.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class MediaBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 600);
    /** -Dbenchmark.transcode=false measures the remux path only (saves minutes). */
    private static final boolean TRANSCODE = Boolean.parseBoolean(System.getProperty("benchmark.transcode", "true"));

    @TestHTTPResource("/")
    URL app;

    private final List<String> report = new ArrayList<>();

    @Test
    @TestSecurity(user = "institution")
    void run() throws Exception {
        line("Media benchmark: %d s of 1280x720 25 fps test pattern + 440 Hz tone; %d cores; %s",
                SECONDS, Runtime.getRuntime().availableProcessors(), java.time.Instant.now());
        long t0 = System.nanoTime();
        Path h264 = TestVideos.make("bench-h264.mp4", out -> List.of(
                "-f", "lavfi", "-i", "testsrc=size=1280x720:rate=25:duration=" + SECONDS,
                "-f", "lavfi", "-i", "sine=frequency=440:duration=" + SECONDS,
                "-c:v", "libopenh264", "-b:v", "2500k", "-g", "50", "-c:a", "aac", "-b:a", "128k", "-shortest", out));
        line("made the H.264/AAC MP4 source: %s in %s", mib(Files.size(h264)), secs(System.nanoTime() - t0));
        UUID remuxed = measure("remux path (H.264/AAC MP4)", h264, "bench.mp4", "video/mp4");
        bytesThroughTheJvm(remuxed);
        UUID transcoded = remuxed;
        if (TRANSCODE) {
            transcoded = transcodePath(h264);
        }
        playlistThroughput(transcoded);

        Path out = Path.of("target", "media-benchmark.txt");
        Files.write(out, report, StandardCharsets.UTF_8);
        System.out.println("\n" + String.join("\n", report) + "\n(written to " + out.toAbsolutePath() + ")");
    }

    private UUID transcodePath(Path h264) throws Exception {
        long t0 = System.nanoTime();
        Path mpeg4 = TestVideos.make("bench-mpeg4.mkv", out -> List.of(
                "-i", h264.toString(), "-c:v", "mpeg4", "-q:v", "4", "-c:a", "copy", out));
        line("made the MPEG-4 Part 2/AAC Matroska source: %s in %s", mib(Files.size(mpeg4)), secs(System.nanoTime() - t0));
        return measure("transcode path (MPEG-4 Part 2 in MKV -> H.264 720p)", mpeg4, "bench.mkv", "video/x-matroska");
    }

    /** Upload through presigned part URLs, complete, and time complete → READY. */
    private UUID measure(String name, Path file, String filename, String contentType) throws Exception {
        long size = Files.size(file);
        JsonPath created = UploadClient.create(filename, size, contentType);
        UUID id = UUID.fromString(created.getString("id"));
        long partSize = created.getLong("partSize");
        int count = created.getInt("partCount");
        long t0 = System.nanoTime();
        List<String> urls = UploadClient.partUrls(id, IntStream.rangeClosed(1, count).toArray());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            for (int n = 1; n <= count; n++) {
                byte[] part = new byte[(int) Math.min(partSize, size - (n - 1) * partSize)];
                f.seek((n - 1) * partSize);
                f.readFully(part);
                int status = UploadClient.put(urls.get(n - 1), part);
                if (status != 200) {
                    throw new AssertionError("part " + n + " answered " + status);
                }
            }
        }
        long uploaded = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        given().contentType(ContentType.JSON).body("{}").post("/api/uploads/" + id + "/complete").then().statusCode(202);
        JsonPath media;
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        while (true) {
            media = given().get("/api/media/" + id).then().statusCode(200).extract().jsonPath();
            seen.add(media.getString("state") + " " + media.getInt("progress"));
            if (media.getString("state").equals("READY") || media.getString("state").equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        long processing = System.nanoTime() - t1;
        if (!media.getString("state").equals("READY")) {
            throw new AssertionError(name + " failed: " + media.getString("failureReason"));
        }
        line("%s: %s in %d parts of %s uploaded in %s; complete -> playable (READY) in %s; %.1f s of video, %dx%d, remuxed=%s",
                name, mib(size), count, mib(partSize), secs(uploaded), secs(processing),
                media.getDouble("durationSeconds"), media.getInt("width"), media.getInt("height"), media.getBoolean("remuxed"));
        line("  state/progress seen while polling GET /api/media/{id} every 100 ms: %s", String.join(", ", seen));
        return id;
    }

    /** One full playback: the playlist from Anxue, every segment from S3; compare the bytes. */
    private void bytesThroughTheJvm(UUID id) {
        long before = ServerBytes.written();
        String playlist = given().get("/api/media/" + id + "/playlist.m3u8").then().statusCode(200).extract().asString();
        long playlistBytes = playlist.getBytes(StandardCharsets.UTF_8).length;
        List<String> segments = Arrays.stream(playlist.split("\n")).filter(l -> l.startsWith("http")).toList();
        long segmentBytes = 0;
        long t0 = System.nanoTime();
        for (String segment : segments) {
            HttpResponse<byte[]> response = UploadClient.get(segment, null);
            if (response.statusCode() != 200) {
                throw new AssertionError("segment answered " + response.statusCode());
            }
            segmentBytes += response.body().length;
        }
        long after = ServerBytes.written();
        line("one playback of the remuxed video: playlist %d bytes received from Anxue (Anxue's HTTP server "
                        + "wrote %d response body bytes in that time); %d segments, %s, fetched directly from the "
                        + "S3 endpoint in %s; Anxue/S3 bytes = %.4f %%",
                playlistBytes, after - before, segments.size(), mib(segmentBytes), secs(System.nanoTime() - t0),
                100.0 * playlistBytes / segmentBytes);
    }

    /** Signed playlists per second with wrk (apt-get install wrk), when it is installed. */
    private void playlistThroughput(UUID id) throws Exception {
        String url = app.toString().replaceAll("/$", "") + "/api/media/" + id + "/playlist.m3u8";
        int segments = (int) given().get(url).then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("http")).count();
        Path wrk = Path.of("/usr/bin/wrk");
        if (!Files.isExecutable(wrk)) {
            line("playlist requests/s: not measured (wrk is not installed: apt-get install wrk)");
            return;
        }
        Process process = new ProcessBuilder(wrk.toString(), "-t2", "-c16", "-d15s", "--latency", url)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        String requests = output.lines().filter(l -> l.startsWith("Requests/sec")).findFirst().orElse("?").trim();
        String p99 = output.lines().filter(l -> l.trim().startsWith("99%")).findFirst().orElse("?").trim();
        String errors = output.lines().filter(l -> l.contains("Non-2xx") || l.contains("Socket errors"))
                .reduce("", (a, b) -> a + " " + b.trim());
        line("signed playlist (%d segments, each URL signed per request), wrk -t2 -c16 -d15s "
                + "on the same 2 cores as the app, PostgreSQL and S3Proxy: %s, latency p99 %s%s",
                segments, requests, p99, errors.isBlank() ? ", no errors" : "," + errors);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

}
