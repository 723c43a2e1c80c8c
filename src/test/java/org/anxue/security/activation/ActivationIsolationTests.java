package org.anxue.security.activation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.admin.IsolationWorld;
import org.anxue.org.admin.IsolationWorld.Caller;
import org.anxue.security.Account;
import org.junit.jupiter.api.Test;

/**
 * The activation-code endpoints and pages against everyone but company A's admin: company B's
 * admin and token get 404 for A's workers and departments and never see them listed; other roles
 * get 403; anonymous visitors and revoked tokens get 401 (pages: the login page). A's pending
 * worker never gets a code from any of them.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ActivationIsolationTests {

    private static IsolationWorld world;

    static synchronized IsolationWorld world() {
        if (world == null) {
            world = new IsolationWorld();
        }
        return world;
    }

    @Test
    void shouldGiveNoCodeForAnotherCompanysWorkerOrDepartment() {
        IsolationWorld w = world();
        for (Caller caller : List.of(w.asCompanyB, w.asCompanyTokenB)) {
            Response byWorker = caller.postJson("/api/activation-codes", Map.of("accountIds", List.of(w.pendingA.accountId())));
            assertThat(byWorker.statusCode()).as("by worker as %s", caller).isEqualTo(404);
            assertThat(byWorker.asString()).doesNotContain(w.pendingA.name());
            Response byDepartment = caller.postJson("/api/activation-codes", Map.of("departmentId", w.departmentA));
            assertThat(byDepartment.statusCode()).as("by department as %s", caller).isEqualTo(404);
            String list = caller.request().when().get("/api/activation-codes").then().statusCode(200).extract().asString();
            assertThat(list).doesNotContain(w.pendingA.name());
        }
        assertThat(w.asCompanyB.postForm("/company/activation-codes",
                Map.of("accountId", String.valueOf(w.pendingA.accountId()))).statusCode()).isEqualTo(404);
        assertThat(w.asCompanyB.postForm("/company/activation-codes",
                Map.of("departmentId", String.valueOf(w.departmentA))).statusCode()).isEqualTo(404);
        String page = w.asCompanyB.request().when().get("/company/activation-codes").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain(w.pendingA.name(), "生产部");
        assertNoCode(w);
    }

    @Test
    void shouldRefuseEveryOtherRole() {
        IsolationWorld w = world();
        for (Caller caller : List.of(w.asWorkerB, w.asInstitutionB, w.asBureauB, w.asBureauTokenB)) {
            assertThat(caller.request().when().get("/api/activation-codes").statusCode()).as("list as %s", caller).isEqualTo(403);
            assertThat(caller.postJson("/api/activation-codes", Map.of("accountIds", List.of(w.pendingA.accountId())))
                    .statusCode()).as("issue as %s", caller).isEqualTo(403);
        }
        for (Caller caller : List.of(w.asWorkerB, w.asInstitutionB, w.asBureauB)) {
            assertThat(caller.request().when().get("/company/activation-codes").statusCode()).as("page as %s", caller)
                    .isEqualTo(403);
            assertThat(caller.postForm("/company/activation-codes", Map.of("accountId", String.valueOf(w.pendingA.accountId())))
                    .statusCode()).as("form as %s", caller).isEqualTo(403);
        }
        assertNoCode(w);
    }

    @Test
    void shouldAskAnonymousVisitorsAndRevokedTokensToAuthenticate() {
        IsolationWorld w = world();
        for (Caller caller : List.of(w.asAnonymous, w.asRevokedTokenA)) {
            assertThat(caller.request().when().get("/api/activation-codes").statusCode()).as("list as %s", caller).isEqualTo(401);
            assertThat(caller.postJson("/api/activation-codes", Map.of("accountIds", List.of(w.pendingA.accountId())))
                    .statusCode()).as("issue as %s", caller).isEqualTo(401);
        }
        Response page = w.asAnonymous.request().when().get("/company/activation-codes");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        Response form = w.asAnonymous.postForm("/company/activation-codes",
                Map.of("accountId", String.valueOf(w.pendingA.accountId())));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.header("Location")).endsWith("/login");
        // the activation page itself is public
        assertThat(w.asAnonymous.request().when().get("/activate").statusCode()).isEqualTo(200);
        assertNoCode(w);
    }

    private static void assertNoCode(IsolationWorld w) {
        Account pending = QuarkusTransaction.requiringNew().call(() -> Account.findById(w.pendingA.accountId()));
        assertThat(pending.activationCodeHash).isNull();
        assertThat(pending.activationExpiresAt).isNull();
    }
}
