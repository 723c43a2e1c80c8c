package org.anxue.org.admin;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Bureau;
import org.anxue.security.Account;
import org.anxue.security.ApiTokens;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;

/**
 * Two sibling districts of one city, each with a company, an institution, people and accounts,
 * for the isolation tests: everything in district A is what the callers of district B (and
 * everyone without a right to it) must not see or change.
 */
public final class IsolationWorld {

    /** Who calls: a signed-in browser, an API token, or nobody. */
    public record Caller(String name, TestAccounts.Browser browser, String token) {

        /** A request as this caller: cookies and the CSRF header for a browser, the bearer token for a token. */
        public RequestSpecification request() {
            RequestSpecification request = given().redirects().follow(false);
            if (browser != null) {
                request.cookies(browser.cookies()).header(CsrfTokens.HEADER, browser.csrf());
            } else if (token != null) {
                request.auth().oauth2(token);
            }
            return request;
        }

        /** A form post as this caller's browser would send it (the CSRF field included). */
        public Response postForm(String path, Map<String, String> fields) {
            RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
            if (browser != null) {
                request.formParam(CsrfTokens.FIELD, browser.csrf());
            } else {
                String csrf = TestAccounts.openLoginPage();
                request.cookie(CsrfTokens.COOKIE, csrf).formParam(CsrfTokens.FIELD, csrf);
            }
            fields.forEach(request::formParam);
            return request.when().post(path);
        }

        public Response postJson(String path, Object body) {
            return request().contentType(ContentType.JSON).body(body).when().post(path);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public final AdminFixtures.Tree tree = AdminFixtures.tree();
    public final long companyA = AdminFixtures.company(tree.districtA(), ApprovalStatus.PENDING);
    public final long companyB = AdminFixtures.company(tree.districtB(), ApprovalStatus.PENDING);
    public final long institutionA = AdminFixtures.institution(tree.districtA(), ApprovalStatus.PENDING);
    public final long institutionB = AdminFixtures.institution(tree.districtB(), ApprovalStatus.PENDING);
    public final long departmentA = AdminFixtures.department(companyA, "生产部", null);
    public final AdminFixtures.Worker workerA = AdminFixtures.activeWorker(companyA, departmentA);
    public final AdminFixtures.Worker workerB = AdminFixtures.activeWorker(companyB, null);
    public final AdminFixtures.Worker pendingA = AdminFixtures.pendingWorker(companyA, departmentA);
    public final TestAccounts.Made officerA = AdminFixtures.officer(tree.districtA());
    public final TestAccounts.Made pendingOfficerA;
    public final TestAccounts.Made officerB = AdminFixtures.officer(tree.districtB());
    public final TestAccounts.Made adminA = AdminFixtures.companyAdmin(companyA);
    public final TestAccounts.Made adminB = AdminFixtures.companyAdmin(companyB);
    public final TestAccounts.Made institutionAdminB = AdminFixtures.institutionAdmin(institutionB);

    public final Caller asAnonymous = new Caller("anonymous", null, null);
    public final Caller asWorkerB = signIn("worker of B", workerB.username());
    public final Caller asCompanyB = signIn("company admin of B", adminB.username());
    public final Caller asInstitutionB = signIn("institution admin of B", institutionAdminB.username());
    public final Caller asBureauB = signIn("bureau officer of B", officerB.username());
    public final Caller asCompanyTokenB;
    public final Caller asBureauTokenB;
    public final Caller asRevokedTokenA;

    public IsolationWorld() {
        pendingOfficerA = QuarkusTransaction.requiringNew().call(() -> {
            Account officer = Account.bureauOfficer("pb-" + AdminFixtures.tag(), "待激活科员",
                    Bureau.findById(tree.districtA()));
            officer.persist();
            return new TestAccounts.Made(officer.id, officer.username, officer.role, officer.displayName, null, 0, null, null);
        });
        ApiTokens tokens = Arc.container().instance(ApiTokens.class).get();
        asCompanyTokenB = new Caller("API token of company B", null, QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(adminB.id()), "HR", null)).secret());
        asBureauTokenB = new Caller("API token of bureau B", null, QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(officerB.id()), "监管系统", null)).secret());
        ApiTokens.Created revoked = QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(adminA.id()), "old HR", null));
        QuarkusTransaction.requiringNew().run(() -> tokens.revoke(revoked.token().id, Account.findById(adminA.id())));
        asRevokedTokenA = new Caller("revoked API token of company A", null, revoked.secret());
    }

    private static Caller signIn(String name, String username) {
        return new Caller(name, TestAccounts.signIn(username, TestAccounts.PASSWORD), null);
    }
}
