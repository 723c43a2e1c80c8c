package org.anxue.creditbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import org.anxue.creditbank.model.VerificationCode;
import org.anxue.local.TestEngines;
import org.anxue.org.admin.AdminFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Statements of stored accounts: figures, issuing, superseding, revoking, the public check, the PDF. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CreditStatementTests {

    @Test
    void shouldCapOnlineHoursAtThePolicysShareAndRecordTheRestAsNotCredited() {
        CreditFixtures.World world = CreditFixtures.world();
        // 8 courses of 90 minutes = 16 学时 online; a high-risk employee's routine training needs 20, online ≤ 50 %
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 90, Instant.now(), 8);

        JsonPath s = CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement")
                .then().statusCode(200).extract().jsonPath();

        assertThat(s.getString("trainingType")).isEqualTo("ROUTINE");
        assertThat(s.getString("required")).isEqualTo("20.00");
        assertThat(s.getString("onlineRecorded")).isEqualTo("16.00");
        assertThat(s.getString("onlineCap")).isEqualTo("10.00");
        assertThat(s.getString("onlineCredited")).isEqualTo("10.00");
        assertThat(s.getString("onlineNotCredited")).isEqualTo("6.00");
        assertThat(s.getString("missing")).isEqualTo("10.00");
        assertThat(s.getString("status")).isEqualTo("NOT_MET");
        assertThat(s.getList("entries")).hasSize(8);
        assertThat(s.getString("policyVersion")).isEqualTo(Policies.policyIdOf(world.tree().city()) + "@1");
    }

    @Test
    void shouldIssueAStatementThatAnyoneCanVerifyAndANewerOneSupersedes() {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 45, Instant.now(), 2);
        String path = "/api/credits/people/" + world.worker().personId() + "/statements";

        String first = CreditFixtures.as(world.worker().username()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path).then().statusCode(201).extract().path("code");

        JsonPath check = given().when().get("/api/verifications/" + first).then().statusCode(200).extract().jsonPath();
        assertThat(check.getString("result")).isEqualTo("CURRENT");
        assertThat(check.getBoolean("authentic")).isTrue();
        assertThat(check.getString("maskedIdNumber")).isEqualTo(world.worker().idNumber().substring(0, 3) + "*".repeat(11)
                + world.worker().idNumber().substring(14));
        assertThat(check.getString("total")).isEqualTo("2.00");
        assertThat(check.getMap("")).doesNotContainKeys("personName", "idNumber", "entries");
        assertThat(given().when().get("/verify/" + first).then().statusCode(200).extract().asString())
                .contains("真实有效").doesNotContain(world.worker().idNumber()).doesNotContain(world.worker().name());

        String second = CreditFixtures.as(world.worker().username()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path).then().statusCode(201).extract().path("code");
        assertThat(second).isNotEqualTo(first);
        assertThat(given().when().get("/api/verifications/" + first).then().extract().path("result").toString())
                .isEqualTo("SUPERSEDED");
        assertThat(given().when().get("/api/verifications/" + second).then().extract().path("result").toString())
                .isEqualTo("CURRENT");
    }

    @Test
    void shouldSayUnknownForAForgedOrMistypedCode() {
        String forged = VerificationCode.random(new SecureRandom()).value();
        assertThat(given().when().get("/api/verifications/" + forged).then().statusCode(200).extract().path("result")
                .toString()).isEqualTo("UNKNOWN");
        assertThat(given().when().get("/api/verifications/NOT-A-CODE").then().statusCode(200).extract().path("result")
                .toString()).isEqualTo("UNKNOWN");
        assertThat(given().when().get("/verify/" + forged).then().statusCode(200).extract().asString()).contains("查无此证明");
    }

    @Test
    void shouldShowARevokedStatementAsRevoked() {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 45, Instant.now(), 1);
        String code = CreditFixtures.as(world.worker().username()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/credits/people/" + world.worker().personId() + "/statements")
                .then().statusCode(201).extract().path("code");
        String officer = AdminFixtures.officer(world.tree().districtA()).username();

        CreditFixtures.as(world.worker().username()).contentType(ContentType.JSON).body(Map.of("reason", "自己撤销"))
                .when().post("/api/credits/statements/" + code + "/revocation").then().statusCode(403);
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/credits/statements/" + code + "/revocation").then().statusCode(400);
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("reason", "学时记录有误"))
                .when().post("/api/credits/statements/" + code + "/revocation").then().statusCode(200);

        assertThat(given().when().get("/api/verifications/" + code).then().extract().path("result").toString())
                .isEqualTo("REVOKED");
    }

    @Test
    void shouldRenderThePdfInChineseWithTheCodeAndAQrCode() throws Exception {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 90, Instant.now(), 1);
        String code = CreditFixtures.as(world.worker().username()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/credits/people/" + world.worker().personId() + "/statements")
                .then().statusCode(201).extract().path("code");

        byte[] pdf = CreditFixtures.as(world.worker().username()).when().get("/api/credits/statements/" + code + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("学时证明").contains(world.worker().name()).contains("未达标")
                    .contains(VerificationCode.parse(code).orElseThrow().display()).contains("/verify/" + code);
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the QR code image").isNotEmpty();
        }
        String page = CreditFixtures.as(world.worker().username()).when().get("/credits/statements/" + code)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<svg").contains("/verify/" + code);
    }

    @Test
    void shouldRefuseAnUnknownTrainingTypeOrYearWithAClearMessage() {
        CreditFixtures.World world = CreditFixtures.world();
        String body = CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement?type=NAP")
                .then().statusCode(400).extract().asString();
        assertThat(body).contains("unknownTrainingType");
        CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement?year=1900").then().statusCode(400);
        CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement?type=INITIAL")
                .then().statusCode(400);
    }

    @Test
    void shouldShowTheWorkersOwnAccountPage() {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 90, Instant.now(), 1);
        String page = CreditFixtures.as(world.worker().username()).when().get("/my/credits").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("我的学分账户").contains("data-entry=\"1\"").contains("data-total>2.00<");
    }
}
