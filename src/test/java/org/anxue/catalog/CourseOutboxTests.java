package org.anxue.catalog;

import static org.anxue.catalog.CatalogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** Every change of a course leaves a course_outbox row in its transaction; a refused one leaves none. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CourseOutboxTests {

    @Test
    void shouldWriteAnOutboxRowForEveryChangePublicationAndWithdrawal() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "事故案例警示" + world.tag());
        assertThat(CatalogFixtures.outbox(course)).containsExactly("CHANGED");

        as(world.institutionA()).body(CatalogFixtures.details("事故案例警示教育" + world.tag()))
                .put("/api/courses/" + course + "/draft").then().statusCode(200);
        assertThat(CatalogFixtures.outbox(course)).containsExactly("CHANGED", "CHANGED");

        long chapter = CatalogFixtures.addChapter(world.institutionA(), course, "第一章");
        long lesson = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第一课", false);
        long other = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第二课", false);
        CatalogFixtures.attach(world.institutionA(), course, lesson, CatalogFixtures.readyVideo(world.institutionA()));
        CatalogFixtures.attach(world.institutionA(), course, other, CatalogFixtures.readyVideo(world.institutionA()));
        CatalogFixtures.addQuestions(world.institutionA(), course, 5);
        int beforeReview = CatalogFixtures.outbox(course).size();
        assertThat(beforeReview).isEqualTo(2 + 3 + 2 + 5);

        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);
        as(world.officerA()).post("/api/courses/" + course + "/approvals").then().statusCode(200);
        as(world.officerA()).body(Map.of("reason", "教材过期")).post("/api/courses/" + course + "/withdrawals")
                .then().statusCode(200);

        List<String> rows = CatalogFixtures.outbox(course);
        assertThat(rows.subList(beforeReview, rows.size())).containsExactly("CHANGED", "PUBLISHED", "WITHDRAWN");
    }

    @Test
    void shouldWriteNoOutboxRowForARefusedChange() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "应急救援" + world.tag());
        List<String> before = CatalogFixtures.outbox(course);

        as(world.institutionA()).body(Map.of("title", "", "declaredHours", "-1")).put("/api/courses/" + course + "/draft")
                .then().statusCode(400);
        as(world.institutionB()).body(CatalogFixtures.details("别人的")).put("/api/courses/" + course + "/draft")
                .then().statusCode(403);
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(409);

        assertThat(CatalogFixtures.outbox(course)).isEqualTo(before);
    }
}
