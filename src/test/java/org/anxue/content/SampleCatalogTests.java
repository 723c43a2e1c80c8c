package org.anxue.content;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anxue.catalog.CatalogFixtures;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * The sample catalog loader against the real engines: a one-course pack is published with videos
 * generated at the lessons' lengths and processed by the media pipeline; loading again skips it.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class SampleCatalogTests {

    @Inject
    SampleCatalog samples;

    @Test
    void shouldPublishASampleCourseWithVideosOfTheLessonsLengthAndSkipItTheSecondTime() throws IOException {
        CatalogFixtures.World world = CatalogFixtures.world();
        Path pack = Files.createTempDirectory("anxue-pack-");
        StringBuilder questions = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            questions.append("    - {kind: SINGLE, stem: 第").append(i)
                    .append("题：有限空间作业应遵守什么原则？, options: [先通风再检测后作业, 先作业后检测], answer: A, explanation: 先通风、再检测、后作业。}\n");
        }
        String code = "TEST-" + world.tag();
        Files.writeString(pack.resolve("courses.yaml"), """
                - code: %s
                  institution: LA-%s
                  title: 有限空间作业示例%s
                  summary: 测试用示例课程
                  trainingType: ROUTINE
                  hours: "0.1"
                  passMark: 80
                  industries: [INDUSTRY_TRADE]
                  postKinds: [GENERAL_WORKER]
                  chapters:
                    - title: 第一章 认识有限空间
                      lessons:
                        - {title: 什么是有限空间, minutes: 0.05, preview: true}
                        - {title: 先通风再检测后作业, minutes: 0.1}
                  questions:
                """.formatted(code, world.tag(), world.tag()) + questions);

        List<CoursePackReader.SampleCourse> courses = samples.read(PackSource.directory(pack));
        SampleCatalog.Result first = samples.load(courses);
        SampleCatalog.Result second = samples.load(courses);

        assertThat(first).isEqualTo(new SampleCatalog.Result(1, 0, 0));
        assertThat(second).isEqualTo(new SampleCatalog.Result(0, 1, 0));
        JsonPath found = given().queryParam("q", "有限空间作业示例" + world.tag()).get("/api/courses")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        long id = found.getLong("items[0].id");
        assertThat(found.getString("items[0].coverUrl")).startsWith("/courses/covers/");
        JsonPath course = given().get("/api/courses/" + id).then().statusCode(200).extract().jsonPath();
        // one frame every two seconds: a 3-second lesson becomes 4 s (never shorter than declared)
        assertThat(course.getList("chapters[0].lessons.durationSeconds", Float.class)).containsExactly(4f, 6f);
        assertThat(course.getInt("questionCount")).isEqualTo(10);
        assertThat(course.getBoolean("hours.passes")).isTrue();
        given().get("/api/courses/" + id + "/lessons/" + course.getLong("chapters[0].lessons[0].id") + "/playlist.m3u8")
                .then().statusCode(200);
        List<String> events = CatalogFixtures.as(world.officerA()).get("/api/courses/" + id + "/events").then()
                .statusCode(200).extract().jsonPath().getList("actorName");
        assertThat(events).containsOnly("内容包 content pack");
    }
}
