package org.anxue.creditbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.local.TestEngines;
import org.anxue.org.Company;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Policy versions edited by a bureau officer: a change applies only from its effective date; the preview
 * counts the people whose status would change; certificate reminders and review progress on the worker's page.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CreditPolicyTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Ledger ledger;

    @Test
    void shouldApplyAPolicyChangeOnlyFromItsEffectiveDate() {
        CreditFixtures.World world = CreditFixtures.world();
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);

        JsonPath saved = CreditFixtures.as(officer).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", tomorrow.toString(), "minutesPerHour", 30))
                .when().post("/api/credits/policy").then().statusCode(201).extract().jsonPath();
        assertThat(saved.getString("ref")).isEqualTo(Policies.policyIdOf(world.tree().districtA()) + "@1");

        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 45, Instant.now(), 1);
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 45,
                tomorrow.plusDays(1).atTime(12, 0).atZone(ZONE).toInstant(), 1);

        List<LedgerEntry> entries = ledger.entriesOf(new PersonKey(world.worker().idNumber()));
        assertThat(entries.get(0).policyVersion().canonical()).isEqualTo(Policies.policyIdOf(world.tree().city()) + "@1");
        assertThat(entries.get(0).rawHours().canonical()).as("45 minutes of 45-minute 学时").isEqualTo("1.00");
        assertThat(entries.get(1).policyVersion().canonical()).isEqualTo(saved.getString("ref"));
        assertThat(entries.get(1).rawHours().canonical()).as("45 minutes of 30-minute 学时").isEqualTo("1.50");
        assertThat(CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement").then()
                .extract().path("policyVersion").toString()).as("today's statement still uses the version in force today")
                .isEqualTo(Policies.policyIdOf(world.tree().city()) + "@1");
    }

    @Test
    void shouldRefuseAPolicyVersionInThePastOrWithBadFigures() {
        CreditFixtures.World world = CreditFixtures.world();
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        String today = LocalDate.now(ZONE).toString();
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("effectiveFrom", LocalDate.now(ZONE).minusDays(1).toString()),
                Map.<String, Object>of("effectiveFrom", today, "minutesPerHour", 0),
                Map.<String, Object>of("effectiveFrom", today, "conversionRatio", "x"),
                Map.<String, Object>of("effectiveFrom", today, "requirements", List.of(Map.of("post", "GENERAL_WORKER",
                        "tier", "GENERAL", "type", "ROUTINE", "requiredHours", "4", "onlineShare", "1.5"))))) {
            CreditFixtures.as(officer).contentType(ContentType.JSON).body(bad).when().post("/api/credits/policy")
                    .then().statusCode(400);
        }
        assertThat(CreditFixtures.as(officer).when().get("/api/credits/policy").then().statusCode(200).extract()
                .jsonPath().getList("own")).isEmpty();
        CreditFixtures.as(world.worker().username()).when().get("/api/credits/policy").then().statusCode(403);
        CreditFixtures.as(world.worker().username()).when().get("/credits/policy").then().statusCode(403);
    }

    @Test
    void shouldPreviewHowManyPeoplesStatusWouldChangeWithoutSaving() {
        CreditFixtures.World world = CreditFixtures.world();
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 180, Instant.now(), 1);
        Map<String, Object> proposal = Map.of("effectiveFrom", LocalDate.now(ZONE).toString(), "requirements",
                List.of(Map.of("post", "GENERAL_WORKER", "tier", "HIGH_RISK", "type", "ROUTINE", "requiredHours", "4",
                        "onlineShare", "1", "examRequired", false)));

        JsonPath preview = CreditFixtures.as(officer).contentType(ContentType.JSON).body(proposal)
                .when().post("/api/credits/policy/preview").then().statusCode(200).extract().jsonPath();

        assertThat(preview.getInt("people")).isEqualTo(1);
        assertThat(preview.getInt("notMet")).isEqualTo(1);
        assertThat(preview.getInt("changed")).isEqualTo(1);
        assertThat(preview.getInt("toMet")).isEqualTo(1);
        assertThat(CreditFixtures.as(officer).when().get("/api/credits/policy").then().extract().jsonPath().getList("own"))
                .as("a preview saves nothing").isEmpty();
        String page = CreditFixtures.as(officer).when().get("/credits/policy").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-policy-form").contains(Policies.policyIdOf(world.tree().city()) + "@1");
    }

    @Test
    void shouldShowCertificateRemindersAndReviewProgressOnTheWorkersPage() {
        CreditFixtures.World world = CreditFixtures.world();
        String idNumber = TestAccounts.idNumber();
        String username = "so-" + AdminFixtures.class.hashCode() + System.nanoTime();
        long personId = QuarkusTransaction.requiringNew().call(() -> {
            Company company = Company.findById(world.companyA());
            Person person = Person.of(new IdentityNumber(idNumber), "特种作业员", "13800000001");
            person.persist();
            Post post = Post.of(company, "低压电工" + System.nanoTime(), PostKind.SPECIAL_OPERATION,
                    SpecialOperation.LOW_VOLTAGE_ELECTRICIAN);
            post.persist();
            Employment.start(person, post, null, LocalDate.of(2020, 1, 1)).persist();
            Account account = Account.worker(username, person);
            account.setPasswordHash(io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            account.persist();
            return person.id;
        });
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        LocalDate issued = LocalDate.now(ZONE).minusYears(3).plusDays(30);
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("operationType", "LOW_VOLTAGE_ELECTRICIAN",
                        "issuedOn", issued.toString(), "evidence", "证书档案"))
                .when().post("/api/credits/people/" + personId + "/certificates").then().statusCode(201);
        CreditFixtures.complete(personId, "REVIEW", 270, Instant.now(), 1);

        String page = CreditFixtures.as(username).when().get("/my/credits").then().statusCode(200).extract().asString();

        assertThat(page).contains("data-certificate=\"T" + idNumber + "\"").contains("data-reminder=\"REVIEW\"")
                .contains("data-review-progress").contains("data-complete=\"false\"").contains("6.00");
        JsonPath statement = CreditFixtures.as(username).when().get("/api/credits/me/statement").then().statusCode(200)
                .extract().jsonPath();
        assertThat(statement.getString("trainingType")).isEqualTo("REVIEW");
        assertThat(statement.getString("subject")).isEqualTo("LOW_VOLTAGE_ELECTRICIAN");
        assertThat(statement.getString("required")).isEqualTo("8.00");
    }
}
