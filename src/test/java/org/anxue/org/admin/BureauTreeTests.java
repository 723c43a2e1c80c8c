package org.anxue.org.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.Bureau;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.CsrfTokens;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class BureauTreeTests {

    /** Forms as browsers send them: UTF-8 (REST Assured's default would be ISO-8859-1). */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    static TestAccounts.Browser signIn(TestAccounts.Made account) {
        return TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);
    }

    static Response createBureau(TestAccounts.Browser as, Long parentId, String code, String name, String level) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", name);
        body.put("level", level);
        return given().cookies(as.cookies()).contentType(ContentType.JSON).body(body).when().post("/api/bureaus");
    }

    static Bureau bureau(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Bureau.findById(id));
    }

    @Test
    void shouldShowAnOfficerTheirSubtreeAndThePlatformAdminEverything() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        AdminFixtures.Tree other = AdminFixtures.tree();
        TestAccounts.Browser city = signIn(AdminFixtures.officer(tree.city()));
        TestAccounts.Browser districtA = signIn(AdminFixtures.officer(tree.districtA()));
        TestAccounts.Browser platform = signIn(AdminFixtures.platformAdmin());

        List<Integer> cityIds = given().cookies(city.cookies()).when().get("/api/bureaus")
                .then().statusCode(200).extract().path("id");
        assertThat(cityIds).containsExactlyInAnyOrder((int) tree.city(), (int) tree.districtA(), (int) tree.districtB());
        given().cookies(districtA.cookies()).when().get("/api/bureaus")
                .then().statusCode(200).body("id", equalTo(List.of((int) tree.districtA())))
                .body("[0].depth", equalTo(0));
        List<Integer> all = given().cookies(platform.cookies()).when().get("/api/bureaus").then().extract().path("id");
        assertThat(all).contains((int) tree.city(), (int) tree.districtB(), (int) other.city(), (int) other.districtA());
        given().cookies(city.cookies()).when().get("/bureaus")
                .then().statusCode(200)
                .body(containsString("甲区应急管理局" + tree.tag()))
                .body(containsString("乙区应急管理局" + tree.tag()))
                .body(not(containsString(other.tag())));
    }

    @Test
    void shouldLetACityOfficerAddAZoneBelowTheCityButNotAboveItsLevel() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser city = signIn(AdminFixtures.officer(tree.city()));

        Response created = createBureau(city, tree.city(), "Z" + tree.tag(), "测试新区应急管理局", "集聚区/新区");
        created.then().statusCode(201).body("level", equalTo("ZONE")).body("parentId", equalTo((int) tree.city()));
        long zone = ((Number) created.path("id")).longValue();
        assertThat(bureau(zone).path).isEqualTo(bureau(tree.city()).path + zone + "/");

        createBureau(city, tree.city(), "Y" + tree.tag(), "某市", "CITY")
                .then().statusCode(400).body("error", equalTo("levelNotBelow"))
                .body("message", containsString("下级的级别必须低于上级"));
        createBureau(city, tree.city(), "Z" + tree.tag(), "重复", "ZONE")
                .then().statusCode(409).body("error", equalTo("codeTaken"));
        createBureau(city, tree.city(), "坏 代码", "坏", "ZONE")
                .then().statusCode(400).body("error", equalTo("badCode"));
        createBureau(city, tree.city(), "Q" + tree.tag(), "  ", "ZONE")
                .then().statusCode(400).body("error", equalTo("badName"));
        createBureau(city, tree.city(), "Q" + tree.tag(), "测试", "GALAXY")
                .then().statusCode(400).body("error", equalTo("unknownLevel"));
        createBureau(city, null, "Q" + tree.tag(), "测试", "CITY")
                .then().statusCode(403).body("error", equalTo("onlyPlatformAddsTopBureaus"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Bureau.findByCode("Q" + tree.tag()))).isEmpty();
    }

    @Test
    void shouldRenameBelowButLeaveTheOfficersOwnBureauToThoseAbove() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser city = signIn(AdminFixtures.officer(tree.city()));
        TestAccounts.Browser districtA = signIn(AdminFixtures.officer(tree.districtA()));
        int version = bureau(tree.districtA()).version;

        given().cookies(city.cookies()).contentType(ContentType.JSON)
                .body(Map.of("name", "甲区应急管理局（新）", "version", version))
                .when().patch("/api/bureaus/" + tree.districtA())
                .then().statusCode(200).body("name", equalTo("甲区应急管理局（新）"));
        // a copy taken before the rename is stale now
        given().cookies(city.cookies()).contentType(ContentType.JSON)
                .body(Map.of("name", "又改", "version", version))
                .when().patch("/api/bureaus/" + tree.districtA())
                .then().statusCode(409).body("error", equalTo("changedMeanwhile"));
        given().cookies(districtA.cookies()).contentType(ContentType.JSON)
                .body(Map.of("name", "自己改名"))
                .when().patch("/api/bureaus/" + tree.districtA())
                .then().statusCode(403).body("error", equalTo("ownBureauManagedFromAbove"));
        assertThat(bureau(tree.districtA()).name).isEqualTo("甲区应急管理局（新）");
    }

    @Test
    void shouldMoveABureauWithItsSubtreeAndRefuseAMoveIntoItsOwnSubtree() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser platform = signIn(AdminFixtures.platformAdmin());
        long province = ((Number) createBureau(platform, null, "P" + tree.tag(), "测试省应急管理厅", "PROVINCE")
                .then().statusCode(201).extract().path("id")).longValue();

        // the city (with its districts) moves under the province
        given().cookies(platform.cookies()).contentType(ContentType.JSON).body(Map.of("parentId", province))
                .when().patch("/api/bureaus/" + tree.city())
                .then().statusCode(200).body("parentId", equalTo((int) province));
        String provincePath = bureau(province).path;
        assertThat(bureau(tree.districtB()).path).isEqualTo(provincePath + tree.city() + "/" + tree.districtB() + "/");

        // the province cannot go below the city, which is now below it
        given().cookies(platform.cookies()).contentType(ContentType.JSON).body(Map.of("parentId", tree.city()))
                .when().patch("/api/bureaus/" + province)
                .then().statusCode(409).body("error", equalTo("moveIntoOwnSubtree"))
                .body("message", containsString("会形成循环"));
        given().cookies(platform.cookies()).contentType(ContentType.JSON).body(Map.of("parentId", tree.districtA()))
                .when().patch("/api/bureaus/" + tree.districtB())
                .then().statusCode(400).body("error", equalTo("levelNotBelow"));
        assertThat(bureau(province).parent).isNull();
        assertThat(bureau(tree.districtB()).path).isEqualTo(provincePath + tree.city() + "/" + tree.districtB() + "/");
    }

    @Test
    void shouldShowTheCycleRefusalOnThePageInTheUsersLanguage() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser platform = signIn(AdminFixtures.platformAdmin());

        given().cookies(platform.cookies()).redirects().follow(false)
                .formParam(CsrfTokens.FIELD, platform.csrf()).formParam("parentId", String.valueOf(tree.districtA()))
                .when().post("/bureaus/" + tree.city() + "/parent")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("会形成循环"));
        given().cookies(platform.cookies()).cookie("lang", "en").redirects().follow(false)
                .formParam(CsrfTokens.FIELD, platform.csrf()).formParam("parentId", String.valueOf(tree.districtA()))
                .when().post("/bureaus/" + tree.city() + "/parent")
                .then().statusCode(409).body(containsString("which would make a loop"));
        given().cookies(platform.cookies()).redirects().follow(false)
                .formParam(CsrfTokens.FIELD, platform.csrf()).formParam("parentId", "abc")
                .when().post("/bureaus/" + tree.city() + "/parent")
                .then().statusCode(400);
        assertThat(bureau(tree.city()).parent).isNull();
    }

    @Test
    void shouldRenameAndAddThroughThePageForms() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser city = signIn(AdminFixtures.officer(tree.city()));
        Bureau before = bureau(tree.districtB());

        given().cookies(city.cookies()).redirects().follow(false).contentType(FORM)
                .formParam(CsrfTokens.FIELD, city.csrf()).formParam("name", "乙区（改）")
                .formParam("version", String.valueOf(before.version))
                .when().post("/bureaus/" + tree.districtB() + "/name")
                .then().statusCode(303).header("Location", containsString("/bureaus/" + tree.districtB() + "?done=renamed"));
        given().cookies(city.cookies()).when().get("/bureaus/" + tree.districtB() + "?done=renamed")
                .then().statusCode(200).body(containsString("乙区（改）")).body(containsString("名称已修改"));
        given().cookies(city.cookies()).redirects().follow(false).contentType(FORM)
                .formParam(CsrfTokens.FIELD, city.csrf()).formParam("code", "X" + tree.tag())
                .formParam("name", "测试县应急管理局").formParam("level", "COUNTY")
                .when().post("/bureaus/" + tree.city() + "/children")
                .then().statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Bureau.findByCode("X" + tree.tag()))).isPresent();
    }

    @Test
    void shouldCreateAnOfficerWhoActivatesWithTheCodeShownOnce() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser city = signIn(AdminFixtures.officer(tree.city()));
        String username = "officer-" + tree.tag();

        Response created = given().cookies(city.cookies()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "王科长"))
                .when().post("/api/bureaus/" + tree.districtA() + "/officers");
        created.then().statusCode(201).header("Cache-Control", "no-store")
                .body("officer.status", equalTo("PENDING_ACTIVATION"));
        String code = created.path("activationCode");
        Account stored = QuarkusTransaction.requiringNew().call(() ->
                Account.<Account>find("username", username).singleResult());
        assertThat(stored.passwordHash).isNull();
        assertThat(stored.role).isEqualTo(Role.BUREAU_OFFICER);
        given().cookies(city.cookies()).when().get("/api/bureaus/" + tree.districtA() + "/officers")
                .then().statusCode(200).body("username", hasItem(username))
                .body(not(containsString(code.replace(" ", ""))));

        given().contentType(ContentType.JSON).body(Map.of("login", username, "code", code, "password", "jianguan2026"))
                .when().post("/api/activations").then().statusCode(204);
        TestAccounts.Browser officer = TestAccounts.signIn(username, "jianguan2026");
        given().cookies(officer.cookies()).when().get("/api/me")
                .then().body("tenantId", equalTo((int) tree.districtA())).body("role", equalTo("BUREAU_OFFICER"));
        given().cookies(city.cookies()).header(CsrfTokens.HEADER, city.csrf())
                .when().post("/api/bureaus/" + tree.districtA() + "/officers/" + stored.id
                + "/activation-codes").then().statusCode(409).body("error", equalTo("officerAlreadyActive"));
    }

    @Test
    void shouldShowANewOfficersCodeOnAPageThatIsNotCached() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser platform = signIn(AdminFixtures.platformAdmin());
        String username = "officer-" + tree.tag();

        String page = given().cookies(platform.cookies()).contentType(FORM)
                .formParam(CsrfTokens.FIELD, platform.csrf()).formParam("username", username)
                .formParam("displayName", "李科员")
                .when().post("/bureaus/" + tree.districtB() + "/officers")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("只显示这一次")).body(containsString("/activate"))
                .extract().asString();
        assertThat(page).containsPattern("data-code>[0-9]{4} [0-9]{4} [0-9]{4}<");
        given().cookies(platform.cookies()).formParam(CsrfTokens.FIELD, platform.csrf())
                .formParam("username", username.toUpperCase()).formParam("displayName", "重复")
                .when().post("/bureaus/" + tree.districtB() + "/officers")
                .then().statusCode(409).body(containsString("已被使用"));
        given().cookies(platform.cookies()).formParam(CsrfTokens.FIELD, platform.csrf())
                .formParam("username", "a b").formParam("displayName", "坏")
                .when().post("/bureaus/" + tree.districtB() + "/officers")
                .then().statusCode(400);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.count("bureau.id = ?1", tree.districtB())))
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("username", username)
                .singleResult().status)).isEqualTo(AccountStatus.PENDING_ACTIVATION);
    }

    @Test
    void shouldNotLetADistrictOfficerStaffTheirOwnBureau() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Browser districtA = signIn(AdminFixtures.officer(tree.districtA()));

        given().cookies(districtA.cookies()).contentType(ContentType.JSON)
                .body(Map.of("username", "self-" + tree.tag(), "displayName", "自己人"))
                .when().post("/api/bureaus/" + tree.districtA() + "/officers")
                .then().statusCode(403);
    }
}
