package org.anxue.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Searching the course index on the real Elasticsearch node: synonyms, facets, highlighting (safe),
 * suggestions, alternatives, paging and bad input, over five courses of one test institution.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseSearchTests {

    @Inject
    AgroalDataSource dataSource;

    private CatalogFixtures.World world;
    private String institution;
    private long chemicals;
    private long confined;
    private long hotWork;
    private long electrician;
    private long plc;

    @BeforeEach
    void publishFiveCourses() {
        if (world != null) {
            return;
        }
        world = CatalogFixtures.world();
        institution = Long.toString(world.institutionAId());
        String tag = world.tag();
        chemicals = publish(new SearchFixtures.NewCourse("危险化学品储存安全" + tag, "仓库与禁忌物料的安全要求。",
                List.of("仓库管理", "禁忌物料"), List.of("CHEMICAL"), List.of("PRINCIPAL"), "INITIAL", "2"));
        confined = publish(new SearchFixtures.NewCourse("有限空间作业" + tag, "先通风、再检测、后作业的安全要求。",
                List.of("通风与检测"), List.of("CHEMICAL", "INDUSTRY_TRADE"), List.of("GENERAL_WORKER"), "ROUTINE", "4"));
        hotWork = publish(new SearchFixtures.NewCourse("动火作业安全" + tag, "作业票与现场防火的安全措施。",
                List.of("动火分析与监火"), List.of("CHEMICAL"), List.of("SPECIAL_OPERATION_WORKER"), "REFRESHER", "8"));
        electrician = publish(new SearchFixtures.NewCourse("<script>alert(1)</script> 电工安全" + tag, "触电急救与安全用电。",
                List.of("漏电保护"), List.of("INDUSTRY_TRADE"), List.of("SPECIAL_OPERATION_WORKER"), "REVIEW", "1"));
        plc = publish(new SearchFixtures.NewCourse("可编程控制器维护" + tag, "自动化产线的安全联锁与调试。",
                List.of("安全联锁", "PLC 程序调试"), List.of("INDUSTRY_TRADE"), List.of("GENERAL_WORKER"), "ROUTINE", "3"));
        SearchFixtures.await("the five courses are indexed",
                () -> SearchFixtures.search("安全", "institution", institution).getInt("total") == 5);
    }

    private long publish(SearchFixtures.NewCourse course) {
        return SearchFixtures.publish(dataSource, world.institutionAId(), course);
    }

    private List<Long> ids(JsonPath found) {
        return found.getList("hits.card.id", Long.class);
    }

    @Test
    void shouldFindCoursesThroughDomainSynonyms() {
        JsonPath found = SearchFixtures.search("危化品", "institution", institution);
        assertThat(found.getString("engine")).isEqualTo("ELASTICSEARCH");
        assertThat(ids(found)).containsExactly(chemicals);
        assertThat(ids(SearchFixtures.search("受限空间", "institution", institution))).containsExactly(confined);
        assertThat(ids(SearchFixtures.search("明火作业", "institution", institution))).containsExactly(hotWork);
        // mixed Chinese and English: PLC is a synonym of 可编程控制器, and the outline says "PLC 程序调试"
        assertThat(ids(SearchFixtures.search("PLC 安全", "institution", institution))).first().isEqualTo(plc);
    }

    @Test
    void shouldCountFacetsUnderTheOtherFilters() {
        JsonPath all = SearchFixtures.search("安全", "institution", institution);
        assertThat(all.getLong("total")).isEqualTo(5);
        Map<String, Integer> industries = counts(all, "industries");
        assertThat(industries).containsEntry("CHEMICAL", 3).containsEntry("INDUSTRY_TRADE", 3);
        assertThat(counts(all, "trainingTypes")).containsEntry("ROUTINE", 2).containsEntry("INITIAL", 1);
        // the institution facet ignores the institution filter: other institutions' 安全 courses are counted too
        int mine = all.getList("facets.institutions.id", Long.class).indexOf(world.institutionAId());
        assertThat(mine).isNotNegative();
        assertThat(all.getString("facets.institutions[" + mine + "].name")).isEqualTo(world.institutionAName());
        assertThat(all.getInt("facets.institutions[" + mine + "].count")).isEqualTo(5);

        JsonPath chemical = SearchFixtures.search("安全", "institution", institution, "industry", "CHEMICAL");
        assertThat(ids(chemical)).containsExactlyInAnyOrder(chemicals, confined, hotWork);
        // the industry facet ignores its own filter (other values stay choosable), the others apply it
        assertThat(counts(chemical, "industries")).containsEntry("CHEMICAL", 3).containsEntry("INDUSTRY_TRADE", 3);
        assertThat(counts(chemical, "postKinds")).containsEntry("PRINCIPAL", 1).containsEntry("GENERAL_WORKER", 1)
                .containsEntry("SPECIAL_OPERATION_WORKER", 1);

        JsonPath hours = SearchFixtures.search("安全", "institution", institution, "minHours", "2.1", "maxHours", "4");
        assertThat(ids(hours)).containsExactlyInAnyOrder(confined, plc);
        assertThat(hours.getList("facets.hours.count", Integer.class)).containsExactly(2, 2, 1);
    }

    private static Map<String, Integer> counts(JsonPath found, String facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        List<String> values = found.getList("facets." + facet + ".value", String.class);
        List<Integer> numbers = found.getList("facets." + facet + ".count", Integer.class);
        for (int i = 0; i < values.size(); i++) {
            counts.put(values.get(i), numbers.get(i));
        }
        return counts;
    }

    @Test
    void shouldHighlightMatchesAndEscapeEverythingElse() {
        JsonPath found = SearchFixtures.search("电工", "institution", institution);
        assertThat(ids(found)).containsExactly(electrician);
        String title = found.getString("hits[0].titleHtml");
        assertThat(title).contains("<mark>电工</mark>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(SearchFixtures.search("禁忌物料", "institution", institution).getString("hits[0].snippetHtml"))
                .contains("<mark>");

        given().accept(ContentType.HTML).queryParam("q", "电工").queryParam("institution", institution)
                .get("/courses").then().statusCode(200)
                .body(containsString("data-course-card=\"" + electrician + "\""))
                .body(containsString("<mark>电工</mark>"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("data-facet=\"industry\""));
    }

    @Test
    void shouldSuggestTitlesAsYouType() {
        String typed = "动火作业安全" + world.tag().substring(0, 3);
        List<Long> suggested = given().queryParam("q", typed).get("/api/courses/suggestions")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(suggested).contains(hotWork);
        assertThat(given().queryParam("q", "  ").get("/api/courses/suggestions").then().statusCode(200)
                .extract().jsonPath().getList("$")).isEmpty();
        given().queryParam("q", "动火").queryParam("limit", "500").get("/api/courses/suggestions").then().statusCode(400);
        given().queryParam("q", "动火").queryParam("limit", "x").get("/api/courses/suggestions").then().statusCode(400);
    }

    @Test
    void shouldOfferTheNearestCoursesWhenNothingMatchesEveryWord() {
        JsonPath found = SearchFixtures.search("电工 尾矿库 爆破", "institution", institution);
        assertThat(found.getLong("total")).isZero();
        assertThat(found.getList("alternatives.card.id", Long.class)).contains(electrician);
        assertThat(found.getBoolean("alternativesWithoutFilters")).isFalse();

        JsonPath filtered = SearchFixtures.search("电工" + world.tag(), "institution", institution, "industry", "FIREWORKS");
        assertThat(filtered.getLong("total")).isZero();
        assertThat(filtered.getList("alternatives.card.id", Long.class)).contains(electrician);
        assertThat(filtered.getBoolean("alternativesWithoutFilters")).isTrue();

        given().accept(ContentType.HTML).queryParam("q", "电工 尾矿库 爆破").queryParam("institution", institution)
                .get("/courses").then().statusCode(200).body(containsString("data-search-alternatives"));
    }

    @Test
    void shouldPageThroughResults() {
        JsonPath first = SearchFixtures.search("安全", "institution", institution, "size", "2", "sort", "newest");
        JsonPath third = SearchFixtures.search("安全", "institution", institution, "size", "2", "page", "3", "sort", "newest");
        assertThat(ids(first)).containsExactly(plc, electrician);
        assertThat(ids(third)).containsExactly(chemicals);
        assertThat(third.getLong("total")).isEqualTo(5);
        given().accept(ContentType.HTML).queryParam("q", "安全").queryParam("institution", institution)
                .queryParam("size", "2").get("/courses").then().statusCode(200).body(containsString("data-page-next"));
    }

    @Test
    void shouldRefuseFiltersItDoesNotUnderstand() {
        given().queryParam("q", "安全").queryParam("sort", "bogus").get("/api/courses/search").then().statusCode(400);
        given().queryParam("q", "安全").queryParam("size", "500").get("/api/courses/search").then().statusCode(400);
        given().queryParam("q", "安全").queryParam("industry", "MOON").get("/api/courses/search").then().statusCode(400);
        given().accept(ContentType.HTML).queryParam("q", "安全").queryParam("sort", "bogus").get("/courses")
                .then().statusCode(400);
    }
}
