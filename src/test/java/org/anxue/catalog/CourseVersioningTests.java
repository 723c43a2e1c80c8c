package org.anxue.catalog;

import static io.restassured.RestAssured.given;
import static org.anxue.catalog.CatalogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * Publishing a new version: a draft copy of the published one whose lessons keep their keys while
 * their videos stay the same, learners keep the published version until the new one is approved,
 * and a published version never changes (the database refuses it too).
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CourseVersioningTests {

    @Inject
    EntityManager em;

    @Test
    void shouldKeepLessonKeysInANewVersionAndChangeOnlyTheKeyOfAReplacedVideo() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "非煤矿山安全" + world.tag());
        CatalogFixtures.publish(world, course);
        JsonPath v1 = given().get("/api/courses/" + course).then().statusCode(200).extract().jsonPath();
        List<String> keysV1 = v1.getList("chapters[0].lessons.lessonKey");

        JsonPath v2 = as(world.institutionA()).post("/api/courses/" + course + "/versions").then().statusCode(201)
                .body("versionNumber", equalTo(2)).body("status", equalTo("DRAFT")).extract().jsonPath();
        assertThat(v2.getList("chapters[0].lessons.lessonKey")).isEqualTo(keysV1);
        assertThat(v2.getInt("questionCount")).isEqualTo(5);
        assertThat(v2.getLong("versionId")).isNotEqualTo(v1.getLong("versionId"));

        long secondLesson = v2.getLong("chapters[0].lessons[1].id");
        UUID newVideo = CatalogFixtures.readyVideo(world.institutionA());
        CatalogFixtures.attach(world.institutionA(), course, secondLesson, newVideo);
        as(world.institutionA()).body(Map.of("title", "第二课 要点（新版）"))
                .put("/api/courses/" + course + "/draft/lessons/" + v2.getLong("chapters[0].lessons[0].id"))
                .then().statusCode(200);
        JsonPath edited = as(world.institutionA()).get("/api/courses/" + course + "/draft").then().extract().jsonPath();
        assertThat(edited.getString("chapters[0].lessons[0].lessonKey")).isEqualTo(keysV1.get(0));
        assertThat(edited.getString("chapters[0].lessons[1].lessonKey")).isNotEqualTo(keysV1.get(1));

        // learners still see version 1 while version 2 is edited and reviewed
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);
        given().get("/api/courses/" + course).then().body("versionNumber", equalTo(1))
                .body("chapters[0].lessons[0].title", equalTo("第一课 概述"));
        as(world.institutionA()).post("/api/courses/" + course + "/versions").then().statusCode(409)
                .body("error", equalTo("versionAlreadyOpen"));

        as(world.officerA()).post("/api/courses/" + course + "/approvals").then().statusCode(200)
                .body("versionNumber", equalTo(2));
        JsonPath published = given().get("/api/courses/" + course).then().extract().jsonPath();
        assertThat(published.getList("chapters[0].lessons.lessonKey")).containsExactly(keysV1.get(0),
                edited.getString("chapters[0].lessons[1].lessonKey"));
        List<String> statuses = as(world.institutionA()).get("/api/courses/" + course + "/versions").then()
                .extract().jsonPath().getList("status");
        assertThat(statuses).containsExactly("PUBLISHED", "SUPERSEDED");
        List<String> events = as(world.institutionA()).get("/api/courses/" + course + "/events").then()
                .extract().jsonPath().getList("kind");
        assertThat(events).containsExactly("CREATED", "SUBMITTED", "APPROVED", "VERSION_STARTED", "SUBMITTED",
                "SUPERSEDED", "APPROVED");
    }

    @Test
    void shouldRefuseToChangeAPublishedVersionEvenInTheDatabase() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "动火作业安全" + world.tag());
        CatalogFixtures.publish(world, course);
        long versionId = given().get("/api/courses/" + course).then().extract().jsonPath().getLong("versionId");

        as(world.institutionA()).body(CatalogFixtures.details("改名")).put("/api/courses/" + course + "/draft")
                .then().statusCode(409).body("error", equalTo("noDraft"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update course_version set title = 'changed' where id = ?1")
                .setParameter(1, versionId).executeUpdate()))
                .hasStackTraceContaining("its content cannot change");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from course_question where version_id = ?1")
                .setParameter(1, versionId).executeUpdate()))
                .hasStackTraceContaining("is not a draft");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update course_event set reason = 'rewritten' where course_id = ?1")
                .setParameter(1, course).executeUpdate()))
                .hasStackTraceContaining("never updated or deleted");
        given().get("/api/courses/" + course).then().body("title", equalTo("动火作业安全" + world.tag()))
                .body("questionCount", equalTo(5));
    }

    @Test
    void shouldRefuseANewVersionOfACourseNeverPublished() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "草稿课程" + world.tag());

        as(world.institutionA()).post("/api/courses/" + course + "/versions").then().statusCode(409)
                .body("error", equalTo("versionAlreadyOpen"));
    }
}
