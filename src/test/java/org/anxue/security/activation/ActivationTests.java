package org.anxue.security.activation;

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
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ActivationTests {

    static final String NEW_PASSWORD = "anquan2026ok";

    /** A company with an admin, signed in. */
    record Company(long id, TestAccounts.Made admin, TestAccounts.Browser browser) {
    }

    static Company company() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long id = AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED);
        TestAccounts.Made admin = AdminFixtures.companyAdmin(id);
        return new Company(id, admin, TestAccounts.signIn(admin.username(), TestAccounts.PASSWORD));
    }

    /** Issues a code through the API; returns it as shown (grouped). */
    static String issue(Company company, long accountId) {
        return given().cookies(company.browser().cookies()).contentType(ContentType.JSON)
                .body(Map.of("accountIds", List.of(accountId)))
                .when().post("/api/activation-codes")
                .then().statusCode(201).extract().path("codes[0].activationCode");
    }

    /** Posts the activation form as a browser that opened /activate. */
    static Response postActivation(String login, String code, String password, String repeated, String lang) {
        Response page = given().when().get("/activate");
        String csrf = page.cookie(CsrfTokens.COOKIE);
        var request = given().redirects().follow(false).cookie(CsrfTokens.COOKIE, csrf)
                .formParam(CsrfTokens.FIELD, csrf)
                .formParam("j_username", login)
                .formParam("code", code)
                .formParam("j_password", password)
                .formParam("password2", repeated);
        if (lang != null) {
            request.cookie("lang", lang);
        }
        return request.when().post("/activate");
    }

    static Account account(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findById(id));
    }

    @Test
    void shouldShowACodeOnceAndKeepOnlyAKeyedHashThatExpiresIn30Days() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);

        Response response = given().cookies(company.browser().cookies()).contentType(ContentType.JSON)
                .body(Map.of("accountIds", List.of(worker.accountId())))
                .when().post("/api/activation-codes");

        response.then().statusCode(201).header("Cache-Control", "no-store")
                .body("codes", hasSize(1))
                .body("codes[0].worker.name", equalTo(worker.name()))
                .body("codes[0].worker.maskedIdNumber", equalTo(worker.idNumber().substring(0, 6) + "********"
                        + worker.idNumber().substring(14)))
                .body("activationUrl", containsString("/activate"));
        String code = response.path("codes[0].activationCode");
        assertThat(code).matches("[0-9]{4} [0-9]{4} [0-9]{4}");
        Account stored = account(worker.accountId());
        assertThat(stored.activationCodeHash).matches("[0-9a-f]{64}").doesNotContain(code.replace(" ", ""));
        assertThat(stored.activationExpiresAt).isBetween(Instant.now().plus(Duration.ofDays(30)).minusSeconds(120),
                Instant.now().plus(Duration.ofDays(30)).plusSeconds(5));
        // listed afterwards with the expiry, never with the code
        String list = given().cookies(company.browser().cookies()).when().get("/api/activation-codes").asString();
        assertThat(list).contains(worker.name()).doesNotContain(code).doesNotContain(code.replace(" ", ""));
    }

    @Test
    void shouldActivateWithIdNumberCodeAndPasswordAndSendTheFormOnToTheLogin() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);
        String code = issue(company, worker.accountId());

        Response page = given().when().get("/activate");
        String csrf = page.cookie(CsrfTokens.COOKIE);
        Map<String, String> form = Map.of(CsrfTokens.FIELD, csrf, "j_username", worker.idNumber(),
                "code", code.replace(" ", "-"), "j_password", NEW_PASSWORD, "password2", NEW_PASSWORD);
        Response activated = given().redirects().follow(false).cookie(CsrfTokens.COOKIE, csrf).formParams(form)
                .when().post("/activate");

        activated.then().statusCode(307);
        assertThat(activated.header("Location")).endsWith("/j_security_check");
        Account account = account(worker.accountId());
        assertThat(account.status).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.activationCodeHash).isNull();
        assertThat(account.passwordHash).startsWith("$2");
        // the browser replays the same body to the form login (307), which signs the worker in
        Response login = given().redirects().follow(false).cookie(CsrfTokens.COOKIE, csrf).formParams(form)
                .when().post("/j_security_check");
        login.then().statusCode(302);
        String session = login.cookie("anxue-session");
        assertThat(session).isNotEmpty();
        given().cookie("anxue-session", session).when().get("/api/me")
                .then().statusCode(200).body("username", equalTo(worker.username())).body("role", equalTo("WORKER"));
    }

    @Test
    void shouldRefuseAWrongCodeClearlyChangingNothingButTheFailureCount() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);
        String code = issue(company, worker.accountId());
        String wrong = code.startsWith("0") ? "1" + code.substring(1) : "0" + code.substring(1);

        postActivation(worker.idNumber(), wrong, NEW_PASSWORD, NEW_PASSWORD, null)
                .then().statusCode(400)
                .body(containsString("身份证号或激活码不正确"))
                .body(containsString("value=\"" + worker.idNumber() + "\""));

        Account account = account(worker.accountId());
        assertThat(account.status).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(account.passwordHash).isNull();
        assertThat(account.failedLogins).isEqualTo(1);
        // the right code still works
        postActivation(worker.idNumber(), code, NEW_PASSWORD, NEW_PASSWORD, null).then().statusCode(307);
    }

    @Test
    void shouldGiveAnUnknownIdNumberTheSameAnswerAsAWrongCode() {
        postActivation(TestAccounts.idNumber(), "1234 5678 9012", NEW_PASSWORD, NEW_PASSWORD, null)
                .then().statusCode(400).body(containsString("身份证号或激活码不正确"));
        postActivation("not-an-id", "1234", NEW_PASSWORD, NEW_PASSWORD, null)
                .then().statusCode(400).body(containsString("身份证号或激活码不正确"));
    }

    @Test
    void shouldLockAfterFiveWrongCodesAndThenRefuseEvenTheRightOne() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);
        String code = issue(company, worker.accountId());
        for (int i = 0; i < 5; i++) {
            postActivation(worker.idNumber(), "0000 0000 000" + i, NEW_PASSWORD, NEW_PASSWORD, null);
        }

        postActivation(worker.idNumber(), code, NEW_PASSWORD, NEW_PASSWORD, null)
                .then().statusCode(429).body(containsString("15 分钟后再试"));

        Account account = account(worker.accountId());
        assertThat(account.status).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(account.isLocked(Instant.now())).isTrue();
    }

    @Test
    void shouldMakeTheEarlierCodeUselessWhenANewOneIsIssued() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);
        String first = issue(company, worker.accountId());
        String second = issue(company, worker.accountId());
        assertThat(second).isNotEqualTo(first);

        postActivation(worker.idNumber(), first, NEW_PASSWORD, NEW_PASSWORD, null).then().statusCode(400);
        postActivation(worker.idNumber(), second, NEW_PASSWORD, NEW_PASSWORD, null).then().statusCode(307);
    }

    @Test
    void shouldRefuseAnExpiredCode() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);
        String code = issue(company, worker.accountId());
        QuarkusTransaction.requiringNew().run(() ->
                Account.<Account>findById(worker.accountId()).activationExpiresAt = Instant.now().minusSeconds(1));

        postActivation(worker.idNumber(), code, NEW_PASSWORD, NEW_PASSWORD, null)
                .then().statusCode(400).body(containsString("激活码已过期"));
        assertThat(account(worker.accountId()).status).isEqualTo(AccountStatus.PENDING_ACTIVATION);
    }

    @Test
    void shouldTellAnActiveAccountToSignIn() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.activeWorker(company.id(), null);

        postActivation(worker.idNumber(), "1234 5678 9012", NEW_PASSWORD, NEW_PASSWORD, null)
                .then().statusCode(409).body(containsString("该账号已经激活，请直接登录"));
        TestAccounts.signIn(worker.username(), TestAccounts.PASSWORD);
    }

    @Test
    void shouldRefuseWeakOrMismatchedPasswordsWithoutActivating() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);
        String code = issue(company, worker.accountId());

        postActivation(worker.idNumber(), code, "short1", "short1", null)
                .then().statusCode(400).body(containsString("密码太短"));
        postActivation(worker.idNumber(), code, "onlyletters", "onlyletters", null)
                .then().statusCode(400).body(containsString("密码需要包含数字"));
        postActivation(worker.idNumber(), code, "x" + worker.idNumber(), "x" + worker.idNumber(), null)
                .then().statusCode(400).body(containsString("不能包含身份证号"));
        postActivation(worker.idNumber(), code, NEW_PASSWORD, NEW_PASSWORD + "2", null)
                .then().statusCode(400).body(containsString("两次输入的新密码不一致"));

        Account account = account(worker.accountId());
        assertThat(account.status).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(account.failedLogins).as("a right code with a weak password is no wrong code").isZero();
        postActivation(worker.idNumber(), code, NEW_PASSWORD, NEW_PASSWORD, null).then().statusCode(307);
    }

    @Test
    void shouldAnswerInEnglishOnTheEnglishPage() {
        postActivation(TestAccounts.idNumber(), "1234 5678 9012", NEW_PASSWORD, NEW_PASSWORD, "en")
                .then().statusCode(400)
                .body(containsString("The ID number or the activation code is wrong"))
                .body(containsString("Activate your account"));
    }

    @Test
    void shouldActivateThroughTheApiToo() {
        Company company = company();
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(company.id(), null);
        String code = issue(company, worker.accountId());

        given().contentType(ContentType.JSON)
                .body(Map.of("login", worker.idNumber(), "code", code, "password", "short"))
                .when().post("/api/activations")
                .then().statusCode(400).body("error", equalTo("weakPassword"));
        given().contentType(ContentType.JSON)
                .body(Map.of("login", worker.idNumber(), "code", code, "password", NEW_PASSWORD))
                .when().post("/api/activations")
                .then().statusCode(204);

        TestAccounts.signIn(worker.idNumber(), NEW_PASSWORD);
        given().contentType(ContentType.JSON)
                .body(Map.of("login", worker.idNumber(), "code", code, "password", NEW_PASSWORD))
                .when().post("/api/activations")
                .then().statusCode(409).body("error", equalTo("alreadyActive"));
    }

    @Test
    void shouldIssueCodesForAWholeDepartmentWithTheDepartmentsInsideIt() {
        Company company = company();
        long production = AdminFixtures.department(company.id(), "生产部", null);
        long workshop = AdminFixtures.department(company.id(), "一车间", production);
        long office = AdminFixtures.department(company.id(), "办公室", null);
        AdminFixtures.Worker inProduction = AdminFixtures.pendingWorker(company.id(), production);
        AdminFixtures.Worker inWorkshop = AdminFixtures.pendingWorker(company.id(), workshop);
        AdminFixtures.Worker inOffice = AdminFixtures.pendingWorker(company.id(), office);
        AdminFixtures.Worker alreadyActive = AdminFixtures.activeWorker(company.id(), production);

        String sheet = given().cookies(company.browser().cookies())
                .formParam(CsrfTokens.FIELD, company.browser().csrf())
                .formParam("departmentId", String.valueOf(production))
                .when().post("/company/activation-codes")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();

        assertThat(sheet).contains(inProduction.name(), inWorkshop.name(), "生产部", "/activate")
                .contains(inWorkshop.idNumber().substring(0, 6) + "********" + inWorkshop.idNumber().substring(14))
                .doesNotContain(inOffice.name(), alreadyActive.name())
                .doesNotContain(inProduction.idNumber(), inWorkshop.idNumber());
        assertThat(sheet.split("data-code>", -1)).hasSize(3);
        assertThat(account(inWorkshop.accountId()).activationCodeHash).isNotNull();
        assertThat(account(inOffice.accountId()).activationCodeHash).isNull();
    }

    @Test
    void shouldListOnlyPendingWorkersStillEmployedOnThePage() {
        Company company = company();
        AdminFixtures.Worker pending = AdminFixtures.pendingWorker(company.id(), null);
        AdminFixtures.Worker left = AdminFixtures.pendingWorker(company.id(), null);
        AdminFixtures.Worker active = AdminFixtures.activeWorker(company.id(), null);
        AdminFixtures.endEmployment(left.personId(), company.id());

        given().cookies(company.browser().cookies()).when().get("/company/activation-codes")
                .then().statusCode(200)
                .body(containsString(pending.name()))
                .body(not(containsString(left.name())))
                .body(not(containsString(active.name())))
                .body(containsString("30 天内有效"));
    }

    @Test
    void shouldRefuseAnEmptyChoiceAndChangeNothing() {
        Company company = company();
        given().cookies(company.browser().cookies())
                .formParam(CsrfTokens.FIELD, company.browser().csrf())
                .when().post("/company/activation-codes")
                .then().statusCode(400).body(containsString("请选择至少一名待激活的员工"));
        given().cookies(company.browser().cookies()).contentType(ContentType.JSON)
                .body(Map.of("accountIds", List.of("x")))
                .when().post("/api/activation-codes")
                .then().statusCode(400);
    }
}
