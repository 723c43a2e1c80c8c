package org.anxue.org.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ArchiveTests {

    /** A person who worked at company B (district B) and now works at company A (district A). */
    record World(AdminFixtures.Tree tree, long companyA, long companyB, AdminFixtures.Worker worker) {
    }

    static World world() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long companyB = AdminFixtures.company(tree.districtB(), ApprovalStatus.APPROVED);
        AdminFixtures.Worker worker = AdminFixtures.activeWorker(companyB, null);
        AdminFixtures.endEmployment(worker.personId(), companyB);
        long companyA = AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED);
        AdminFixtures.employ(worker.personId(), companyA, LocalDate.of(2026, 1, 5));
        return new World(tree, companyA, companyB, worker);
    }

    static TestAccounts.Browser signIn(TestAccounts.Made account) {
        return TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);
    }

    @Test
    void shouldOpenAWorkersOwnArchiveWithTheWholeHistoryAndEmptySectionsToCome() {
        World w = world();
        TestAccounts.Browser worker = TestAccounts.signIn(w.worker().username(), TestAccounts.PASSWORD);

        given().cookies(worker.cookies()).when().get("/api/archives/people/" + w.worker().personId())
                .then().statusCode(200)
                .body("wholeHistory", equalTo(true))
                .body("employments", hasSize(2))
                .body("sectionsToCome", equalTo(List.of("COURSES", "CREDITED_HOURS", "EXAMS", "CERTIFICATES")));
        given().cookies(worker.cookies()).when().get("/archives/people/" + w.worker().personId())
                .then().statusCode(200)
                .body(containsString("一人一档：" + w.worker().name()))
                .body(containsString("data-section=\"CREDITED_HOURS\">尚未开放"))
                .body(not(containsString("data-partial-history")))
                .body(not(containsString(w.worker().idNumber())));
    }

    @Test
    void shouldShowACompanyOnlyItsOwnEmploymentOfACurrentEmployee() {
        World w = world();
        TestAccounts.Browser companyA = signIn(AdminFixtures.companyAdmin(w.companyA()));

        given().cookies(companyA.cookies()).when().get("/api/archives/people/" + w.worker().personId())
                .then().statusCode(200)
                .body("wholeHistory", equalTo(false))
                .body("employments.companyId", equalTo(List.of((int) w.companyA())));
        given().cookies(companyA.cookies()).redirects().follow(false)
                .when().get("/archives/people?idNumber=" + w.worker().idNumber().toLowerCase())
                .then().statusCode(303).header("Location", containsString("/archives/people/" + w.worker().personId()));
        given().cookies(companyA.cookies()).when().get("/archives/people/" + w.worker().personId())
                .then().statusCode(200).body(containsString("data-partial-history"));
    }

    @Test
    void shouldNotShowAFormerEmployerItsFormerEmployee() {
        World w = world();
        TestAccounts.Browser companyB = signIn(AdminFixtures.companyAdmin(w.companyB()));

        given().cookies(companyB.cookies()).when().get("/api/archives/people/" + w.worker().personId())
                .then().statusCode(404);
        given().cookies(companyB.cookies()).when().get("/api/archives/people?idNumber=" + w.worker().idNumber())
                .then().statusCode(404);
    }

    @Test
    void shouldShowABureauThePeopleEmployedInItsJurisdictionNowOrBefore() {
        World w = world();
        TestAccounts.Browser bureauB = signIn(AdminFixtures.officer(w.tree().districtB()));
        TestAccounts.Browser city = signIn(AdminFixtures.officer(w.tree().city()));

        given().cookies(bureauB.cookies()).when().get("/api/archives/people/" + w.worker().personId())
                .then().statusCode(200).body("employments.companyId", equalTo(List.of((int) w.companyB())));
        given().cookies(city.cookies()).when().get("/api/archives/people/" + w.worker().personId())
                .then().statusCode(200).body("employments", hasSize(2));
    }

    @Test
    void shouldRefuseAMalformedIdNumberClearly() {
        World w = world();
        TestAccounts.Browser companyA = signIn(AdminFixtures.companyAdmin(w.companyA()));

        given().cookies(companyA.cookies()).when().get("/api/archives/people?idNumber=12345")
                .then().statusCode(400).body("error", equalTo("badIdNumber"));
        given().cookies(companyA.cookies()).accept("text/html").when().get("/archives/people?idNumber=12345")
                .then().statusCode(400).body(containsString("身份证号格式不正确"));
        given().cookies(companyA.cookies()).when().get("/api/archives/people?idNumber=" + TestAccounts.idNumber())
                .then().statusCode(404);
    }

    @Test
    void shouldOpenTheCompanyArchiveWithFactsEmployeesAndEmptySectionsToCome() {
        World w = world();
        AdminFixtures.activeWorker(w.companyA(), AdminFixtures.department(w.companyA(), "安全环保部", null));
        TestAccounts.Made admin = AdminFixtures.companyAdmin(w.companyA());
        TestAccounts.Browser companyA = signIn(admin);

        given().cookies(companyA.cookies()).redirects().follow(false).when().get("/archives/company")
                .then().statusCode(303).header("Location", containsString("/archives/companies/" + w.companyA()));
        given().cookies(companyA.cookies()).when().get("/api/archives/companies/" + w.companyA())
                .then().statusCode(200)
                .body("currentEmployees", equalTo(2))
                .body("currentEmployeesByPostKind.GENERAL", equalTo(2))
                .body("employees", hasSize(2))
                .body("sectionsToCome", hasSize(4));
        given().cookies(companyA.cookies()).when().get("/archives/companies/" + w.companyA())
                .then().statusCode(200)
                .body(containsString("在职员工（2 人）"))
                .body(containsString("一般从业人员 2 人"))
                .body(containsString("安全环保部"))
                .body(containsString("data-section=\"INSPECTIONS\">尚未开放"))
                .body(containsString("/archives/people/" + w.worker().personId()));
        given().cookies(signIn(AdminFixtures.officer(w.tree().city())).cookies()).cookie("lang", "en")
                .when().get("/archives/companies/" + w.companyA())
                .then().statusCode(200).body(containsString("Current employees (2)"))
                .body(containsString("Not available yet"));
        given().cookies(companyA.cookies()).when().get("/api/archives/companies/" + w.companyA() + "?page=5")
                .then().statusCode(200).body("employees", hasSize(0)).body("currentEmployees", equalTo(2));
    }
}
