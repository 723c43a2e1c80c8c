package org.anxue.catalog;

import static io.restassured.RestAssured.given;
import static org.anxue.catalog.CatalogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public supermarket: filters, sorting, paging and bad filters, over three published courses. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupermarketTests {

    private CatalogFixtures.World world;
    private long chemical;
    private long electrician;
    private long mining;

    /** Once per class (RestAssured knows the test port only once the first test runs). */
    @BeforeEach
    void publishThreeCourses() {
        if (world != null) {
            return;
        }
        world = CatalogFixtures.world();
        chemical = course("危险化学品安全管理", "INITIAL", "0.2", List.of("CHEMICAL"), List.of("PRINCIPAL", "SAFETY_MANAGER"));
        electrician = course("低压电工复审", "REVIEW", "0.1", List.of("CHEMICAL", "INDUSTRY_TRADE"),
                List.of("SPECIAL_OPERATION_WORKER"));
        mining = course("非煤矿山安全", "REFRESHER", "0.1", List.of("NON_COAL_MINE"), List.of("SAFETY_MANAGER"));
        // learning will keep this counter; here it is set by hand to check the "most enrolled" order
        QuarkusTransaction.requiringNew().run(() -> Course.<Course>findById(mining).enrolmentCount = 7);
    }

    private long course(String title, String type, String hours, List<String> industries, List<String> posts) {
        long id = CatalogFixtures.readyCourse(world.institutionA(), title + world.tag());
        Map<String, Object> details = new HashMap<>(CatalogFixtures.details(title + world.tag()));
        details.put("trainingType", type);
        details.put("declaredHours", hours);
        details.put("industries", industries);
        details.put("postKinds", posts);
        if (hours.equals("0.2")) {
            long chapter = as(world.institutionA()).get("/api/courses/" + id + "/draft").then().extract().jsonPath()
                    .getLong("chapters[0].id");
            for (int i = 0; i < 2; i++) {
                long lesson = CatalogFixtures.addLesson(world.institutionA(), id, chapter, "补充课" + i, false);
                CatalogFixtures.attach(world.institutionA(), id, lesson, CatalogFixtures.readyVideo(world.institutionA()));
            }
        }
        as(world.institutionA()).body(details).put("/api/courses/" + id + "/draft").then().statusCode(200);
        CatalogFixtures.publish(world, id);
        return id;
    }

    private RequestSpecification mine() {
        return given().queryParam("institution", world.institutionAId());
    }

    private List<Integer> ids(RequestSpecification request) {
        return request.get("/api/courses").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void shouldFilterByIndustryPostKindTrainingTypeAndHours() {
        assertThat(ids(mine().queryParam("industry", "CHEMICAL"))).containsExactlyInAnyOrder((int) chemical, (int) electrician);
        assertThat(ids(mine().queryParam("industry", "非煤矿山"))).containsExactly((int) mining);
        assertThat(ids(mine().queryParam("postKind", "SAFETY_MANAGER"))).containsExactlyInAnyOrder((int) chemical, (int) mining);
        assertThat(ids(mine().queryParam("trainingType", "复审"))).containsExactly((int) electrician);
        assertThat(ids(mine().queryParam("minHours", "0.15"))).containsExactly((int) chemical);
        assertThat(ids(mine().queryParam("maxHours", "0.1"))).containsExactlyInAnyOrder((int) electrician, (int) mining);
        assertThat(ids(mine().queryParam("q", "电工"))).containsExactly((int) electrician);
        assertThat(ids(mine().queryParam("q", "100%_"))).isEmpty();
        assertThat(ids(given().queryParam("q", "课程简介：危险化学品安全管理" + world.tag()))).containsExactly((int) chemical);
    }

    @Test
    void shouldSortByNewestOrMostEnrolledAndPage() {
        assertThat(ids(mine())).containsExactly((int) mining, (int) electrician, (int) chemical);
        assertThat(ids(mine().queryParam("sort", "enrolled"))).containsExactly((int) mining, (int) electrician, (int) chemical);

        mine().queryParam("size", 2).queryParam("page", 2).get("/api/courses").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(2)).body("items.id", equalTo(List.of((int) chemical)));
        given().accept(ContentType.HTML).queryParam("institution", world.institutionAId()).queryParam("size", 2)
                .get("/courses").then().statusCode(200)
                .body(containsString("共 3 门课程"))
                .body(containsString("/courses?institution=" + world.institutionAId() + "&amp;page=2&amp;size=2"));
    }

    @Test
    void shouldAnswerBadFiltersWith400AndAMessagePerFilter() {
        given().queryParam("industry", "ASTEROIDS").queryParam("minHours", "abc").queryParam("sort", "price")
                .queryParam("size", 500).get("/api/courses").then().statusCode(400)
                .body("problems.field", hasItems("industry", "minHours", "sort", "size"))
                .body("problems.message", hasItems("行业“ASTEROIDS”无效。", "排序方式“price”无效，应为 newest 或 enrolled。"));
        given().accept(ContentType.HTML).header("Accept-Language", "en").queryParam("page", "-3").get("/courses")
                .then().statusCode(400).body(containsString("Page “-3” is not valid."));
    }

    @Test
    void shouldShowTheCoursePageWithOutlineDurationsAndInstitution() {
        given().accept(ContentType.HTML).get("/courses/" + chemical).then().statusCode(200)
                .body(containsString(world.institutionAName()))
                .body(containsString("第一章 基础知识"))
                .body(containsString("第一课 概述"))
                .body(containsString("0:04"))
                .body(containsString("0.2 学时"))
                .body(containsString("data-play-lesson"));
    }
}
