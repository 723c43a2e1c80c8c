package org.anxue.creditbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Who sees whose account: the worker their own; a company its current employees (time at other employers as
 * totals only); a bureau its subtree; nobody else (404, nothing leaks).
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CreditAccessTests {

    /** The paths about one person and one statement of theirs. */
    static List<String> pathsOf(long personId, String code) {
        return List.of("/api/credits/people/" + personId + "/statement", "/credits/people/" + personId,
                "/api/credits/statements/" + code, "/api/credits/statements/" + code + "/pdf",
                "/credits/statements/" + code);
    }

    @Test
    void shouldLetOnlyTheWorkerTheirCompanyAndTheirBureausSeeTheirAccount() {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 90, Instant.now(), 1);
        String code = CreditFixtures.as(world.worker().username()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/credits/people/" + world.worker().personId() + "/statements")
                .then().statusCode(201).extract().path("code");

        long otherCompany = AdminFixtures.company(world.tree().districtA(), ApprovalStatus.APPROVED);
        List<String> allowed = List.of(world.worker().username(), AdminFixtures.companyAdmin(world.companyA()).username(),
                AdminFixtures.officer(world.tree().districtA()).username(), AdminFixtures.officer(world.tree().city()).username());
        List<String> refused = List.of(AdminFixtures.activeWorker(world.companyA(), null).username(),
                AdminFixtures.companyAdmin(otherCompany).username(), AdminFixtures.officer(world.tree().districtB()).username(),
                AdminFixtures.institutionAdmin(AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.APPROVED)).username(),
                TestAccounts.create(Role.PLATFORM_ADMIN).username());

        for (String username : allowed) {
            var as = CreditFixtures.as(username);
            for (String path : pathsOf(world.worker().personId(), code)) {
                assertThat(as.when().get(path).statusCode()).as(username + " GET " + path).isEqualTo(200);
            }
        }
        for (String username : refused) {
            var as = CreditFixtures.as(username);
            for (String path : pathsOf(world.worker().personId(), code)) {
                var response = as.when().get(path);
                assertThat(response.statusCode()).as(username + " GET " + path).isIn(403, 404);
                assertThat(response.asString()).doesNotContain(world.worker().idNumber()).doesNotContain(world.worker().name());
            }
            assertThat(as.contentType(ContentType.JSON).body(Map.of()).when()
                    .post("/api/credits/people/" + world.worker().personId() + "/statements").statusCode())
                    .as(username + " issues").isIn(403, 404);
        }
        for (String path : pathsOf(world.worker().personId(), code)) {
            assertThat(given().redirects().follow(false).when().get(path).statusCode()).as("anonymous " + path)
                    .isIn(302, 401);
        }
    }

    @Test
    void shouldShowACompanyOnlyTheTotalsOfTimeAtOtherEmployers() {
        CreditFixtures.World world = CreditFixtures.world();
        int year = LocalDate.now().getYear();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 90, Instant.parse(year + "-01-10T02:00:00Z"), 2);
        long newEmployer = AdminFixtures.company(world.tree().districtB(), ApprovalStatus.APPROVED);
        AdminFixtures.endEmployment(world.worker().personId(), world.companyA());
        AdminFixtures.employ(world.worker().personId(), newEmployer, LocalDate.of(year, 1, 20));
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 45, Instant.parse(year + "-01-25T02:00:00Z"), 1);

        JsonPath seen = CreditFixtures.as(AdminFixtures.companyAdmin(newEmployer).username())
                .when().get("/api/credits/people/" + world.worker().personId() + "/statement")
                .then().statusCode(200).extract().jsonPath();

        assertThat(seen.getList("entries")).hasSize(1);
        assertThat(seen.getInt("entriesHidden")).isEqualTo(2);
        assertThat(seen.getString("onlineRecorded")).as("totals include the hidden entries").isEqualTo("5.00");
        assertThat(seen.getString("idNumber")).doesNotContain(world.worker().idNumber());
        // the former employer no longer sees the person at all
        CreditFixtures.as(AdminFixtures.companyAdmin(world.companyA()).username())
                .when().get("/api/credits/people/" + world.worker().personId() + "/statement").then().statusCode(404);
        // and the bureau of the new employer does, the old one not
        CreditFixtures.as(AdminFixtures.officer(world.tree().districtB()).username())
                .when().get("/api/credits/people/" + world.worker().personId() + "/statement").then().statusCode(200);
        CreditFixtures.as(AdminFixtures.officer(world.tree().districtA()).username())
                .when().get("/api/credits/people/" + world.worker().personId() + "/statement").then().statusCode(404);
    }

    @Test
    void shouldLetOnlyPlatformAdminsAndBureauOfficersVerifyTheLedger() {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.as(world.worker().username()).when().get("/api/credits/verification").then().statusCode(403);
        CreditFixtures.as(AdminFixtures.companyAdmin(world.companyA()).username()).when().get("/api/credits/verification")
                .then().statusCode(403);
        CreditFixtures.as(AdminFixtures.officer(world.tree().districtA()).username()).when().get("/api/credits/verification")
                .then().statusCode(200);
        CreditFixtures.as(AdminFixtures.officer(world.tree().districtA()).username()).when().post("/api/credits/roots")
                .then().statusCode(403);
    }
    @Test
    void shouldListACompanysCurrentEmployeesAndCountOnlyABureausSubtree() {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 90, Instant.now(), 1);

        List<Map<String, Object>> list = CreditFixtures.as(AdminFixtures.companyAdmin(world.companyA()).username())
                .when().get("/api/credits/company/standings").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(list).singleElement().satisfies(p -> {
            assertThat(((Number) p.get("personId")).longValue()).isEqualTo(world.worker().personId());
            assertThat(p.get("status")).isEqualTo("NOT_MET");
            assertThat(p.get("total")).isEqualTo("2.00");
            assertThat(p.get("idNumber").toString()).doesNotContain(world.worker().idNumber());
        });
        long otherCompany = AdminFixtures.company(world.tree().districtB(), ApprovalStatus.APPROVED);
        assertThat(CreditFixtures.as(AdminFixtures.companyAdmin(otherCompany).username())
                .when().get("/api/credits/company/standings").then().statusCode(200).extract().jsonPath().getList(""))
                .isEmpty();
        assertThat(CreditFixtures.as(AdminFixtures.companyAdmin(world.companyA()).username()).when().get("/credits/company")
                .then().statusCode(200).extract().asString()).contains(world.worker().name());

        assertThat(CreditFixtures.as(AdminFixtures.officer(world.tree().districtA()).username())
                .when().get("/api/credits/bureau/standings").then().statusCode(200).extract().jsonPath().getInt("notMet"))
                .isEqualTo(1);
        assertThat(CreditFixtures.as(AdminFixtures.officer(world.tree().districtB()).username())
                .when().get("/api/credits/bureau/standings").then().statusCode(200).extract().jsonPath().getInt("people"))
                .isEqualTo(0);
        assertThat(CreditFixtures.as(AdminFixtures.officer(world.tree().city()).username()).when().get("/credits/bureau")
                .then().statusCode(200).extract().asString()).contains("data-people=\"1\"");
        CreditFixtures.as(world.worker().username()).when().get("/api/credits/company/standings").then().statusCode(403);
    }
}
