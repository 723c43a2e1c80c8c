package org.anxue.search;

import static io.restassured.RestAssured.given;
import static org.anxue.catalog.CatalogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.anxue.catalog.CatalogFixtures;
import org.anxue.local.EmbeddedElasticsearch;
import org.anxue.local.TestEngines;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The index follows the database: publishing and withdrawing through the catalog, the outbox
 * waiting while Elasticsearch is stopped (search answers from PostgreSQL meanwhile) and catching
 * up when it returns, and a rebuild that switches the alias without losing a change made during it.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class SearchIndexingTests {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CourseIndex index;

    private static List<Long> ids(JsonPath found) {
        return found.getList("hits.card.id", Long.class);
    }

    @Test
    void shouldIndexACourseWhenItIsPublishedAndRemoveItWhenWithdrawn() {
        CatalogFixtures.World world = CatalogFixtures.world();
        String title = "叉车作业安全" + world.tag();
        long course = CatalogFixtures.readyCourse(world.institutionA(), title);
        assertThat(ids(SearchFixtures.search(title))).doesNotContain(course);

        CatalogFixtures.publish(world, course);
        JsonPath found = SearchFixtures.search(title);
        assertThat(found.getString("engine")).isEqualTo("ELASTICSEARCH");
        assertThat(ids(found)).containsExactly(course);
        // by the synonym 场内机动车辆 and by a word of the outline
        assertThat(ids(SearchFixtures.search("场内机动车辆 " + world.tag()))).containsExactly(course);
        assertThat(ids(SearchFixtures.search("要点 " + world.tag()))).containsExactly(course);
        assertThat(SearchFixtures.pendingRows(dataSource, course)).isZero();

        as(world.officerA()).body(Map.of("reason", "教材过期")).post("/api/courses/" + course + "/withdrawals")
                .then().statusCode(200);
        assertThat(ids(SearchFixtures.search(title))).isEmpty();
        assertThat(CatalogFixtures.outbox(course)).endsWith("PUBLISHED", "WITHDRAWN");
    }

    @Test
    void shouldAnswerFromPostgresWhileElasticsearchIsStoppedAndCatchUpWhenItReturns() throws Exception {
        CatalogFixtures.World world = CatalogFixtures.world();
        String tag = world.tag();
        long before = SearchFixtures.publish(dataSource, world.institutionAId(), new SearchFixtures.NewCourse(
                "粉尘防爆安全" + tag, "粉尘爆炸的预防。", List.of("除尘系统"), List.of("INDUSTRY_TRADE"),
                List.of("GENERAL_WORKER"), "ROUTINE", "2"));
        SearchFixtures.await("indexed", () -> ids(SearchFixtures.search("粉尘防爆安全" + tag)).contains(before));

        EmbeddedElasticsearch es = TestEngines.engines().elasticsearch()
                .orElseThrow(() -> new AssertionError("the embedded Elasticsearch node did not start"));
        es.stop();
        long during;
        try {
            during = SearchFixtures.publish(dataSource, world.institutionAId(), new SearchFixtures.NewCourse(
                    "尾矿库安全管理" + tag, "尾矿库的巡查与应急。", List.of("坝体巡查"), List.of("NON_COAL_MINE"),
                    List.of("SAFETY_MANAGER"), "REFRESHER", "4"));
            SearchFixtures.withdraw(dataSource, before);

            JsonPath fallback = SearchFixtures.search("尾矿库 " + tag);
            assertThat(fallback.getString("engine")).isEqualTo("POSTGRES");
            assertThat(ids(fallback)).containsExactly(during);
            assertThat(ids(SearchFixtures.search("粉尘防爆安全" + tag))).isEmpty();
            assertThat(SearchFixtures.pendingRows(dataSource, during)).isPositive();
            given().accept(ContentType.HTML).queryParam("q", "尾矿库 " + tag).get("/courses").then().statusCode(200)
                    .body(containsString("data-search-fallback"))
                    .body(containsString("data-course-card=\"" + during + "\""))
                    .body(containsString("<mark>尾矿库</mark>"));
        } finally {
            es.start();
        }
        SearchFixtures.await("Elasticsearch answers and has the change made while it was away", () -> {
            JsonPath found = SearchFixtures.search("尾矿库 " + tag);
            return found.getString("engine").equals("ELASTICSEARCH") && ids(found).equals(List.of(during));
        });
        SearchFixtures.await("the withdrawal reached the index too",
                () -> ids(SearchFixtures.search("粉尘防爆安全" + tag)).isEmpty()
                        && SearchFixtures.search("粉尘防爆安全" + tag).getString("engine").equals("ELASTICSEARCH"));
        assertThat(SearchFixtures.pendingRows(dataSource, during)).isZero();
        assertThat(SearchFixtures.pendingRows(dataSource, before)).isZero();
    }

    @Test
    void shouldRebuildIntoANewIndexAndSwitchTheAliasWithoutLosingChanges() throws Exception {
        CatalogFixtures.World world = CatalogFixtures.world();
        String tag = world.tag();
        for (int i = 0; i < 30; i++) {
            SearchFixtures.publish(dataSource, world.institutionAId(), new SearchFixtures.NewCourse(
                    "重建测试课程" + i + tag, "用于重建。", List.of("第" + i + "课"), List.of("OTHER"),
                    List.of("GENERAL_WORKER"), "ROUTINE", "1"));
        }
        SearchFixtures.await("indexed", () -> SearchFixtures.search("重建测试课程 " + tag).getLong("total") == 30);
        String oldIndex = index.aliasTarget().orElseThrow();

        TestAccounts.Made made = TestAccounts.create(Role.PLATFORM_ADMIN);
        TestAccounts.Browser admin = TestAccounts.signIn(made.username(), TestAccounts.PASSWORD);
        JsonPath started = as(admin).post("/api/search/rebuilds").then().statusCode(202).extract().jsonPath();
        long rebuild = started.getLong("id");
        String newIndex = started.getString("indexName");
        assertThat(newIndex).isNotEqualTo(oldIndex);
        as(admin).post("/api/search/rebuilds").then().statusCode(409);
        // a change while the rebuild runs
        long during = SearchFixtures.publish(dataSource, world.institutionAId(), new SearchFixtures.NewCourse(
                "重建期间发布" + tag, "重建时发布的课程。", List.of("新课"), List.of("OTHER"),
                List.of("GENERAL_WORKER"), "ROUTINE", "1"));

        SearchFixtures.await("the rebuild finished", () -> "DONE".equals(
                as(admin).get("/api/search/rebuilds/" + rebuild).then().statusCode(200).extract().jsonPath().getString("status")));
        JsonPath progress = as(admin).get("/api/search/rebuilds/" + rebuild).then().extract().jsonPath();
        assertThat(progress.getInt("total")).isPositive();
        // the total is counted when the rebuild starts; the course published during it may be loaded too
        assertThat(progress.getInt("done")).isGreaterThanOrEqualTo(progress.getInt("total"));
        assertThat(index.aliasTarget()).contains(newIndex);
        assertThat(index.exists(oldIndex)).isFalse();
        assertThat(SearchFixtures.search("重建测试课程 " + tag).getLong("total")).isEqualTo(30);
        assertThat(ids(SearchFixtures.search("重建期间发布" + tag))).containsExactly(during);

        as(admin).accept(ContentType.HTML).get("/admin/search").then().statusCode(200)
                .body(containsString(newIndex)).body(containsString("data-rebuild=\"" + rebuild + "\""));
        given().accept(ContentType.JSON).post("/api/search/rebuilds").then().statusCode(401);
        TestAccounts.Browser worker = TestAccounts.signIn(TestAccounts.create(Role.WORKER).username(), TestAccounts.PASSWORD);
        as(worker).post("/api/search/rebuilds").then().statusCode(403);
    }
}
