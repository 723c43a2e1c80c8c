package org.anxue.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ApiTokenResourceTests {

    private static TestAccounts.Browser signedIn(Role role) {
        TestAccounts.Made account = TestAccounts.create(role);
        return TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);
    }

    private static JsonPath create(TestAccounts.Browser admin, String body) {
        return given().cookies(admin.cookies()).contentType(ContentType.JSON).body(body)
                .when().post("/api/tokens")
                .then().statusCode(201)
                .header("Location", containsString("/api/tokens/"))
                .extract().jsonPath();
    }

    @Test
    void shouldCreateATokenWhoseSecretIsShownOnceAndWorks() {
        TestAccounts.Browser admin = signedIn(Role.COMPANY_ADMIN);

        JsonPath created = create(admin, "{\"name\": \"HR system\", \"validDays\": 365}");

        String secret = created.getString("secret");
        given().auth().oauth2(secret).when().get("/api/me")
                .then().statusCode(200).body("displayName", equalTo("HR system")).body("tenantKind", equalTo("COMPANY"));
        given().cookies(admin.cookies()).when().get("/api/tokens")
                .then().statusCode(200)
                .body("name", hasItem("HR system"))
                .body("[0].prefix", startsWith(ApiTokens.SECRET_PREFIX))
                .body("[0].expiresAt", notNullValue())
                .body(not(containsString(secret)));
    }

    @Test
    void shouldRevokeATokenSoThatItNoLongerWorks() {
        TestAccounts.Browser admin = signedIn(Role.BUREAU_OFFICER);
        JsonPath created = create(admin, "{\"name\": \"report export\"}");
        long id = created.getLong("token.id");

        given().cookies(admin.cookies()).when().delete("/api/tokens/" + id).then().statusCode(204);

        given().auth().oauth2(created.getString("secret")).when().get("/api/me").then().statusCode(401);
        given().cookies(admin.cookies()).when().get("/api/tokens")
                .then().body("[0].revokedAt", notNullValue());
    }

    @Test
    void shouldKeepEachTenantsTokensToItself() {
        TestAccounts.Browser owner = signedIn(Role.COMPANY_ADMIN);
        TestAccounts.Browser stranger = signedIn(Role.COMPANY_ADMIN);
        JsonPath created = create(owner, "{\"name\": \"HR system\"}");
        long id = created.getLong("token.id");

        given().cookies(stranger.cookies()).when().get("/api/tokens").then().statusCode(200).body("$", empty());
        given().cookies(stranger.cookies()).when().delete("/api/tokens/" + id).then().statusCode(404);
        given().auth().oauth2(created.getString("secret")).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldNotLetATokenManageTokens() {
        TestAccounts.Browser admin = signedIn(Role.INSTITUTION_ADMIN);
        String secret = create(admin, "{\"name\": \"course sync\"}").getString("secret");

        given().auth().oauth2(secret).when().get("/api/tokens").then().statusCode(403);
        given().auth().oauth2(secret).contentType(ContentType.JSON).body("{\"name\": \"another\"}")
                .when().post("/api/tokens").then().statusCode(403);
    }

    @Test
    void shouldRefuseWorkersAndStrangers() {
        TestAccounts.Browser worker = signedIn(Role.WORKER);

        given().cookies(worker.cookies()).when().get("/api/tokens").then().statusCode(403);
        given().when().get("/api/tokens").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenWithoutAName() {
        TestAccounts.Browser admin = signedIn(Role.COMPANY_ADMIN);

        given().cookies(admin.cookies()).contentType(ContentType.JSON).body("{\"name\": \" \"}")
                .when().post("/api/tokens").then().statusCode(400);
        given().cookies(admin.cookies()).contentType(ContentType.JSON).body("{\"name\": \"x\", \"validDays\": 0}")
                .when().post("/api/tokens").then().statusCode(400);
        given().cookies(admin.cookies()).when().get("/api/tokens").then().body("$", empty());
    }

    @Test
    void shouldCreateNothingFromAPostThatAnotherSiteCouldForge() {
        TestAccounts.Browser admin = signedIn(Role.COMPANY_ADMIN);

        // what a form on another site can send with the user's cookies: refused (no such body is consumed)
        given().cookies(admin.cookies()).contentType(ContentType.TEXT).body("{\"name\": \"forged\"}")
                .when().post("/api/tokens").then().statusCode(anyOf(equalTo(403), equalTo(415)));
        given().cookies(admin.cookies()).formParam("name", "forged")
                .when().post("/api/tokens").then().statusCode(anyOf(equalTo(403), equalTo(415)));

        given().cookies(admin.cookies()).when().get("/api/tokens").then().body("$", empty());
    }

    @Test
    void shouldShareThePlatformsTokensAmongPlatformAdmins() {
        TestAccounts.Browser one = signedIn(Role.PLATFORM_ADMIN);
        TestAccounts.Browser other = signedIn(Role.PLATFORM_ADMIN);
        String name = "monitoring " + System.nanoTime();
        create(one, "{\"name\": \"" + name + "\"}");

        given().cookies(other.cookies()).when().get("/api/tokens")
                .then().statusCode(200).body("name", hasItem(name));
    }
}
