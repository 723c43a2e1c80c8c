package org.anxue.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class UploadsTests {

    @Inject
    MediaStore store;

    @Inject
    MediaUploads uploads;

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseADeclaredSizeAboveTheLimitAtCreate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("filename", "huge.mp4", "size", 9L * 1024 * 1024 * 1024, "contentType", "video/mp4"))
                .post("/api/uploads")
                .then().statusCode(413)
                .body("code", equalTo("TOO_LARGE"))
                .body("message", containsString("at most 8.0 GiB"));
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseAFileThatIsNotDeclaredAsAVideo() {
        given().contentType(ContentType.JSON)
                .body(Map.of("filename", "manual.pdf", "size", 1000, "contentType", "application/pdf"))
                .post("/api/uploads")
                .then().statusCode(415)
                .body("code", equalTo("NOT_A_VIDEO_TYPE"))
                .body("message", containsString("only video files can be uploaded (got application/pdf)"));
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldAcceptAVideoExtensionWhenTheBrowserGivesNoType() {
        given().contentType(ContentType.JSON)
                .body(Map.of("filename", "lesson.mkv", "size", 1000, "contentType", ""))
                .post("/api/uploads")
                .then().statusCode(201).body("status", equalTo("UPLOADING"));
    }

    @Test
    void shouldRequireAuthentication() {
        given().contentType(ContentType.JSON)
                .body(Map.of("filename", "a.mp4", "size", 1000, "contentType", "video/mp4"))
                .post("/api/uploads")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldResumeAfterANetworkDropFromThePartsS3AlreadyHas() throws Exception {
        byte[] file = Files.readAllBytes(TestVideos.largeH264Mp4());
        JsonPath created = UploadClient.create("resumed.mp4", file.length, "video/mp4");
        UUID id = UUID.fromString(created.getString("id"));
        long partSize = created.getLong("partSize");
        assertThat(partSize).isEqualTo(5L * 1024 * 1024);
        assertThat(created.getInt("partCount")).isGreaterThanOrEqualTo(3);

        // Part 1 goes up, then the connection drops.
        String part1 = UploadClient.partUrls(id, 1).get(0);
        assertThat(part1).contains("uploadId=", "partNumber=1", "X-Amz-Expires=1800");
        assertThat(UploadClient.put(part1, UploadClient.part(file, partSize, 1))).isEqualTo(200);

        // Back online: the client asks what S3 has and sends only the rest.
        JsonPath parts = given().get("/api/uploads/" + id + "/parts").then().statusCode(200).extract().jsonPath();
        assertThat(parts.getList("parts.partNumber", Integer.class)).containsExactly(1);
        assertThat(parts.getLong("uploadedBytes")).isEqualTo(partSize);
        int count = created.getInt("partCount");
        for (int n = 2; n <= count; n++) {
            assertThat(UploadClient.put(UploadClient.partUrls(id, n).get(0), UploadClient.part(file, partSize, n))).isEqualTo(200);
        }
        given().contentType(ContentType.JSON).body("{}").post("/api/uploads/" + id + "/complete").then().statusCode(202)
                .body("id", equalTo(id.toString()));

        JsonPath media = UploadClient.awaitFinished(id);
        assertThat(media.getString("state")).isEqualTo("READY");
        assertThat(media.getBoolean("remuxed")).isTrue();
        // The source is already MP4 with H.264/AAC: it stays as the MP4 rendition, whole.
        assertThat(store.size("media/" + id + "/source.mp4")).isEqualTo(file.length);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseToCompleteWhilePartsAreMissing() throws Exception {
        byte[] file = Files.readAllBytes(TestVideos.largeH264Mp4());
        JsonPath created = UploadClient.create("partial.mp4", file.length, "video/mp4");
        UUID id = UUID.fromString(created.getString("id"));
        long partSize = created.getLong("partSize");
        UploadClient.put(UploadClient.partUrls(id, 1).get(0), UploadClient.part(file, partSize, 1));

        given().contentType(ContentType.JSON).body("{}").post("/api/uploads/" + id + "/complete").then().statusCode(409)
                .body("code", equalTo("INCOMPLETE"))
                .body("message", containsString("missing parts [2, 3"));
        given().get("/api/uploads/" + id).then().statusCode(200).body("status", equalTo("UPLOADING"));
        given().delete("/api/uploads/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRefuseACompleteAnotherSiteCouldHaveSent() {
        UUID id = UUID.fromString(UploadClient.create("csrf.mp4", 1000, "video/mp4").getString("id"));

        // No JSON body and no CSRF token: org.anxue.security.CsrfFilter refuses it.
        given().post("/api/uploads/" + id + "/complete").then().statusCode(403);
        given().get("/api/uploads/" + id).then().statusCode(200).body("status", equalTo("UPLOADING"));
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldRefusePartNumbersOutsideTheUpload() {
        UUID id = UUID.fromString(UploadClient.create("small.mp4", 1000, "video/mp4").getString("id"));

        given().contentType(ContentType.JSON).body(Map.of("partNumbers", List.of(2)))
                .post("/api/uploads/" + id + "/part-urls")
                .then().statusCode(400).body("code", equalTo("BAD_PARTS"));
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldLeaveNoPartsBehindWhenAborted() throws Exception {
        byte[] file = Files.readAllBytes(TestVideos.largeH264Mp4());
        JsonPath created = UploadClient.create("aborted.mp4", file.length, "video/mp4");
        UUID id = UUID.fromString(created.getString("id"));
        UploadClient.put(UploadClient.partUrls(id, 1).get(0), UploadClient.part(file, created.getLong("partSize"), 1));
        String s3UploadId = uploadRow(id).s3UploadId;
        assertThat(StoredObjects.files(id, s3UploadId)).as("parts on S3Proxy's disk").isNotEmpty();

        given().delete("/api/uploads/" + id).then().statusCode(204);

        assertThat(StoredObjects.files(id, s3UploadId)).isEmpty();
        assertThat(StoredObjects.keys(store, id)).isEmpty();
        assertThat(store.listParts(uploadRow(id).objectKey, s3UploadId)).isEmpty();
        given().get("/api/uploads/" + id).then().statusCode(200).body("status", equalTo("ABORTED"));
        given().get("/api/uploads/" + id + "/parts").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldSweepUploadsAbandonedLongerThanTheConfiguredAge() throws Exception {
        byte[] file = Files.readAllBytes(TestVideos.largeH264Mp4());
        JsonPath created = UploadClient.create("abandoned.mp4", file.length, "video/mp4");
        UUID id = UUID.fromString(created.getString("id"));
        UploadClient.put(UploadClient.partUrls(id, 1).get(0), UploadClient.part(file, created.getLong("partSize"), 1));
        UUID fresh = UUID.fromString(UploadClient.create("fresh.mp4", 1000, "video/mp4").getString("id"));
        String s3UploadId = uploadRow(id).s3UploadId;
        // Started 25 hours ago (the default age is 24 hours).
        QuarkusTransaction.requiringNew().run(() -> MediaUpload.update("createdAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofHours(25)), id));

        assertThat(uploads.sweepAbandoned()).isGreaterThanOrEqualTo(1);

        assertThat(uploadRow(id).status).isEqualTo(MediaUpload.Status.EXPIRED);
        assertThat(StoredObjects.files(id, s3UploadId)).isEmpty();
        assertThat(uploadRow(fresh).status).isEqualTo(MediaUpload.Status.UPLOADING);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldNotShowSomeoneElsesUpload() {
        MediaUpload bobs = uploads.create(new MediaOwner("bob", null), "bob.mp4", 1000, "video/mp4");

        given().get("/api/uploads/" + bobs.id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("partNumbers", List.of(1)))
                .post("/api/uploads/" + bobs.id + "/part-urls").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").post("/api/uploads/" + bobs.id + "/complete").then().statusCode(404);
        given().delete("/api/uploads/" + bobs.id).then().statusCode(404);
    }

    private static MediaUpload uploadRow(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> MediaUpload.<MediaUpload>findById(id));
    }
}
