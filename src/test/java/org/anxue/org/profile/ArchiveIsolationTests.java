package org.anxue.org.profile;

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
import org.anxue.org.Person;
import org.anxue.org.admin.IsolationWorld;
import org.anxue.org.admin.IsolationWorld.Caller;
import org.junit.jupiter.api.Test;

/**
 * The archives and the profile against callers who must not reach district A's worker and
 * company: district B's worker, company, bureau (signed in or by token) get 404, institutions
 * 403, anonymous visitors and revoked tokens 401 (pages: the login page). The profile endpoints
 * act on the caller only; API tokens have no profile.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ArchiveIsolationTests {

    private static IsolationWorld world;

    static synchronized IsolationWorld world() {
        if (world == null) {
            world = new IsolationWorld();
        }
        return world;
    }

    static List<String> apiOfA(IsolationWorld w) {
        return List.of("/api/archives/people/" + w.workerA.personId(),
                "/api/archives/people?idNumber=" + w.workerA.idNumber(),
                "/api/archives/companies/" + w.companyA);
    }

    static List<String> pagesOfA(IsolationWorld w) {
        return List.of("/archives/people/" + w.workerA.personId(),
                "/archives/people?idNumber=" + w.workerA.idNumber(),
                "/archives/companies/" + w.companyA);
    }

    @Test
    void shouldAnswer404ToOtherTenantsAnd403ToInstitutions() {
        IsolationWorld w = world();
        for (Caller caller : List.of(w.asCompanyB, w.asBureauB, w.asCompanyTokenB, w.asBureauTokenB)) {
            for (String path : apiOfA(w)) {
                Response response = caller.request().when().get(path);
                assertThat(response.statusCode()).as("GET %s as %s", path, caller).isEqualTo(404);
                assertThat(response.asString()).doesNotContain(w.workerA.name(), "甲区");
            }
        }
        for (Caller caller : List.of(w.asCompanyB, w.asBureauB)) {
            for (String path : pagesOfA(w)) {
                Response response = caller.request().accept("text/html").when().get(path);
                assertThat(response.statusCode()).as("GET %s as %s", path, caller).isEqualTo(404);
                assertThat(response.asString()).doesNotContain(w.workerA.name());
            }
        }
        // a worker sees only themself; a company's archive is no worker's business
        assertThat(w.asWorkerB.request().when().get(apiOfA(w).get(0)).statusCode()).isEqualTo(404);
        assertThat(w.asWorkerB.request().when().get(apiOfA(w).get(1)).statusCode()).isEqualTo(404);
        assertThat(w.asWorkerB.request().when().get(apiOfA(w).get(2)).statusCode()).isEqualTo(403);
        assertThat(w.asWorkerB.request().when().get(pagesOfA(w).get(0)).statusCode()).isEqualTo(404);
        for (String path : apiOfA(w)) {
            assertThat(w.asInstitutionB.request().when().get(path).statusCode()).as("GET %s as institution", path)
                    .isEqualTo(403);
        }
        assertThat(w.asWorkerB.request().when().get("/archives/company").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAskAnonymousVisitorsAndRevokedTokensToAuthenticate() {
        IsolationWorld w = world();
        List<String> api = new ArrayList<>(apiOfA(w));
        api.add("/api/me/profile");
        for (Caller caller : List.of(w.asAnonymous, w.asRevokedTokenA)) {
            for (String path : api) {
                assertThat(caller.request().when().get(path).statusCode()).as("GET %s as %s", path, caller).isEqualTo(401);
            }
            assertThat(caller.request().contentType(ContentType.JSON).body(Map.of("phone", "13900001111"))
                    .when().put("/api/me/phone").statusCode()).as("phone as %s", caller).isEqualTo(401);
            assertThat(caller.request().contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", "x", "newPassword", "y")).when().put("/api/me/password").statusCode())
                    .as("password as %s", caller).isEqualTo(401);
        }
        List<String> pages = new ArrayList<>(pagesOfA(w));
        pages.add("/my/profile");
        pages.add("/archives/company");
        for (String page : pages) {
            Response response = w.asAnonymous.request().when().get(page);
            assertThat(response.statusCode()).as("GET %s anonymously", page).isEqualTo(302);
            assertThat(response.header("Location")).endsWith("/login");
        }
        for (String form : List.of("/my/profile/phone", "/my/profile/password")) {
            Response response = w.asAnonymous.postForm(form, Map.of("phone", "13900001111"));
            assertThat(response.statusCode()).as("POST %s anonymously", form).isEqualTo(302);
        }
    }

    @Test
    void shouldChangeOnlyTheCallersOwnProfileAndGiveTokensNone() {
        IsolationWorld w = world();
        for (Caller token : List.of(w.asCompanyTokenB, w.asBureauTokenB)) {
            assertThat(token.request().when().get("/api/me/profile").statusCode()).isEqualTo(403);
            assertThat(token.request().contentType(ContentType.JSON).body(Map.of("phone", "13900001111"))
                    .when().put("/api/me/phone").statusCode()).isEqualTo(403);
        }
        String own = w.asWorkerB.request().when().get("/api/me/profile").then().statusCode(200).extract().asString();
        assertThat(own).contains(w.workerB.name()).doesNotContain(w.workerA.name());
        w.asWorkerB.request().contentType(ContentType.JSON).body(Map.of("phone", "13911112222"))
                .when().put("/api/me/phone").then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(w.workerA.personId()).phone))
                .isEqualTo("13800000000");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(w.workerB.personId()).phone))
                .isEqualTo("13911112222");
    }
}
