package org.anxue.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anxue.local.TestEngines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class MeResourceTests {

    @Test
    void shouldAnswer401WithABearerChallengeWhenNotSignedIn() {
        given().redirects().follow(false).when().get("/api/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"anxue\""));
    }

    @Test
    void shouldAnswer401ForASessionCookieThatWasNotMadeByAnxue() {
        given().redirects().follow(false).cookie("anxue-session", "forged").when().get("/api/me")
                .then().statusCode(401);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void shouldCarryTheRoleAndTenantOfEveryKindOfAccount(Role role) {
        TestAccounts.Made account = TestAccounts.create(role);
        TestAccounts.Browser browser = TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);

        given().cookies(browser.cookies()).when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo(account.username()))
                .body("role", equalTo(role.name()))
                .body("displayName", equalTo(account.displayName()))
                .body("tenantKind", equalTo(role.tenantKind().name()))
                .body("tenantId", equalTo(role == Role.PLATFORM_ADMIN ? 0 : (int) account.tenantId()))
                .body("tenantName", equalTo(account.tenantName()));
    }

    @Test
    void shouldNameWorkersByTheirPersonAndScopeThemToIt() {
        TestAccounts.Made worker = TestAccounts.create(Role.WORKER);
        TestAccounts.Browser browser = TestAccounts.signIn(worker.username(), TestAccounts.PASSWORD);

        given().cookies(browser.cookies()).when().get("/api/me")
                .then().statusCode(200)
                .body("displayName", equalTo(worker.tenantName()))
                .body("tenantKind", equalTo("PERSON"));
    }
}
