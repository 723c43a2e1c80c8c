package org.anxue.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** Presigned URLs stop working after their TTL (1 s here): S3 answers 403. */
@QuarkusTest
@TestProfile(MediaUrlExpiryTests.ShortUrlTtl.class)
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class MediaUrlExpiryTests {

    public static class ShortUrlTtl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("anxue.media.playback-url-ttl", "1S", "anxue.media.part-url-ttl", "1S");
        }
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseExpiredSegmentAndMp4Urls() throws Exception {
        UUID id = UploadClient.upload(TestVideos.h264Mp4(), "short-lived.mp4", "video/mp4");
        assertThat(UploadClient.awaitFinished(id).getString("state")).isEqualTo("READY");

        String playlist = given().get("/api/media/" + id + "/playlist.m3u8").then().statusCode(200).extract().asString();
        String segment = Arrays.stream(playlist.split("\n")).filter(l -> l.startsWith("http")).findFirst().orElseThrow();
        String mp4 = given().redirects().follow(false).get("/api/media/" + id + "/mp4").then().statusCode(303)
                .extract().header("Location");
        Thread.sleep(2500);

        HttpResponse<byte[]> expiredSegment = UploadClient.get(segment, null);
        assertThat(expiredSegment.statusCode()).isEqualTo(403);
        assertThat(new String(expiredSegment.body())).contains("expired");
        assertThat(UploadClient.get(mp4, "bytes=0-99").statusCode()).isEqualTo(403);
        // A fresh playlist signs fresh URLs.
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
        String url = UploadClient.partUrls(id, 1).get(0);
        Thread.sleep(2500);

        assertThat(UploadClient.put(url, file)).isEqualTo(403);
        given().get("/api/uploads/" + id + "/parts").then().statusCode(200)
                .body("parts", org.hamcrest.Matchers.empty());
        given().delete("/api/uploads/" + id).then().statusCode(204);
    }
}
