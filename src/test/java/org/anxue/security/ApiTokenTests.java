package org.anxue.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ApiTokenTests {

    @Inject
    ApiTokens tokens;

    private ApiTokens.Created tokenOf(TestAccounts.Made admin, Duration validity) {
        return QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(admin.id()), "HR system", validity));
    }

    @Test
    void shouldActAsTheTenantOfTheAdminWhoCreatedIt() {
        TestAccounts.Made admin = TestAccounts.create(Role.COMPANY_ADMIN);
        ApiTokens.Created token = tokenOf(admin, null);

        given().auth().oauth2(token.secret()).when().get("/api/me")
                .then().statusCode(200)
                .body("role", equalTo("COMPANY_ADMIN"))
                .body("displayName", equalTo("HR system"))
                .body("tenantKind", equalTo("COMPANY"))
                .body("tenantName", equalTo(admin.tenantName()));
    }

    @Test
    void shouldKeepOnlyAHashOfTheSecret() {
        TestAccounts.Made admin = TestAccounts.create(Role.BUREAU_OFFICER);
        ApiTokens.Created token = tokenOf(admin, null);

        ApiToken stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.findById(token.token().id));
        assertNotEquals(token.secret(), stored.tokenHash);
        assertFalse(stored.tokenHash.contains(token.secret().substring(ApiTokens.SECRET_PREFIX.length())));
        assertEquals(ApiTokens.hash(token.secret()), stored.tokenHash);
        assertTrue(token.secret().startsWith(stored.prefix));
    }

    @Test
    void shouldRefuseARevokedToken() {
        TestAccounts.Made admin = TestAccounts.create(Role.COMPANY_ADMIN);
        ApiTokens.Created token = tokenOf(admin, null);
        given().auth().oauth2(token.secret()).when().get("/api/me").then().statusCode(200);

        assertTrue(QuarkusTransaction.requiringNew().call(() -> tokens.revoke(token.token().id, Account.findById(admin.id()))));

        given().auth().oauth2(token.secret()).when().get("/api/me").then().statusCode(401);
    }

    @Test
    void shouldNotLetAnotherTenantRevokeIt() {
        TestAccounts.Made owner = TestAccounts.create(Role.COMPANY_ADMIN);
        TestAccounts.Made stranger = TestAccounts.create(Role.COMPANY_ADMIN);
        ApiTokens.Created token = tokenOf(owner, null);

        assertFalse(QuarkusTransaction.requiringNew().call(() -> tokens.revoke(token.token().id, Account.findById(stranger.id()))));

        given().auth().oauth2(token.secret()).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        TestAccounts.Made admin = TestAccounts.create(Role.INSTITUTION_ADMIN);
        ApiTokens.Created token = tokenOf(admin, Duration.ofDays(30));
        QuarkusTransaction.requiringNew().run(() ->
                ApiToken.<ApiToken>findById(token.token().id).expiresAt = Instant.now().minusSeconds(1));

        given().auth().oauth2(token.secret()).when().get("/api/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseAnUnknownToken() {
        given().auth().oauth2(ApiTokens.SECRET_PREFIX + "not-a-real-token").when().get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void shouldGiveNoTokenToAWorker() {
        TestAccounts.Made worker = TestAccounts.create(Role.WORKER);

        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().call(() ->
                tokens.create(Account.findById(worker.id()), "mine", null)));
    }
}
