package org.anxue.org.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Person;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.Account;
import org.anxue.security.ApiTokens;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ProfileTests {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    ApiTokens tokens;

    /** A worker now at company "now", before at company "before" (that employment ended). */
    record Career(long now, long before, AdminFixtures.Worker worker, TestAccounts.Browser browser) {
    }

    static Career career() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long before = AdminFixtures.company(tree.districtB(), ApprovalStatus.APPROVED);
        AdminFixtures.Worker worker = AdminFixtures.activeWorker(before, null);
        AdminFixtures.endEmployment(worker.personId(), before);
        long now = AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED);
        AdminFixtures.employ(worker.personId(), now, LocalDate.of(2026, 1, 5));
        return new Career(now, before, worker, TestAccounts.signIn(worker.username(), TestAccounts.PASSWORD));
    }

    static Person person(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findById(id));
    }

    @Test
    void shouldShowAWorkerTheirMaskedIdAndEveryEmployerCurrentAndPast() {
        Career c = career();
        String masked = c.worker().idNumber().substring(0, 6) + "********" + c.worker().idNumber().substring(14);

        given().cookies(c.browser().cookies()).when().get("/api/me/profile")
                .then().statusCode(200)
                .body("role", equalTo("WORKER"))
                .body("person.name", equalTo(c.worker().name()))
                .body("person.maskedIdNumber", equalTo(masked))
                .body("person.phone", equalTo("13800000000"))
                .body("employments", hasSize(2))
                .body("employments[0].companyId", equalTo((int) c.now()))
                .body("employments[0].current", equalTo(true))
                .body("employments[1].companyId", equalTo((int) c.before()))
                .body("employments[1].endDate", equalTo("2025-12-31"));
        given().cookies(c.browser().cookies()).when().get("/my/profile")
                .then().statusCode(200)
                .body(containsString(masked))
                .body(not(containsString(c.worker().idNumber())))
                .body(containsString("2026-01-05 – 至今"))
                .body(containsString("2024-03-01 – 2025-12-31"))
                .body(containsString("data-phone-form"));
    }

    @Test
    void shouldChangeThePhoneAndRefuseWhatIsNoPhoneNumber() {
        Career c = career();

        given().cookies(c.browser().cookies()).contentType(ContentType.JSON).body(Map.of("phone", "139 0000 1111"))
                .when().put("/api/me/phone").then().statusCode(200).body("phone", equalTo("13900001111"));
        given().cookies(c.browser().cookies()).contentType(ContentType.JSON).body(Map.of("phone", "12345"))
                .when().put("/api/me/phone").then().statusCode(400).body("error", equalTo("badPhone"));
        given().cookies(c.browser().cookies()).redirects().follow(false).contentType(FORM)
                .formParam(CsrfTokens.FIELD, c.browser().csrf()).formParam("phone", "=cmd|' /C calc'!A0")
                .when().post("/my/profile/phone")
                .then().statusCode(400).body(containsString("手机号格式不正确")).body(containsString("13900001111"));
        assertThat(person(c.worker().personId()).phone).isEqualTo("13900001111");

        given().cookies(c.browser().cookies()).redirects().follow(false).contentType(FORM)
                .formParam(CsrfTokens.FIELD, c.browser().csrf()).formParam("phone", "0576-88000001")
                .when().post("/my/profile/phone")
                .then().statusCode(303).header("Location", containsString("/my/profile?done=phone"));
        assertThat(person(c.worker().personId()).phone).isEqualTo("0576-88000001");
        given().cookies(c.browser().cookies()).cookie("lang", "en").when().get("/my/profile?done=phone")
                .then().statusCode(200).body(containsString("Your phone number was saved."));
    }

    @Test
    void shouldChangeThePasswordOnlyWithTheCurrentOne() {
        Career c = career();

        given().cookies(c.browser().cookies()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-my-password", "newPassword", "xinmima2026"))
                .when().put("/api/me/password").then().statusCode(400).body("error", equalTo("wrongCurrentPassword"));
        assertThat(TestAccounts.load(c.worker().username()).failedLogins).isEqualTo(1);
        given().cookies(c.browser().cookies()).redirects().follow(false).contentType(FORM)
                .formParam(CsrfTokens.FIELD, c.browser().csrf()).formParam("currentPassword", TestAccounts.PASSWORD)
                .formParam("newPassword", "xinmima2026").formParam("newPassword2", "xinmima2027")
                .when().post("/my/profile/password")
                .then().statusCode(400).body(containsString("两次输入的新密码不一致"));
        TestAccounts.signIn(c.worker().username(), TestAccounts.PASSWORD);

        given().cookies(c.browser().cookies()).redirects().follow(false).contentType(FORM)
                .formParam(CsrfTokens.FIELD, c.browser().csrf()).formParam("currentPassword", TestAccounts.PASSWORD)
                .formParam("newPassword", "xinmima2026").formParam("newPassword2", "xinmima2026")
                .when().post("/my/profile/password")
                .then().statusCode(303).header("Location", containsString("done=password"));

        TestAccounts.signIn(c.worker().username(), "xinmima2026");
        assertThat(TestAccounts.postLogin(c.worker().username(), TestAccounts.PASSWORD).header("Location"))
                .endsWith("/login?error=1");
    }

    @Test
    void shouldGiveAdminsTheirAccountAndPasswordButNoPhone() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Made admin = AdminFixtures.companyAdmin(AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED));
        TestAccounts.Browser browser = TestAccounts.signIn(admin.username(), TestAccounts.PASSWORD);

        given().cookies(browser.cookies()).when().get("/my/profile")
                .then().statusCode(200).body(containsString(admin.displayName()))
                .body(containsString("data-password-form")).body(not(containsString("data-phone-form")));
        given().cookies(browser.cookies()).contentType(ContentType.JSON).body(Map.of("phone", "13900001111"))
                .when().put("/api/me/phone").then().statusCode(403).body("error", equalTo("onlyWorkersHavePhones"));
        given().cookies(browser.cookies()).when().get("/api/me/profile")
                .then().statusCode(200).body("person", equalTo(null)).body("employments", hasSize(0));
    }

    @Test
    void shouldGiveApiTokensNoProfile() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        TestAccounts.Made admin = AdminFixtures.companyAdmin(AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED));
        String secret = QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(admin.id()), "HR", null)).secret();

        given().auth().oauth2(secret).when().get("/api/me/profile").then().statusCode(403);
        given().auth().oauth2(secret).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "xinmima2026"))
                .when().put("/api/me/password").then().statusCode(403);
        TestAccounts.signIn(admin.username(), TestAccounts.PASSWORD);
    }
}
