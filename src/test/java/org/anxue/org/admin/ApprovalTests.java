package org.anxue.org.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Company;
import org.anxue.org.Institution;
import org.anxue.security.Account;
import org.anxue.security.ApiTokens;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ApprovalTests {

    @Inject
    ApiTokens tokens;

    static TestAccounts.Browser signIn(TestAccounts.Made account) {
        return TestAccounts.signIn(account.username(), TestAccounts.PASSWORD);
    }

    static Company company(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Company.findById(id));
    }

    static long decisionsOn(long companyId) {
        return QuarkusTransaction.requiringNew().call(() -> ApprovalDecision.count("company.id", companyId));
    }

    @Test
    void shouldListWhatWaitsInTheOfficersSubtreeOnly() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long companyA = AdminFixtures.company(tree.districtA(), ApprovalStatus.PENDING);
        long companyB = AdminFixtures.company(tree.districtB(), ApprovalStatus.PENDING);
        long approvedA = AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED);
        long institutionA = AdminFixtures.institution(tree.districtA(), ApprovalStatus.PENDING);
        long institutionB = AdminFixtures.institution(tree.districtB(), ApprovalStatus.PENDING);

        given().cookies(signIn(AdminFixtures.officer(tree.districtA())).cookies()).when().get("/api/approvals")
                .then().statusCode(200)
                .body("companies.id", equalTo(List.of((int) companyA)))
                .body("institutions.id", equalTo(List.of((int) institutionA)));
        List<Integer> cityCompanies = given().cookies(signIn(AdminFixtures.officer(tree.city())).cookies())
                .when().get("/api/approvals").then().statusCode(200).extract().path("companies.id");
        assertThat(cityCompanies).containsExactlyInAnyOrder((int) companyA, (int) companyB).doesNotContain((int) approvedA);
        List<Integer> platformInstitutions = given().cookies(signIn(AdminFixtures.platformAdmin()).cookies())
                .when().get("/api/approvals").then().statusCode(200).extract().path("institutions.id");
        assertThat(platformInstitutions).contains((int) institutionA, (int) institutionB);
    }

    @Test
    void shouldApproveACompanyAndKeepWhoWhenAndTheNote() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long companyId = AdminFixtures.company(tree.districtA(), ApprovalStatus.PENDING);
        TestAccounts.Made officer = AdminFixtures.officer(tree.districtA());
        TestAccounts.Browser browser = signIn(officer);

        given().cookies(browser.cookies()).contentType(ContentType.JSON)
                .body(Map.of("verdict", "approve", "reason", "材料齐全"))
                .when().post("/api/approvals/companies/" + companyId + "/decisions")
                .then().statusCode(201).body("decision", equalTo("APPROVED")).body("previousStatus", equalTo("PENDING"))
                .body("decidedBy", equalTo(officer.username())).body("viaApiToken", equalTo(false));

        Company company = company(companyId);
        assertThat(company.approvalStatus).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(company.approvedBy).isEqualTo(officer.id());
        assertThat(company.approvedAt).isNotNull();
        given().cookies(browser.cookies()).when().get("/api/approvals/companies/" + companyId)
                .then().statusCode(200).body("decisions", hasSize(1)).body("decisions[0].reason", equalTo("材料齐全"));
    }

    @Test
    void shouldRequireAReasonToRejectAndRefuseASecondDecision() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long companyId = AdminFixtures.company(tree.districtA(), ApprovalStatus.PENDING);
        TestAccounts.Browser officer = signIn(AdminFixtures.officer(tree.districtA()));
        TestAccounts.Browser city = signIn(AdminFixtures.officer(tree.city()));

        given().cookies(officer.cookies()).contentType(ContentType.JSON).body(Map.of("verdict", "REJECT", "reason", " "))
                .when().post("/api/approvals/companies/" + companyId + "/decisions")
                .then().statusCode(400).body("error", equalTo("reasonRequired"));
        given().cookies(officer.cookies()).contentType(ContentType.JSON).body(Map.of("verdict", "MAYBE"))
                .when().post("/api/approvals/companies/" + companyId + "/decisions")
                .then().statusCode(400).body("error", equalTo("unknownVerdict"));
        given().cookies(officer.cookies()).contentType(ContentType.JSON)
                .body(Map.of("verdict", "REJECT", "reason", "x".repeat(501)))
                .when().post("/api/approvals/companies/" + companyId + "/decisions")
                .then().statusCode(400).body("error", equalTo("reasonTooLong"));
        assertThat(company(companyId).approvalStatus).isEqualTo(ApprovalStatus.PENDING);
        assertThat(decisionsOn(companyId)).isZero();

        given().cookies(officer.cookies()).contentType(ContentType.JSON)
                .body(Map.of("verdict", "REJECT", "reason", "营业执照已过期"))
                .when().post("/api/approvals/companies/" + companyId + "/decisions").then().statusCode(201);
        // the city officer, deciding from a stale list, is told instead of overwriting
        given().cookies(city.cookies()).contentType(ContentType.JSON).body(Map.of("verdict", "APPROVE"))
                .when().post("/api/approvals/companies/" + companyId + "/decisions")
                .then().statusCode(409).body("error", equalTo("alreadyDecided")).body("message", containsString("已驳回"));

        Company company = company(companyId);
        assertThat(company.approvalStatus).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(company.approvalNote).isEqualTo("营业执照已过期");
        assertThat(company.approvedBy).isNull();
        assertThat(decisionsOn(companyId)).isEqualTo(1);
    }

    @Test
    void shouldApproveAnInstitutionThroughThePageAndShowTheHistory() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long institutionId = AdminFixtures.institution(tree.districtB(), ApprovalStatus.PENDING);
        TestAccounts.Made officer = AdminFixtures.officer(tree.city());
        TestAccounts.Browser browser = signIn(officer);

        given().cookies(browser.cookies()).when().get("/approvals")
                .then().statusCode(200).body(containsString("/approvals/institutions/" + institutionId));
        given().cookies(browser.cookies()).redirects().follow(false).contentType(BureauTreeTests.FORM)
                .formParam(CsrfTokens.FIELD, browser.csrf()).formParam("verdict", "REJECT").formParam("reason", "")
                .when().post("/approvals/institutions/" + institutionId + "/decision")
                .then().statusCode(400).body(containsString("驳回时必须填写理由"));
        given().cookies(browser.cookies()).redirects().follow(false).contentType(BureauTreeTests.FORM)
                .formParam(CsrfTokens.FIELD, browser.csrf()).formParam("verdict", "APPROVE").formParam("reason", "现场核查通过")
                .when().post("/approvals/institutions/" + institutionId + "/decision")
                .then().statusCode(303).header("Location", containsString("done=approved"));

        given().cookies(browser.cookies()).when().get("/approvals/institutions/" + institutionId + "?done=approved")
                .then().statusCode(200)
                .body(containsString("data-status=\"APPROVED\""))
                .body(containsString("现场核查通过"))
                .body(containsString(officer.displayName()))
                .body(not(containsString("data-approve")));
        given().cookies(browser.cookies()).cookie("lang", "en").when().get("/approvals/institutions/" + institutionId)
                .then().statusCode(200).body(containsString("Decision history")).body(containsString(">Approved<"));
        Institution institution = QuarkusTransaction.requiringNew().call(() -> Institution.findById(institutionId));
        assertThat(institution.status).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(institution.approvedBy).isEqualTo(officer.id());
    }

    @Test
    void shouldRecordTheApiTokenADecisionCameThrough() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long companyId = AdminFixtures.company(tree.districtA(), ApprovalStatus.PENDING);
        TestAccounts.Made officer = AdminFixtures.officer(tree.districtA());
        ApiTokens.Created token = QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(officer.id()), "审批系统", null));

        given().auth().oauth2(token.secret()).contentType(ContentType.JSON).body(Map.of("verdict", "APPROVE"))
                .when().post("/api/approvals/companies/" + companyId + "/decisions")
                .then().statusCode(201).body("viaApiToken", equalTo(true)).body("decidedBy", equalTo(officer.username()));
        ApprovalDecision decision = QuarkusTransaction.requiringNew().call(() ->
                ApprovalDecision.<ApprovalDecision>find("company.id", companyId).singleResult());
        assertThat(decision.apiTokenId).isEqualTo(token.token().id);
    }

    @Test
    void shouldKeepDecisionsAsHistoryThatTheDatabaseWillNotChange() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long companyId = AdminFixtures.company(tree.districtA(), ApprovalStatus.PENDING);
        given().cookies(signIn(AdminFixtures.officer(tree.districtA())).cookies()).contentType(ContentType.JSON)
                .body(Map.of("verdict", "REJECT", "reason", "地址不符"))
                .when().post("/api/approvals/companies/" + companyId + "/decisions").then().statusCode(201);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ApprovalDecision.getEntityManager()
                .createNativeQuery("update approval_decision set reason = 'changed' where company_id = ?1")
                .setParameter(1, companyId).executeUpdate()))
                .hasStackTraceContaining("decisions are history");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ApprovalDecision.getEntityManager()
                .createNativeQuery("delete from approval_decision where company_id = ?1")
                .setParameter(1, companyId).executeUpdate()))
                .hasStackTraceContaining("decisions are history");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ApprovalDecision.<ApprovalDecision>find("company.id",
                companyId).singleResult().reason)).isEqualTo("地址不符");
    }
}
