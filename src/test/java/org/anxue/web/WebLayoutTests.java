package org.anxue.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** The header as each kind of viewer sees it: who they are, their role and tenant, their links. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class WebLayoutTests {

    @Test
    void shouldOfferAnonymousVisitorsTheCourseMarketAndLogin() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("data-nav=\"COURSES\""))
                .body(not(containsString("data-nav=\"MY_COURSES\"")))
                .body(containsString("href=\"/login\" data-sign-in>登录</a>"))
                .body(not(containsString("data-viewer-name")));
    }

    @Test
    @TestSecurity(user = "13800000001", roles = "WORKER", attributes = {
        @SecurityAttribute(key = "displayName", value = "王小明"),
        @SecurityAttribute(key = "tenantKind", value = "COMPANY"),
        @SecurityAttribute(key = "tenantName", value = "东方化工有限公司")})
    void shouldShowAWorkerTheirNameCompanyAndCourses() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("data-viewer-name>王小明</a>"))
                .body(containsString("data-viewer-role=\"WORKER\">从业人员</span>"))
                .body(containsString("<span class=\"badge\">企业</span> 东方化工有限公司"))
                .body(containsString("href=\"/courses\" data-nav=\"COURSES\""))
                .body(containsString("href=\"/my/courses\" data-nav=\"MY_COURSES\""))
                .body(not(containsString("data-nav=\"EMPLOYEES\"")))
                .body(not(containsString("data-sign-in")))
                .body(not(containsString("data-home-sign-in")));
    }

    @Test
    @TestSecurity(user = "admin@east-chem", roles = "COMPANY_ADMIN", attributes = {
        @SecurityAttribute(key = "displayName", value = "李安全"),
        @SecurityAttribute(key = "tenantKind", value = "COMPANY"),
        @SecurityAttribute(key = "tenantName", value = "东方化工有限公司")})
    void shouldGiveACompanyAdminEmployeesAndTrainingAssignments() {
        given().cookie("lang", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("data-viewer-role=\"COMPANY_ADMIN\">Company safety admin</span>"))
                .body(containsString("<span class=\"badge\">Company</span> 东方化工有限公司"))
                .body(containsString("href=\"/company/employees\" data-nav=\"EMPLOYEES\">Employees</a>"))
                .body(containsString("href=\"/company/assignments\" data-nav=\"ASSIGNMENTS\">Training assignments</a>"))
                .body(not(containsString("data-nav=\"MY_COURSES\"")));
    }

    @Test
    @TestSecurity(user = "officer", roles = "BUREAU_OFFICER", attributes = {
        @SecurityAttribute(key = "displayName", value = "赵监管"),
        @SecurityAttribute(key = "tenantKind", value = "BUREAU"),
        @SecurityAttribute(key = "tenantName", value = "示范市应急管理局")})
    void shouldGiveABureauOfficerOversight() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("data-viewer-role=\"BUREAU_OFFICER\">应急管理部门</span>"))
                .body(containsString("<span class=\"badge\">应急管理局</span> 示范市应急管理局"))
                .body(containsString("href=\"/oversight\" data-nav=\"OVERSIGHT\">监管</a>"))
                .body(not(containsString("data-nav=\"PLATFORM_ADMIN\"")));
    }

    @Test
    @TestSecurity(user = "ops", roles = "PLATFORM_ADMIN")
    void shouldFallBackToTheUserNameWithoutAttributes() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("data-viewer-name>ops</a>"))
                .body(containsString("href=\"/admin\" data-nav=\"PLATFORM_ADMIN\">平台管理</a>"))
                .body(not(containsString("data-viewer-tenant")));
    }

    @Test
    @TestSecurity(user = "ops", roles = "PLATFORM_ADMIN")
    void shouldGiveThePlatformAdminALandingPageLinkingToWhatTheyRun() {
        given().when().get("/admin")
                .then().statusCode(200)
                .body(containsString("<h1>平台管理</h1>"))
                .body(containsString("href=\"/admin/search\""))
                .body(containsString("href=\"/bureaus\""))
                .body(containsString("href=\"/api/credits/verification\""));
        given().header("Accept-Language", "en").cookie("lang", "en").when().get("/admin")
                .then().statusCode(200)
                .body(containsString("<h1>Platform administration</h1>"));
    }

    @Test
    @TestSecurity(user = "c-1", roles = "COMPANY_ADMIN")
    void shouldRefuseThePlatformAdminPageToOthers() {
        given().when().get("/admin").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "w-1", roles = "WORKER", attributes = {
        @SecurityAttribute(key = "displayName", value = "李志强"),
        @SecurityAttribute(key = "tenantKind", value = "PERSON"),
        @SecurityAttribute(key = "tenantName", value = "李志强")})
    void shouldNotNameAWorkerTwiceNorGiveThemATenantBadge() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();

        assertEquals(1, page.split("李志强", -1).length - 1, "the worker's name appears once");
        assertFalse(page.contains("data-viewer-tenant"), "no tenant for a worker");
        assertTrue(page.contains("href=\"/my/profile\" data-nav=\"MY_PROFILE\">个人档案</a>"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "BUREAU_OFFICER", attributes = {
        @SecurityAttribute(key = "displayName", value = "赵监管"),
        @SecurityAttribute(key = "tenantKind", value = "BUREAU"),
        @SecurityAttribute(key = "tenantName", value = "示范市应急管理局")})
    void shouldOfferASignOutFormThatPostsWithTheCsrfToken() {
        var response = given().when().get("/");
        String page = response.then().statusCode(200).extract().asString();
        String csrf = response.cookie("anxue-csrf");

        assertNotNull(csrf, "the page hands out a CSRF cookie for its forms");
        assertTrue(page.contains("<form class=\"sign-out\" method=\"post\" action=\"/logout\" data-sign-out>"), page);
        assertTrue(page.contains("name=\"csrf-token\" value=\"" + csrf + "\""), "the form repeats the cookie's token");
        assertTrue(page.contains(">退出登录</button>"));
    }

    @Test
    void shouldOfferNoSignOutToAnonymousVisitors() {
        given().when().get("/").then().statusCode(200).body(not(containsString("data-sign-out")));
    }

    @Test
    void shouldMarkTheCurrentArea() {
        given().accept("text/html").when().get("/courses/whatever")
                .then()
                .body(containsString("href=\"/courses\" data-nav=\"COURSES\" aria-current=\"page\""));
        given().when().get("/")
                .then()
                .body(not(containsString("aria-current")));
    }

    @Test
    @TestSecurity(user = "mallory", roles = "WORKER", attributes = {
        @SecurityAttribute(key = "displayName", value = "<script>alert(1)</script>"),
        @SecurityAttribute(key = "tenantName", value = "A & B <Co>")})
    void shouldEscapeNamesThatUsersChoose() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("data-viewer-name>&lt;script&gt;alert(1)&lt;/script&gt;</a>"))
                .body(containsString("A &amp; B &lt;Co&gt;"))
                .body(not(containsString("<script>alert(1)")));
    }
}
