package org.anxue.org.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Bureau;
import org.anxue.org.Company;
import org.anxue.org.Institution;
import org.anxue.org.admin.IsolationWorld.Caller;
import org.anxue.security.Account;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and page of the jurisdiction tree and the approvals against callers that must
 * not reach district A: its sibling district B (signed in or by token), companies, institutions,
 * workers, revoked tokens and anonymous visitors. None gets data of A; nothing of A changes.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class AdminIsolationTests {

    private static IsolationWorld world;

    static synchronized IsolationWorld world() {
        if (world == null) {
            world = new IsolationWorld();
        }
        return world;
    }

    /** The API calls on district A's things, each as (method, path, JSON body or null). */
    static List<Object[]> apiCallsOnA(IsolationWorld w) {
        long a = w.tree.districtA();
        return List.of(
                new Object[] {"GET", "/api/bureaus/" + a, null},
                new Object[] {"POST", "/api/bureaus", Map.of("parentId", a, "code", "X" + w.tree.tag(), "name", "x", "level", "ZONE")},
                new Object[] {"PATCH", "/api/bureaus/" + a, Map.of("name", "改名")},
                new Object[] {"GET", "/api/bureaus/" + a + "/officers", null},
                new Object[] {"POST", "/api/bureaus/" + a + "/officers", Map.of("username", "x-" + w.tree.tag(), "displayName", "x")},
                new Object[] {"POST", "/api/bureaus/" + a + "/officers/" + w.pendingOfficerA.id() + "/activation-codes", Map.of()},
                new Object[] {"GET", "/api/approvals/companies/" + w.companyA, null},
                new Object[] {"POST", "/api/approvals/companies/" + w.companyA + "/decisions", Map.of("verdict", "APPROVE")},
                new Object[] {"GET", "/api/approvals/institutions/" + w.institutionA, null},
                new Object[] {"POST", "/api/approvals/institutions/" + w.institutionA + "/decisions", Map.of("verdict", "APPROVE")});
    }

    static Response call(Caller caller, Object[] call) {
        var request = caller.request();
        if (call[2] != null) {
            request.contentType(ContentType.JSON).body(call[2]);
        }
        return request.when().request((String) call[0], (String) call[1]);
    }

    @Test
    void shouldAnswer401ToAnonymousAndRevokedTokensOnEveryApiEndpoint() {
        IsolationWorld w = world();
        List<Object[]> calls = new ArrayList<>(apiCallsOnA(w));
        calls.add(new Object[] {"GET", "/api/bureaus", null});
        calls.add(new Object[] {"GET", "/api/approvals", null});
        for (Caller caller : List.of(w.asAnonymous, w.asRevokedTokenA)) {
            for (Object[] call : calls) {
                Response response = call(caller, call);
                assertThat(response.statusCode()).as("%s %s as %s", call[0], call[1], caller).isEqualTo(401);
            }
        }
        assertUnchanged(w);
    }

    @Test
    void shouldAnswer403ToCompaniesInstitutionsAndWorkersOnEveryApiEndpoint() {
        IsolationWorld w = world();
        List<Object[]> calls = new ArrayList<>(apiCallsOnA(w));
        calls.add(new Object[] {"GET", "/api/bureaus", null});
        calls.add(new Object[] {"GET", "/api/approvals", null});
        for (Caller caller : List.of(w.asWorkerB, w.asCompanyB, w.asInstitutionB, w.asCompanyTokenB)) {
            for (Object[] call : calls) {
                Response response = call(caller, call);
                assertThat(response.statusCode()).as("%s %s as %s", call[0], call[1], caller).isEqualTo(403);
            }
        }
        assertUnchanged(w);
    }

    @Test
    void shouldAnswer404ToTheSiblingBureauOnEveryApiEndpointOfTheOtherDistrict() {
        IsolationWorld w = world();
        for (Caller caller : List.of(w.asBureauB, w.asBureauTokenB)) {
            for (Object[] call : apiCallsOnA(w)) {
                Response response = call(caller, call);
                boolean accountCall = call[1].toString().contains("/officers") && "POST".equals(call[0]);
                int expected = accountCall && caller.token() != null ? 403 : 404;
                assertThat(response.statusCode()).as("%s %s as %s", call[0], call[1], caller).isEqualTo(expected);
                assertThat(response.asString()).doesNotContain(w.tree.tag() + "\"", "甲区");
            }
        }
        assertUnchanged(w);
    }

    @Test
    void shouldListNothingOfTheSiblingDistrict() {
        IsolationWorld w = world();
        for (Caller caller : List.of(w.asBureauB, w.asBureauTokenB)) {
            String bureaus = caller.request().when().get("/api/bureaus").then().statusCode(200).extract().asString();
            assertThat(bureaus).contains("乙区").doesNotContain("甲区", "测试市");
            String pending = caller.request().when().get("/api/approvals").then().statusCode(200).extract().asString();
            assertThat(pending).contains("\"id\":" + w.companyB).doesNotContain("\"id\":" + w.companyA)
                    .doesNotContain("\"id\":" + w.institutionA);
        }
    }

    @Test
    void shouldKeepEveryPageOfTheOtherDistrictAway() {
        IsolationWorld w = world();
        long a = w.tree.districtA();
        List<String> pagesOfA = List.of("/bureaus/" + a, "/approvals/companies/" + w.companyA,
                "/approvals/institutions/" + w.institutionA);
        List<String> allPages = List.of("/bureaus", "/approvals", pagesOfA.get(0), pagesOfA.get(1), pagesOfA.get(2));
        for (String page : allPages) {
            Response anonymous = w.asAnonymous.request().when().get(page);
            assertThat(anonymous.statusCode()).as("GET %s anonymously", page).isEqualTo(302);
            assertThat(anonymous.header("Location")).as("GET %s anonymously", page).endsWith("/login");
            for (Caller caller : List.of(w.asWorkerB, w.asCompanyB, w.asInstitutionB)) {
                assertThat(caller.request().when().get(page).statusCode()).as("GET %s as %s", page, caller).isEqualTo(403);
            }
        }
        for (String page : pagesOfA) {
            Response response = w.asBureauB.request().accept("text/html").when().get(page);
            assertThat(response.statusCode()).as("GET %s as %s", page, w.asBureauB).isEqualTo(404);
            assertThat(response.asString()).contains("找不到该页面").doesNotContain("甲区");
        }
        Map<String, Map<String, String>> forms = Map.of(
                "/bureaus/" + a + "/children", Map.of("code", "Y" + w.tree.tag(), "name", "x", "level", "ZONE"),
                "/bureaus/" + a + "/name", Map.of("name", "改名"),
                "/bureaus/" + a + "/parent", Map.of("parentId", String.valueOf(w.tree.districtB())),
                "/bureaus/" + a + "/officers", Map.of("username", "y-" + w.tree.tag(), "displayName", "y"),
                "/bureaus/" + a + "/officers/" + w.pendingOfficerA.id() + "/code", Map.of(),
                "/approvals/companies/" + w.companyA + "/decision", Map.of("verdict", "REJECT", "reason", "x"),
                "/approvals/institutions/" + w.institutionA + "/decision", Map.of("verdict", "REJECT", "reason", "x"));
        forms.forEach((path, fields) -> {
            assertThat(w.asBureauB.postForm(path, fields).statusCode()).as("POST %s as %s", path, w.asBureauB).isEqualTo(404);
            assertThat(w.asCompanyB.postForm(path, fields).statusCode()).as("POST %s as %s", path, w.asCompanyB).isEqualTo(403);
            Response anonymous = w.asAnonymous.postForm(path, fields);
            assertThat(anonymous.statusCode()).as("POST %s anonymously", path).isEqualTo(302);
            assertThat(anonymous.header("Location")).endsWith("/login");
        });
        assertUnchanged(w);
    }

    private static void assertUnchanged(IsolationWorld w) {
        QuarkusTransaction.requiringNew().run(() -> {
            Bureau a = Bureau.findById(w.tree.districtA());
            assertThat(a.name).startsWith("甲区应急管理局");
            assertThat(a.parent.id).isEqualTo(w.tree.city());
            assertThat(Bureau.count("parent.id", w.tree.districtA())).isZero();
            assertThat(Account.count("bureau.id", w.tree.districtA())).isEqualTo(2);
            assertThat(Account.<Account>findById(w.pendingOfficerA.id()).activationCodeHash).isNull();
            assertThat(Company.<Company>findById(w.companyA).approvalStatus).isEqualTo(ApprovalStatus.PENDING);
            assertThat(Institution.<Institution>findById(w.institutionA).status).isEqualTo(ApprovalStatus.PENDING);
            assertThat(ApprovalDecision.count("company.id = ?1 or institution.id = ?2", w.companyA, w.institutionA)).isZero();
        });
    }
}
