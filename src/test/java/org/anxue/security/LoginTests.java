package org.anxue.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class LoginTests {

    @Test
    void shouldSignInWithTheRightPasswordAndLandOnTheHomePage() {
        TestAccounts.Made account = TestAccounts.create(Role.COMPANY_ADMIN);

        Response response = TestAccounts.postLogin(account.username(), TestAccounts.PASSWORD);

        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").endsWith("/"), response.header("Location"));
        String session = response.cookie("anxue-session");
        assertNotNull(session);
        given().cookie("anxue-session", session).when().get("/api/me")
                .then().statusCode(200).body("username", equalTo(account.username()));
        assertNotNull(TestAccounts.load(account.username()).lastLoginAt);
    }

    @Test
    void shouldTakeTheUsernameInAnyCase() {
        TestAccounts.Made account = TestAccounts.create(Role.BUREAU_OFFICER);

        TestAccounts.Browser browser = TestAccounts.signIn(account.username().toUpperCase(), TestAccounts.PASSWORD);

        given().cookies(browser.cookies()).when().get("/api/me")
                .then().statusCode(200).body("username", equalTo(account.username()));
    }

    @Test
    void shouldSendAWrongPasswordBackToTheLoginPageWithoutASession() {
        TestAccounts.Made account = TestAccounts.create(Role.COMPANY_ADMIN);

        Response response = TestAccounts.postLogin(account.username(), "wrong-password");

        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").endsWith("/login?error=1"), response.header("Location"));
        assertNull(response.cookie("anxue-session"));
        assertEquals(1, TestAccounts.load(account.username()).failedLogins);
    }

    @Test
    void shouldShowTheFailureOnTheLoginPage() {
        given().when().get("/login?error=1")
                .then().statusCode(200)
                .body(containsString("用户名或密码错误"))
                .body(containsString("5 次"));
    }

    @Test
    void shouldRefuseAnUnknownUsername() {
        Response response = TestAccounts.postLogin("nobody-" + System.nanoTime(), TestAccounts.PASSWORD);

        assertTrue(response.header("Location").endsWith("/login?error=1"));
        assertNull(response.cookie("anxue-session"));
    }

    @Test
    void shouldRefuseTheLoginFormWithoutItsCsrfToken() {
        TestAccounts.Made account = TestAccounts.create(Role.COMPANY_ADMIN);
        String csrf = TestAccounts.openLoginPage();

        // right password, but the form does not repeat the cookie's token (as a form on another site could not)
        Response response = given().redirects().follow(false)
                .cookie(CsrfTokens.COOKIE, csrf)
                .formParam("j_username", account.username())
                .formParam("j_password", TestAccounts.PASSWORD)
                .when().post("/j_security_check");

        assertTrue(response.header("Location").endsWith("/login?error=1"), response.header("Location"));
        assertNull(response.cookie("anxue-session"));
    }

    @Test
    void shouldRefuseTheLoginFormWithAForgedCsrfToken() {
        TestAccounts.Made account = TestAccounts.create(Role.COMPANY_ADMIN);
        String forged = "AAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        Response response = given().redirects().follow(false)
                .cookie(CsrfTokens.COOKIE, forged)
                .formParam("j_username", account.username())
                .formParam("j_password", TestAccounts.PASSWORD)
                .formParam(CsrfTokens.FIELD, forged)
                .when().post("/j_security_check");

        assertTrue(response.header("Location").endsWith("/login?error=1"), response.header("Location"));
        assertNull(response.cookie("anxue-session"));
    }

    @Test
    void shouldLockTheAccountAfterFiveFailuresEvenForTheRightPassword() {
        TestAccounts.Made account = TestAccounts.create(Role.INSTITUTION_ADMIN);
        for (int i = 0; i < 5; i++) {
            TestAccounts.postLogin(account.username(), "wrong-password-" + i);
        }
        Account locked = TestAccounts.load(account.username());
        assertTrue(locked.isLocked(Instant.now()), "locked after 5 failures");
        assertTrue(locked.lockedUntil.isAfter(Instant.now().plusSeconds(14 * 60)), "for 15 minutes");

        Response response = TestAccounts.postLogin(account.username(), TestAccounts.PASSWORD);

        assertTrue(response.header("Location").endsWith("/login?error=1"), response.header("Location"));
        assertNull(response.cookie("anxue-session"));
    }

    @Test
    void shouldNotLockBeforeTheFifthFailure() {
        TestAccounts.Made account = TestAccounts.create(Role.INSTITUTION_ADMIN);
        for (int i = 0; i < 4; i++) {
            TestAccounts.postLogin(account.username(), "wrong-password-" + i);
        }

        TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);

        assertEquals(0, TestAccounts.load(account.username()).failedLogins, "a success starts the count again");
    }

    @Test
    void shouldAcceptTheRightPasswordOnceTheLockHasExpired() {
        TestAccounts.Made account = TestAccounts.create(Role.INSTITUTION_ADMIN);
        for (int i = 0; i < 5; i++) {
            TestAccounts.postLogin(account.username(), "wrong-password-" + i);
        }
        TestAccounts.change(account.username(), a -> a.lockedUntil = Instant.now().minusSeconds(1));

        TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);

        Account unlocked = TestAccounts.load(account.username());
        assertEquals(0, unlocked.failedLogins);
        assertNull(unlocked.lockedUntil);
    }

    @Test
    void shouldLetAWorkerSignInWithTheirIdNumber() {
        TestAccounts.Made worker = TestAccounts.create(Role.WORKER);

        TestAccounts.Browser browser = TestAccounts.signIn(worker.idNumber(), TestAccounts.PASSWORD);

        given().cookies(browser.cookies()).when().get("/api/me")
                .then().statusCode(200).body("username", equalTo(worker.username()));
    }

    @Test
    void shouldRefuseAnAccountThatIsNotActive() {
        TestAccounts.Made account = TestAccounts.create(Role.COMPANY_ADMIN);
        TestAccounts.change(account.username(), a -> a.status = AccountStatus.DISABLED);

        Response response = TestAccounts.postLogin(account.username(), TestAccounts.PASSWORD);

        assertTrue(response.header("Location").endsWith("/login?error=1"));
        assertNull(response.cookie("anxue-session"));
    }

    @Test
    void shouldEndTheSessionsOfAnAccountThatIsDisabled() {
        TestAccounts.Made account = TestAccounts.create(Role.COMPANY_ADMIN);
        TestAccounts.Browser browser = TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);
        given().cookies(browser.cookies()).when().get("/api/me").then().statusCode(200);

        TestAccounts.change(account.username(), a -> a.status = AccountStatus.DISABLED);

        Response refused = given().redirects().follow(false).cookies(browser.cookies()).when().get("/api/me");
        assertEquals(401, refused.statusCode());
        assertEquals(0, refused.detailedCookie("anxue-session").getMaxAge(), "the dead session's cookie is dropped");
        given().redirects().follow(false).cookies(browser.cookies()).when().get("/login")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void shouldSignOutWithTheLogoutForm() {
        TestAccounts.Made account = TestAccounts.create(Role.PLATFORM_ADMIN);
        TestAccounts.Browser browser = TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);

        Response response = given().redirects().follow(false).cookies(browser.cookies())
                .formParam(CsrfTokens.FIELD, browser.csrf())
                .when().post("/logout");

        assertEquals(303, response.statusCode());
        assertEquals("", response.detailedCookie("anxue-session").getValue());
        assertEquals(0, response.detailedCookie("anxue-session").getMaxAge());
    }

    @Test
    void shouldRefuseALogoutFromAnotherSite() {
        TestAccounts.Made account = TestAccounts.create(Role.PLATFORM_ADMIN);
        TestAccounts.Browser browser = TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);

        // the browser sends the cookies along, but the other site's form cannot know the token
        given().redirects().follow(false).cookies(browser.cookies())
                .formParam("anything", "x")
                .when().post("/logout")
                .then().statusCode(403);
        given().cookies(browser.cookies()).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldAskForTheTokenOnPlainTextOrEmptyPostsAndTakeItFromTheHeader() {
        TestAccounts.Made account = TestAccounts.create(Role.PLATFORM_ADMIN);
        TestAccounts.Browser browser = TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);

        given().redirects().follow(false).cookies(browser.cookies()).contentType("text/plain").body("bye")
                .when().post("/logout").then().statusCode(403);
        given().redirects().follow(false).cookies(browser.cookies())
                .when().post("/logout").then().statusCode(403);
        given().redirects().follow(false).cookies(browser.cookies()).header(CsrfTokens.HEADER, browser.csrf())
                .when().post("/logout").then().statusCode(303);
    }

    @Test
    void shouldServeTheLoginPageInThePageLanguageChineseFirst() {
        given().when().get("/login")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("用户名或身份证号"))
                .body(containsString("action=\"/j_security_check\""));
        given().header("Accept-Language", "en-US,en;q=0.8").when().get("/login")
                .then().statusCode(200).body(containsString("Username or ID number"));
        // the language switch's cookie wins over the browser
        given().header("Accept-Language", "en-US").cookie("lang", "zh-CN").when().get("/login")
                .then().statusCode(200).body(containsString("用户名或身份证号"));
    }

    @Test
    void shouldSendASignedInUserFromTheLoginPageToTheHomePage() {
        TestAccounts.Made account = TestAccounts.create(Role.BUREAU_OFFICER);
        TestAccounts.Browser browser = TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);

        given().redirects().follow(false).cookies(browser.cookies()).when().get("/login")
                .then().statusCode(303).header("Location", endsWith("/"));
    }
}
