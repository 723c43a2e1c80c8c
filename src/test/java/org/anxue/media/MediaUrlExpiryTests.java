package org.anxue.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * Presigned URLs stop working after their TTL: S3 answers 403. The URLs are signed here with a
 * 3 s TTL through the same code the endpoints use (which pass the configured TTLs: 600 s for
 * playback and 1800 s for parts by default, asserted in MediaPipelineTests and UploadsTests), so
 * no test profile (and no second Quarkus start) is needed.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class MediaUrlExpiryTests {

    /** X-Amz-Date has whole seconds, so a URL signed with 3 s is valid for between 2 and 3 s. */
    private static final Duration SHORT_TTL = Duration.ofSeconds(3);

    @Inject
    PlaylistSigner playlists;

    @Inject
    MediaStore store;

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseExpiredSegmentAndMp4Urls() throws Exception {
        UUID id = UploadClient.upload(TestVideos.h264Mp4(), "short-lived.mp4", "video/mp4");
        assertThat(UploadClient.awaitFinished(id).getString("state")).isEqualTo("READY");
        MediaAsset asset = QuarkusTransaction.requiringNew().call(() -> MediaAsset.<MediaAsset>findById(id));

        String playlist = playlists.signedPlaylist(id, asset.playlistKey, SHORT_TTL);
        String segment = Arrays.stream(playlist.split("\n")).filter(l -> l.startsWith("http")).findFirst().orElseThrow();
        String mp4 = store.presignGet(asset.mp4Key, SHORT_TTL);
        assertThat(segment).contains("X-Amz-Expires=3&");
        assertThat(UploadClient.get(segment, null).statusCode()).isEqualTo(200);
        Thread.sleep(4000);

        HttpResponse<byte[]> expiredSegment = UploadClient.get(segment, null);
        assertThat(expiredSegment.statusCode()).isEqualTo(403);
        assertThat(new String(expiredSegment.body())).contains("expired");
        assertThat(UploadClient.get(mp4, "bytes=0-99").statusCode()).isEqualTo(403);
        // A fresh playlist from the endpoint signs fresh URLs.
        String again = given().get("/api/media/" + id + "/playlist.m3u8").then().statusCode(200).extract().asString();
        String fresh = Arrays.stream(again.split("\n")).filter(l -> l.startsWith("http")).findFirst().orElseThrow();
        assertThat(UploadClient.get(fresh, null).statusCode()).isEqualTo(200);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseAnExpiredPartUrl() throws Exception {
        byte[] file = Files.readAllBytes(TestVideos.h264Mp4());
        JsonPath created = UploadClient.create("late.mp4", file.length, "video/mp4");
        UUID id = UUID.fromString(created.getString("id"));
        MediaUpload upload = QuarkusTransaction.requiringNew().call(() -> MediaUpload.<MediaUpload>findById(id));
        String url = store.presignPart(upload.objectKey, upload.s3UploadId, 1, SHORT_TTL);
        Thread.sleep(4000);

        assertThat(UploadClient.put(url, file)).isEqualTo(403);
        given().get("/api/uploads/" + id + "/parts").then().statusCode(200)
                .body("parts", org.hamcrest.Matchers.empty());
        given().delete("/api/uploads/" + id).then().statusCode(204);
    }
}
