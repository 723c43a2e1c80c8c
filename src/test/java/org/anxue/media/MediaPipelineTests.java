package org.anxue.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.anxue.local.TestEngines;
import org.anxue.media.MediaStore.UploadedPart;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Upload → probe → HLS → signed playback, against real PostgreSQL, S3Proxy and ffmpeg. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class MediaPipelineTests {

    @Inject
    MediaStore store;

    @Inject
    MediaUploads uploads;

    @Inject
    MediaWorker worker;

    @ConfigProperty(name = "anxue.s3.endpoint")
    String s3Endpoint;

    @TestHTTPResource("/")
    URL app;

    @Test
    @TestSecurity(user = "alice")
    void shouldRemuxAnH264Mp4AndServeSegmentsStraightFromS3() throws Exception {
        UUID id = UploadClient.upload(TestVideos.largeH264Mp4(), "课程一.mp4", "video/mp4");

        JsonPath media = UploadClient.awaitFinished(id);
        assertThat(media.getString("state")).isEqualTo("READY");
        assertThat(media.getInt("progress")).isEqualTo(100);
        assertThat(media.getBoolean("remuxed")).isTrue();
        assertThat(media.getDouble("durationSeconds")).isBetween(2.5, 3.5);
        assertThat(media.getString("sourceVideoCodec")).isEqualTo("h264");
        assertThat(media.getString("sourceAudioCodec")).isEqualTo("aac");
        assertThat(media.getInt("height")).isEqualTo(720);

        List<String> segments = assertSignedPlaylistPlays(id, 2.5);
        assertThat(segments).isNotEmpty();
        // The source stays as the MP4 rendition: nothing else was made but HLS and the poster.
        assertThat(StoredObjects.keys(store, id)).contains("media/" + id + "/source.mp4", "media/" + id + "/poster.jpg")
                .noneMatch(k -> k.endsWith("video.mp4"));
        assertMp4AnswersRangeRequests(id);
        assertPosterIsAJpeg(id);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldTranscodeAVp9WebmToH264AndAacAndDropTheSource() throws Exception {
        UUID id = UploadClient.upload(TestVideos.vp9Webm(), "lesson.webm", "video/webm");

        JsonPath media = UploadClient.awaitFinished(id);
        assertThat(media.getString("state")).as(media.prettify()).isEqualTo("READY");
        assertThat(media.getBoolean("remuxed")).isFalse();
        assertThat(media.getString("sourceVideoCodec")).isEqualTo("vp9");
        assertThat(media.getString("sourceAudioCodec")).isEqualTo("opus");

        assertSignedPlaylistPlays(id, 3.5);
        ProbeResult playlist = probeSignedPlaylist(id);
        assertThat(playlist.video().orElseThrow().codec()).isEqualTo("h264");
        assertThat(playlist.audio().orElseThrow().codec()).isEqualTo("aac");
        assertThat(StoredObjects.keys(store, id)).contains("media/" + id + "/video.mp4")
                .doesNotContain("media/" + id + "/source.webm");
        assertMp4AnswersRangeRequests(id);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldDeliverAPhoneVideoUpright() throws Exception {
        UUID id = UploadClient.upload(TestVideos.rotatedMp4(), "portrait.mp4", "video/mp4");

        JsonPath media = UploadClient.awaitFinished(id);
        assertThat(media.getString("state")).isEqualTo("READY");
        assertThat(media.getBoolean("remuxed")).isFalse();
        ProbeResult.Stream video = probeSignedPlaylist(id).video().orElseThrow();
        assertThat(video.width()).isEqualTo(360);
        assertThat(video.height()).isEqualTo(640);
        assertThat(video.rotation()).isZero();
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRejectAPdfNamedMp4AndLeaveNothingInTheBucket() throws Exception {
        assertRejectedWithNothingLeft(UploadClient.upload(TestVideos.pdf(), "lesson.mp4", "video/mp4"),
                "NOT_A_VIDEO", "不是视频文件 / not a video file");
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRejectRandomBytesNamedMp4AndLeaveNothingInTheBucket() throws Exception {
        assertRejectedWithNothingLeft(UploadClient.upload(TestVideos.randomBytes(), "lesson.mp4", "video/mp4"),
                "NOT_A_VIDEO", "not a video file");
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRejectATruncatedMp4AndLeaveNothingInTheBucket() throws Exception {
        assertRejectedWithNothingLeft(UploadClient.upload(TestVideos.truncated(TestVideos.h264Mp4(), 0.5), "cut.mp4", "video/mp4"),
                "TRUNCATED", "文件不完整 / truncated file");
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseSomeoneElsesVideo() throws Exception {
        UUID bobs = readyVideoOf("bob");

        given().get("/api/media/" + bobs + "/playlist.m3u8").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().redirects().follow(false).get("/api/media/" + bobs + "/mp4").then().statusCode(403);
        given().redirects().follow(false).get("/api/media/" + bobs + "/poster").then().statusCode(403);
        given().get("/api/media/" + bobs).then().statusCode(403);
        given().get("/api/media/" + UUID.randomUUID() + "/playlist.m3u8").then().statusCode(404);
    }

    @Test
    void shouldRequireAuthenticationToWatch() throws Exception {
        UUID id = readyVideoOf("carol");

        given().get("/api/media/" + id + "/playlist.m3u8").then().statusCode(401);
        given().redirects().follow(false).get("/api/media/" + id + "/mp4").then().statusCode(401);
        // Without the app, the bucket itself is private.
        HttpResponse<byte[]> direct = UploadClient.get(s3Endpoint + "/anxue/media/" + id + "/hls/index.m3u8", null);
        assertThat(direct.statusCode()).isEqualTo(403);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldPickUpAJobWhoseWorkerDiedAndFinishIt() throws Exception {
        // A job that a stopped replica left in PACKAGING, its lease run out, with half-made output.
        UUID id = UUID.randomUUID();
        String source = MediaAsset.prefix(id) + "source.mp4";
        store.put(source, TestVideos.h264Mp4(), "video/mp4");
        store.put(MediaAsset.prefix(id) + "hls/seg_00042.ts", TestVideos.pdf(), "video/mp2t");
        long size = Files.size(TestVideos.h264Mp4());
        QuarkusTransaction.requiringNew().run(() -> {
            MediaUpload upload = new MediaUpload();
            upload.id = id;
            upload.objectKey = source;
            upload.s3UploadId = "done";
            upload.filename = "interrupted.mp4";
            upload.contentType = "video/mp4";
            upload.declaredSize = size;
            upload.partSize = size;
            upload.status = MediaUpload.Status.COMPLETED;
            upload.ownerId = "alice";
            upload.createdAt = Instant.now();
            upload.updatedAt = upload.createdAt;
            upload.persist();
            MediaAsset asset = new MediaAsset();
            asset.id = id;
            asset.ownerId = "alice";
            asset.filename = upload.filename;
            asset.sourceKey = source;
            asset.sourceSize = size;
            asset.state = MediaAsset.State.PACKAGING;
            asset.progress = 40;
            asset.attempts = 1;
            asset.leaseOwner = "worker-of-a-stopped-replica";
            asset.leaseUntil = Instant.now().minusSeconds(5);
            asset.createdAt = Instant.now();
            asset.updatedAt = asset.createdAt;
            asset.persist();
        });

        worker.wake();

        JsonPath media = UploadClient.awaitFinished(id);
        assertThat(media.getString("state")).isEqualTo("READY");
        assertThat(StoredObjects.keys(store, id)).doesNotContain(MediaAsset.prefix(id) + "hls/seg_00042.ts");
        assertSignedPlaylistPlays(id, 3.5);
        MediaAsset row = QuarkusTransaction.requiringNew().call(() -> MediaAsset.<MediaAsset>findById(id));
        assertThat(row.attempts).isEqualTo(2);
        assertThat(row.leaseOwner).isNull();
    }

    /** Fetches the signed playlist and checks every segment URL downloads from S3, not the app. */
    private List<String> assertSignedPlaylistPlays(UUID id, double minSeconds) throws Exception {
        Response response = given().get("/api/media/" + id + "/playlist.m3u8");
        response.then().statusCode(200)
                .contentType(startsWith(MediaResource.HLS_TYPE))
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
        String playlist = response.asString();
        assertThat(playlist).startsWith("#EXTM3U").contains("#EXT-X-ENDLIST");
        List<String> uris = Arrays.stream(playlist.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        long total = 0;
        for (String uri : uris) {
            assertThat(uri).startsWith(s3Endpoint + "/anxue/media/" + id + "/hls/seg_")
                    .contains("X-Amz-Signature=").contains("X-Amz-Expires=600");
            HttpResponse<byte[]> segment = UploadClient.get(uri, null);
            assertThat(segment.statusCode()).isEqualTo(200);
            assertThat(segment.body()[0]).as("MPEG-TS sync byte").isEqualTo((byte) 0x47);
            total += segment.body().length;
        }
        assertThat(total).isPositive();
        ProbeResult probe = probeSignedPlaylist(id);
        assertThat(probe.duration()).isGreaterThan(minSeconds);
        return uris;
    }

    /** ffprobe reads the playlist through the app, and its segments from S3. */
    private ProbeResult probeSignedPlaylist(UUID id) throws Exception {
        String url = URI.create(app.toString()).resolve("/api/media/" + id + "/playlist.m3u8").toString();
        return TestVideos.tools().probe(url, Duration.ofSeconds(60));
    }

    private void assertMp4AnswersRangeRequests(UUID id) {
        Response redirect = given().redirects().follow(false).get("/api/media/" + id + "/mp4");
        redirect.then().statusCode(303);
        String location = redirect.header("Location");
        assertThat(location).startsWith(s3Endpoint + "/anxue/media/" + id + "/").contains("X-Amz-Signature=");
        HttpResponse<byte[]> range = UploadClient.get(location, "bytes=0-1023");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(1024);
        assertThat(new String(range.body(), 4, 4)).isEqualTo("ftyp");
        assertThat(range.headers().firstValue("Content-Range")).hasValueSatisfying(v -> assertThat(v).startsWith("bytes 0-1023/"));
    }

    private void assertPosterIsAJpeg(UUID id) {
        Response redirect = given().redirects().follow(false).get("/api/media/" + id + "/poster");
        redirect.then().statusCode(303);
        HttpResponse<byte[]> poster = UploadClient.get(redirect.header("Location"), null);
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.body()[0]).isEqualTo((byte) 0xFF);
        assertThat(poster.body()[1]).isEqualTo((byte) 0xD8);
    }

    private void assertRejectedWithNothingLeft(UUID id, String code, String reason) {
        JsonPath media = UploadClient.awaitFinished(id);
        assertThat(media.getString("state")).isEqualTo("FAILED");
        assertThat(media.getString("failureCode")).isEqualTo(code);
        assertThat(media.getString("failureReason")).contains(reason);
        assertThat(media.getString("playlistUrl")).isNull();
        String s3UploadId = QuarkusTransaction.requiringNew().call(() -> MediaUpload.<MediaUpload>findById(id)).s3UploadId;
        assertThat(StoredObjects.keys(store, id)).isEmpty();
        assertThat(StoredObjects.files(id, s3UploadId)).isEmpty();
        given().get("/api/media/" + id + "/playlist.m3u8").then().statusCode(409).body("code", equalTo("NOT_READY"));
    }

    /** A READY video uploaded by another account, made through the service (the REST user is fixed per test). */
    private UUID readyVideoOf(String owner) throws Exception {
        MediaOwner someone = new MediaOwner(owner, null);
        byte[] file = Files.readAllBytes(TestVideos.h264Mp4());
        MediaUpload upload = uploads.create(someone, owner + ".mp4", file.length, "video/mp4");
        String url = store.presignPart(upload.objectKey, upload.s3UploadId, 1, Duration.ofMinutes(1));
        assertThat(UploadClient.put(url, file)).isEqualTo(200);
        uploads.complete(someone, upload.id);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        MediaAsset asset;
        do {
            Thread.sleep(200);
            asset = QuarkusTransaction.requiringNew().call(() -> MediaAsset.<MediaAsset>findById(upload.id));
        } while (!asset.state.finished() && System.nanoTime() < deadline);
        assertThat(asset.state).isEqualTo(MediaAsset.State.READY);
        List<UploadedPart> none = store.listParts(upload.objectKey, upload.s3UploadId);
        assertThat(none).isEmpty();
        return upload.id;
    }
}
