package org.anxue.catalog;

import static io.restassured.RestAssured.given;
import static org.anxue.catalog.CatalogFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * Who gets a lesson's signed playlist: anyone for a free preview of a published course; the owning
 * institution and reviewers in the jurisdiction for every lesson; nobody else (enrolment, which
 * comes with the learning feature, is a port that says no until then).
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CatalogPlaybackTests {

    @Test
    void shouldLetAnyonePlayAFreePreviewOfAPublishedCourseAndNoOneElseTheOtherLessons() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "应急救援与自救互救" + world.tag());
        JsonPath draft = as(world.institutionA()).get("/api/courses/" + course + "/draft").then().extract().jsonPath();
        long preview = draft.getLong("chapters[0].lessons[0].id");
        long other = draft.getLong("chapters[0].lessons[1].id");
        String previewMedia = draft.getString("chapters[0].lessons[0].mediaId");
        String otherMedia = draft.getString("chapters[0].lessons[1].mediaId");

        // before publication not even the preview is public
        given().get("/api/courses/" + course + "/lessons/" + preview + "/playlist.m3u8").then().statusCode(403);
        CatalogFixtures.publish(world, course);

        given().get("/api/courses/" + course + "/lessons/" + preview + "/playlist.m3u8").then().statusCode(200)
                .contentType("application/vnd.apple.mpegurl")
                .body(containsString("#EXTM3U")).body(containsString("X-Amz-Signature="));
        given().get("/api/courses/" + course + "/lessons/" + other + "/playlist.m3u8").then().statusCode(403)
                .body("error", equalTo("mayNotWatch"));
        as(world.worker()).accept("*/*").get("/api/courses/" + course + "/lessons/" + other + "/playlist.m3u8").then().statusCode(403);
        as(world.worker()).accept("*/*").get("/api/media/" + otherMedia + "/playlist.m3u8").then().statusCode(403);
        as(world.worker()).accept("*/*").get("/api/media/" + previewMedia + "/playlist.m3u8").then().statusCode(200);
        as(world.institutionB()).accept("*/*").get("/api/media/" + otherMedia + "/playlist.m3u8").then().statusCode(403);
        as(world.officerB()).accept("*/*").get("/api/media/" + otherMedia + "/playlist.m3u8").then().statusCode(403);

        as(world.officerA()).accept("*/*").get("/api/media/" + otherMedia + "/playlist.m3u8").then().statusCode(200);
        as(world.officerCity()).accept("*/*").get("/api/courses/" + course + "/lessons/" + other + "/playlist.m3u8").then().statusCode(200);
        as(world.institutionA()).accept("*/*").get("/api/courses/" + course + "/lessons/" + other + "/playlist.m3u8").then().statusCode(200);
        given().get("/api/courses/" + course + "/lessons/999999999/playlist.m3u8").then().statusCode(404);
    }

    @Test
    void shouldLetAReviewerWatchADraftUnderReview() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "有限空间作业" + world.tag());
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);
        String media = as(world.officerA()).get("/api/courses/" + course + "/review").then().statusCode(200)
                .extract().jsonPath().getString("chapters[0].lessons[1].mediaId");

        as(world.officerA()).accept("*/*").get("/api/media/" + media + "/playlist.m3u8").then().statusCode(200);
        as(world.officerA()).get("/api/media/" + media).then().statusCode(200).body("state", equalTo("READY"));
        as(world.officerB()).accept("*/*").get("/api/media/" + media + "/playlist.m3u8").then().statusCode(403);
    }
}
