package org.anxue.org.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.anxue.local.TestEngines;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/** The roster pages as a browser gets them: languages, inline problems, the CSRF token, redirects. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class RosterPagesTests {

    private static RequestSpecification form(TestAccounts.Browser browser) {
        // as browsers send forms: UTF-8 (REST Assured's default for forms is ISO-8859-1)
        return given().cookies(browser.cookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(CsrfTokens.FIELD, browser.csrf());
    }

    @Test
    void shouldListTheRosterWithMaskedIdNumbersInChineseThenEnglish() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        String id = TestAccounts.idNumber();
        EmployeesTests.add(admin, world.companyId(), EmployeesTests.employee("列表里的人", id, "GENERAL")).then().statusCode(201);

        given().cookies(admin.cookies()).when().get("/company/employees")
                .then().statusCode(200)
                .body(containsString("<h1>员工名册</h1>"))
                .body(containsString("列表里的人"))
                .body(containsString(id.substring(0, 6) + "********" + id.substring(14)))
                .body(not(containsString(id)))
                .body(containsString("待激活"))
                .body(containsString("aria-current=\"page\">员工</a>"));
        given().cookies(admin.cookies()).header("Accept-Language", "en").when().get("/company/employees")
                .then().statusCode(200)
                .body(containsString("<h1>Employee roster</h1>"))
                .body(containsString("Awaiting activation"))
                .body(containsString("General employee"));
    }

    @Test
    void shouldShowTheFormAgainWithTheProblemNextToItsFieldInTheUsersLanguage() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();
        String bad = EmployeesTests.withWrongCheckCharacter(TestAccounts.idNumber());

        form(admin).formParam("name", "王五").formParam("idNumber", bad).formParam("postKind", "GENERAL")
                .formParam("startDate", "2024-03-01")
                .when().post("/company/employees")
                .then().statusCode(400)
                .body(containsString("请更正下面标出的问题。"))
                .body(matchesPattern("(?s).*data-error-for=\"idNumber\">校验码不符，可能有一位输错了，请与身份证核对。</p>.*"))
                .body(containsString("value=\"王五\""))
                .body(containsString("value=\"" + bad + "\""));
        form(admin).header("Accept-Language", "en").formParam("name", "").formParam("idNumber", bad)
                .formParam("postKind", "GENERAL").formParam("startDate", "tomorrow")
                .when().post("/company/employees")
                .then().statusCode(400)
                .body(matchesPattern("(?s).*data-error-for=\"name\">Required.</p>.*"))
                .body(containsString("The check character does not match"))
                .body(containsString("&quot;tomorrow&quot; is not a date"));
        given().cookies(admin.cookies()).when().get(world.employees()).then().body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void shouldAddChangeAndEndAnEmployeeThroughTheForms() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        Response added = form(admin).formParam("name", "表单员工").formParam("idNumber", TestAccounts.idNumber())
                .formParam("phone", "13800138000").formParam("departmentId", Long.toString(world.workshopId()))
                .formParam("postKind", "SPECIAL_OPERATION").formParam("operation", "LOW_VOLTAGE_ELECTRICIAN")
                .formParam("postId", "").formParam("startDate", "2024-03-01")
                .when().post("/company/employees");
        assertEquals(303, added.statusCode());
        String location = added.header("Location");
        assertTrue(location.matches(".*/company/employees\\?added=\\d+&account=true"), location);
        long id = Long.parseLong(location.replaceAll(".*added=(\\d+).*", "$1"));
        given().cookies(admin.cookies()).when().get(location.substring(location.indexOf("/company")))
                .then().statusCode(200).body(containsString("已添加 表单员工。")).body(containsString("已为其创建学员账号，等待激活。"));

        form(admin).formParam("name", "表单员工").formParam("phone", "").formParam("departmentId", "")
                .formParam("postKind", "GENERAL").formParam("startDate", "2024-03-02")
                .when().post("/company/employees/" + id)
                .then().statusCode(303).header("Location", endsWith("/company/employees/" + id + "?saved=true"));
        given().cookies(admin.cookies()).when().get(world.employees() + "/" + id)
                .then().body("employee.postKind", org.hamcrest.Matchers.equalTo("GENERAL"))
                .body("employee.department", org.hamcrest.Matchers.nullValue())
                .body("employee.startDate", org.hamcrest.Matchers.equalTo("2024-03-02"));

        form(admin).formParam("endDate", "2024-01-01").when().post("/company/employees/" + id + "/end")
                .then().statusCode(400).body(containsString("离职日期不能早于入职日期（2024-03-02）。"));
        form(admin).formParam("endDate", "2024-08-31").formParam("reason", "合同到期")
                .when().post("/company/employees/" + id + "/end")
                .then().statusCode(303);
        given().cookies(admin.cookies()).when().get("/company/employees/" + id + "?ended=true")
                .then().statusCode(200).body(containsString("表单员工 的任职已结束")).body(containsString("合同到期"))
                .body(not(containsString("data-end-form")));
    }

    @Test
    void shouldRefuseARosterFormWithoutTheCsrfToken() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        given().cookies(admin.cookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("name", "无令牌").formParam("idNumber", TestAccounts.idNumber()).formParam("postKind", "GENERAL")
                .formParam("startDate", "2024-03-01")
                .when().post("/company/employees")
                .then().statusCode(403);
        given().cookies(admin.cookies()).redirects().follow(false)
                .multiPart("file", "a.csv", "姓名\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/company/employees/imports")
                .then().statusCode(403);
        given().cookies(admin.cookies()).when().get(world.employees()).then().body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void shouldManageDepartmentsAndPostsThroughTheirPages() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        form(admin).formParam("name", "质检部").formParam("parentId", "").when().post("/company/departments")
                .then().statusCode(303).header("Location", endsWith("/company/departments?done=saved"));
        form(admin).formParam("name", "质检部").formParam("parentId", "").when().post("/company/departments")
                .then().statusCode(409).body(containsString("同一级下已有名为“质检部”的部门。"))
                .body(containsString("value=\"质检部\""));
        given().cookies(admin.cookies()).when().get("/company/departments")
                .then().statusCode(200).body(containsString("生产部/一车间")).body(containsString("质检部"));
        form(admin).formParam("name", "叉车工").formParam("kind", "SPECIAL_OPERATION").formParam("operation", "")
                .when().post("/company/posts")
                .then().statusCode(400).body(containsString("特种作业人员须填写特种作业类别。"));
        form(admin).when().post("/company/posts/" + world.electricianPostId() + "/delete")
                .then().statusCode(303);
        given().cookies(admin.cookies()).header("Accept-Language", "en").when().get("/company/posts")
                .then().statusCode(200).body(containsString("No posts yet."));
    }

    @Test
    void shouldUploadThroughTheImportPageAndShowWhyAFileIsRefused() {
        RosterWorld world = RosterWorld.create();
        TestAccounts.Browser admin = world.signInAdmin();

        given().cookies(admin.cookies()).redirects().follow(false)
                .multiPart(CsrfTokens.FIELD, admin.csrf())
                .multiPart("file", "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "image/png")
                .when().post("/company/employees/imports")
                .then().statusCode(415)
                .body(containsString("这不是电子表格文件。请上传 .xlsx（Excel 工作簿）或 .csv 文件。"));
        byte[] file = RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("页面导入", TestAccounts.idNumber(), null, null, "GENERAL", null, "2024-01-01")));
        Response uploaded = given().cookies(admin.cookies()).redirects().follow(false)
                .multiPart(CsrfTokens.FIELD, admin.csrf())
                .multiPart("file", "roster.xlsx", file, RosterFiles.XLSX)
                .when().post("/company/employees/imports");
        assertEquals(303, uploaded.statusCode());
        String page = uploaded.header("Location").substring(uploaded.header("Location").indexOf("/company"));
        long id = Long.parseLong(page.replaceAll(".*/(\\d+)$", "$1"));
        RosterImportTests.awaitSettled(admin, world, id);
        given().cookies(admin.cookies()).when().get(page)
                .then().statusCode(200)
                .body(containsString("共 1 行：1 行无误，0 行有问题。"))
                .body(containsString("data-import-all"));
        form(admin).formParam("validRowsOnly", "false").when().post(page + "/commit").then().statusCode(303);
        RosterImportTests.awaitSettled(admin, world, id);
        given().cookies(admin.cookies()).when().get(page)
                .then().statusCode(200).body(containsString("已导入 1 人"));
        form(admin).formParam("validRowsOnly", "true").when().post(page + "/commit")
                .then().statusCode(409).body(containsString("这次导入不在等待确认的状态"));
    }
}
