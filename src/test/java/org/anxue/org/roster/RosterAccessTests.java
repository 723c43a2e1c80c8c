package org.anxue.org.roster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.anxue.local.TestEngines;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.Post;
import org.anxue.security.Account;
import org.anxue.security.ApiTokens;
import org.anxue.security.CsrfTokens;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tenant isolation of every roster endpoint and page: each caller who may not see our company's
 * roster gets 401, 403 or 404 and never its data, and nothing changes; bureau officers of the
 * company's jurisdiction (the district, the city) read it but change nothing; a sibling district's
 * officer does not even see it.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class RosterAccessTests {

    /** Who calls. */
    enum Caller {
        ANONYMOUS, WORKER, INSTITUTION_ADMIN, PLATFORM_ADMIN, FOREIGN_ADMIN, FOREIGN_TOKEN, REVOKED_TOKEN, SIBLING_OFFICER,
        DISTRICT_OFFICER, CITY_OFFICER
    }

    /** An endpoint of ours; {@code write} ones must change nothing for anyone but our admin. */
    record Endpoint(String method, String path, boolean write, boolean api, boolean imports) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What the fixture holds: our company with an employee, a department, a post and a checked import. */
    record Fixture(RosterWorld world, long employmentId, String employeeName, String employeeId, long importId,
            String workerUsername, String institutionUsername, String platformUsername, String foreignToken,
            String revokedToken) {
    }

    private static Fixture fixture;

    @Inject
    ApiTokens tokens;

    private synchronized Fixture fixture() {
        if (fixture == null) {
            RosterWorld world = RosterWorld.create();
            TestAccounts.Browser admin = world.signInAdmin();
            String id = TestAccounts.idNumber();
            long employment = EmployeesTests.add(admin, world.companyId(), EmployeesTests.employee("机密员工", id, "GENERAL"))
                    .then().statusCode(201).extract().jsonPath().getLong("employee.id");
            byte[] file = RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                    RosterFiles.row("导入员工", TestAccounts.idNumber(), null, null, "GENERAL", null, "2024-01-01")));
            long importId = RosterImportTests.started(RosterImportTests.upload(admin, world, "n.xlsx", file, RosterFiles.XLSX));
            RosterImportTests.awaitSettled(admin, world, importId);
            long foreignAdminId = QuarkusTransaction.requiringNew().call(() ->
                    Account.<Account>find("username", world.foreignAdmin()).singleResult().id);
            String foreignToken = QuarkusTransaction.requiringNew().call(() ->
                    tokens.create(Account.findById(foreignAdminId), "HR", null).secret());
            ApiTokens.Created revoked = QuarkusTransaction.requiringNew().call(() ->
                    tokens.create(Account.findById(world.adminId()), "old HR", null));
            QuarkusTransaction.requiringNew().run(() -> tokens.revoke(revoked.token().id, Account.findById(world.adminId())));
            fixture = new Fixture(world, employment, "机密员工", id, importId,
                    TestAccounts.create(Role.WORKER).username(), TestAccounts.create(Role.INSTITUTION_ADMIN).username(),
                    TestAccounts.create(Role.PLATFORM_ADMIN).username(), foreignToken, revoked.secret());
        }
        return fixture;
    }

    private static List<Endpoint> endpoints(Fixture f) {
        RosterWorld w = f.world();
        String c = "/api/companies/" + w.companyId();
        long e = f.employmentId();
        long i = f.importId();
        return List.of(
                new Endpoint("GET", c + "/departments", false, true, false),
                new Endpoint("POST", c + "/departments", true, true, false),
                new Endpoint("PUT", c + "/departments/" + w.productionId(), true, true, false),
                new Endpoint("DELETE", c + "/departments/" + w.workshopId(), true, true, false),
                new Endpoint("GET", c + "/posts", false, true, false),
                new Endpoint("POST", c + "/posts", true, true, false),
                new Endpoint("PUT", c + "/posts/" + w.electricianPostId(), true, true, false),
                new Endpoint("DELETE", c + "/posts/" + w.electricianPostId(), true, true, false),
                new Endpoint("GET", c + "/employees", false, true, false),
                new Endpoint("GET", c + "/employees?q=" + f.employeeName(), false, true, false),
                new Endpoint("POST", c + "/employees", true, true, false),
                new Endpoint("GET", c + "/employees/" + e, false, true, false),
                new Endpoint("PUT", c + "/employees/" + e, true, true, false),
                new Endpoint("POST", c + "/employees/" + e + "/end", true, true, false),
                new Endpoint("GET", c + "/employees/export?format=csv", false, true, false),
                new Endpoint("GET", c + "/employees/export?format=xlsx", false, true, false),
                new Endpoint("GET", c + "/employee-imports", false, true, true),
                new Endpoint("POST", c + "/employee-imports", true, true, true),
                new Endpoint("GET", c + "/employee-imports/" + i, false, true, true),
                new Endpoint("GET", c + "/employee-imports/" + i + "/rows?problems=false", false, true, true),
                new Endpoint("POST", c + "/employee-imports/" + i + "/commit", true, true, true),
                new Endpoint("DELETE", c + "/employee-imports/" + i, true, true, true),
                new Endpoint("GET", c + "/employee-imports/template", false, true, true),
                new Endpoint("GET", "/company/employees", false, false, false),
                new Endpoint("GET", "/company/employees/new", false, false, false),
                new Endpoint("POST", "/company/employees", true, false, false),
                new Endpoint("GET", "/company/employees/" + e, false, false, false),
                new Endpoint("POST", "/company/employees/" + e, true, false, false),
                new Endpoint("POST", "/company/employees/" + e + "/end", true, false, false),
                new Endpoint("GET", "/company/employees/export?format=csv", false, false, false),
                new Endpoint("GET", "/company/departments", false, false, false),
                new Endpoint("POST", "/company/departments", true, false, false),
                new Endpoint("POST", "/company/departments/" + w.productionId() + "/rename", true, false, false),
                new Endpoint("POST", "/company/departments/" + w.workshopId() + "/delete", true, false, false),
                new Endpoint("GET", "/company/posts", false, false, false),
                new Endpoint("POST", "/company/posts", true, false, false),
                new Endpoint("POST", "/company/posts/" + w.electricianPostId() + "/rename", true, false, false),
                new Endpoint("POST", "/company/posts/" + w.electricianPostId() + "/delete", true, false, false),
                new Endpoint("GET", "/company/employees/imports", false, false, true),
                new Endpoint("POST", "/company/employees/imports", true, false, true),
                new Endpoint("GET", "/company/employees/imports/" + i, false, false, true),
                new Endpoint("GET", "/company/employees/imports/template.xlsx", false, false, true),
                new Endpoint("POST", "/company/employees/imports/" + i + "/commit", true, false, true),
                new Endpoint("POST", "/company/employees/imports/" + i + "/discard", true, false, true));
    }

    /** A request as the caller sends it: cookies (and a CSRF token) for people, a bearer token for machines. */
    private Function<Endpoint, Response> as(Caller caller, Fixture f) {
        RequestSpecification base;
        switch (caller) {
            case ANONYMOUS -> {
                String csrf = TestAccounts.openLoginPage();
                base = given().cookie(CsrfTokens.COOKIE, csrf).header(CsrfTokens.HEADER, csrf);
            }
            case FOREIGN_TOKEN -> base = given().auth().oauth2(f.foreignToken());
            case REVOKED_TOKEN -> base = given().auth().oauth2(f.revokedToken());
            default -> {
                String username = switch (caller) {
                    case WORKER -> f.workerUsername();
                    case INSTITUTION_ADMIN -> f.institutionUsername();
                    case PLATFORM_ADMIN -> f.platformUsername();
                    case FOREIGN_ADMIN -> f.world().foreignAdmin();
                    case SIBLING_OFFICER -> f.world().siblingOfficer();
                    case DISTRICT_OFFICER -> f.world().districtOfficer();
                    default -> f.world().cityOfficer();
                };
                TestAccounts.Browser browser = TestAccounts.signIn(username, TestAccounts.PASSWORD);
                base = given().cookies(browser.cookies()).header(CsrfTokens.HEADER, browser.csrf());
            }
        }
        RequestSpecification spec = base;
        return endpoint -> send(spec, endpoint, f);
    }

    private static Response send(RequestSpecification spec, Endpoint endpoint, Fixture f) {
        RequestSpecification request = given().spec(spec).redirects().follow(false);
        if (endpoint.write()) {
            if (endpoint.path().endsWith("-imports") || endpoint.path().endsWith("/imports")) {
                request = request.multiPart("file", "n.csv",
                        ("姓名,身份证号,岗位类别,入职日期\n闯入者," + TestAccounts.idNumber() + ",GENERAL,2024-01-01\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
            } else if (endpoint.api()) {
                request = request.contentType(ContentType.JSON).body(Map.of("name", "闯入者" + System.nanoTime(), "idNumber", TestAccounts.idNumber(),
                        "postKind", "GENERAL", "kind", "GENERAL", "startDate", "2024-01-01", "endDate", "2024-06-01",
                        "validRowsOnly", true));
            } else {
                request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam("name", "闯入者" + System.nanoTime())
                        .formParam("idNumber", TestAccounts.idNumber()).formParam("postKind", "GENERAL")
                        .formParam("kind", "GENERAL").formParam("startDate", "2024-01-01")
                        .formParam("endDate", "2024-06-01").formParam("validRowsOnly", "true");
            }
        }
        return request.request(endpoint.method(), endpoint.path());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void shouldGiveNoOtherTenantOurRosterAndLetNobodyElseChangeIt(Caller caller) {
        Fixture f = fixture();
        Function<Endpoint, Response> call = as(caller, f);
        List<Executable> checks = new ArrayList<>();
        for (Endpoint endpoint : endpoints(f)) {
            Response response = call.apply(endpoint);
            int status = response.statusCode();
            String body = response.asString();
            int expected = expectedStatus(caller, endpoint);
            checks.add(() -> {
                if (expected == 302) {
                    assertEquals(302, status, endpoint + " as " + caller);
                    assertTrue(response.header("Location").endsWith("/login"), endpoint + " → " + response.header("Location"));
                } else {
                    assertEquals(expected, status, endpoint + " as " + caller + ": " + abbreviate(body));
                }
                if (expected >= 400 || expected == 302) {
                    assertFalse(body.contains(f.employeeName()) || body.contains(f.employeeId()),
                            endpoint + " as " + caller + " leaked roster data");
                }
            });
        }
        assertAll(caller.name(), checks);
        assertNothingChanged(f);
    }

    /** Bureau officers of the company's jurisdiction read the roster (and see its data). */
    @ParameterizedTest
    @EnumSource(value = Caller.class, names = {"DISTRICT_OFFICER", "CITY_OFFICER"})
    void shouldLetOfficersOfTheJurisdictionReadTheRoster(Caller caller) {
        Fixture f = fixture();
        Function<Endpoint, Response> call = as(caller, f);
        String c = "/api/companies/" + f.world().companyId();

        Response list = call.apply(new Endpoint("GET", c + "/employees", false, true, false));
        Response export = call.apply(new Endpoint("GET", c + "/employees/export?format=csv", false, true, false));
        Response departments = call.apply(new Endpoint("GET", c + "/departments", false, true, false));

        assertEquals(200, list.statusCode());
        assertTrue(list.jsonPath().getList("items.name").contains(f.employeeName()));
        assertTrue(export.asString().contains(f.employeeId()));
        assertTrue(departments.jsonPath().getList("path").contains("生产部/一车间"));
    }

    /** Our own admin (and a token of our company) can use every read endpoint: the refusals above are not accidents. */
    @Test
    void shouldServeOurOwnAdminEveryReadEndpoint() {
        Fixture f = fixture();
        TestAccounts.Browser admin = f.world().signInAdmin();
        ApiTokens.Created token = QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(f.world().adminId()), "HR", null));
        List<Executable> checks = new ArrayList<>();
        for (Endpoint endpoint : endpoints(f)) {
            if (endpoint.write()) {
                continue;
            }
            Response page = given().cookies(admin.cookies()).redirects().follow(false)
                    .request(endpoint.method(), endpoint.path());
            checks.add(() -> assertEquals(200, page.statusCode(), endpoint + ": " + abbreviate(page.asString())));
            if (endpoint.api()) {
                Response byToken = given().auth().oauth2(token.secret()).request(endpoint.method(), endpoint.path());
                checks.add(() -> assertEquals(200, byToken.statusCode(), endpoint + " by token"));
            }
        }
        assertAll(checks);
    }

    private static int expectedStatus(Caller caller, Endpoint endpoint) {
        return switch (caller) {
            case ANONYMOUS -> endpoint.api() ? 401 : 302;
            // a bearer token is checked on every path: a revoked one is refused outright
            case REVOKED_TOKEN -> 401;
            case WORKER, INSTITUTION_ADMIN, PLATFORM_ADMIN -> 403;
            // an API token of a company admin acts as that admin, pages included
            case FOREIGN_ADMIN, FOREIGN_TOKEN -> endpoint.api() || mentionsOurIds(endpoint) ? 404 : ourOwnPageOrRefused(endpoint);
            case SIBLING_OFFICER -> endpoint.api() && !endpoint.imports() ? 404 : 403;
            case DISTRICT_OFFICER, CITY_OFFICER -> !endpoint.api() || endpoint.imports() ? 403 : endpoint.write() ? 403 : 200;
        };
    }

    /** Pages without ids in the path show the foreign admin their own company: fine, as long as no data of ours. */
    private static int ourOwnPageOrRefused(Endpoint endpoint) {
        if (!endpoint.write()) {
            return 200;
        }
        return switch (endpoint.path()) {
            case "/company/employees", "/company/departments", "/company/posts" -> 303;
            case "/company/employees/imports" -> 303;
            default -> 404;
        };
    }

    private static boolean mentionsOurIds(Endpoint endpoint) {
        return endpoint.path().matches(".*/\\d+(/.*)?(\\?.*)?") && !endpoint.path().startsWith("/company/employees?");
    }

    private static void assertNothingChanged(Fixture f) {
        RosterWorld w = f.world();
        QuarkusTransaction.requiringNew().run(() -> {
            Employment employment = Employment.findById(f.employmentId());
            assertTrue(employment.isOpen(), "the employee was ended");
            assertEquals(f.employeeName(), employment.person.name);
            assertEquals(1L, Employment.count("company.id", w.companyId()), "employees were added");
            assertEquals("生产部", Department.<Department>findById(w.productionId()).name);
            assertEquals(2L, Department.count("company.id", w.companyId()));
            assertEquals("电工", Post.<Post>findById(w.electricianPostId()).name);
            assertEquals(2L, Post.count("company.id", w.companyId()), "posts were added");
        });
        QuarkusTransaction.requiringNew().run(() -> assertEquals("VALIDATED",
                ImportStore.find(w.companyId(), f.importId()).orElseThrow().status().name()));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
