package org.anxue.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PessimisticLockException;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.Bureau;
import org.anxue.org.Company;
import org.anxue.org.Employment;
import org.anxue.org.Institution;
import org.anxue.org.Person;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Loading packs into the test database. Tests run with anxue.content.demo=false, so the loader
 * is called directly. The tests that need an empty database empty it first.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ContentPackLoaderTests {

    private static final PackSource DEMO = PackSource.classpath("content/demo");

    @Inject
    ContentPackLoader loader;

    static void emptyTheDatabase() {
        // Background workers (search outbox, media jobs, exam sweeps) read these tables; taking
        // every table's exclusive lock can deadlock with one of them, and PostgreSQL then rolls the
        // wipe back whole, so it is simply tried again.
        for (int attempt = 1; ; attempt++) {
            try {
                wipeEveryTable();
                return;
            } catch (PessimisticLockException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static void wipeEveryTable() {
        // Every table of every feature, so that a new feature's references never block the wipe.
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                do $$
                declare tables text;
                begin
                  -- records (ledger entries, heartbeats) refuse TRUNCATE through triggers; a test
                  -- that starts from an empty database switches triggers off for this transaction
                  perform set_config('session_replication_role', 'replica', true);
                  select string_agg(format('%I', tablename), ', ') into tables
                    from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history';
                  execute 'truncate ' || tables || ' cascade';
                end $$
                """).executeUpdate());
    }

    private static Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "bureaus", Bureau.count(), "companies", Company.count(), "institutions", Institution.count(),
                "people", Person.count(), "employments", Employment.count(), "accounts", Account.count()));
    }

    @Test
    void shouldLoadTheDemoPackIntoAnEmptyDatabaseOnceAndLeaveItAloneAfterwards() {
        emptyTheDatabase();

        ContentPackLoader.Result first = loader.loadIfEmpty(DEMO);

        assertTrue(first.loaded());
        Map<String, Long> afterFirst = rowCounts();
        assertEquals((long) first.counts().get("bureaus"), afterFirst.get("bureaus"));
        assertEquals((long) first.counts().get("accounts"), afterFirst.get("accounts"));
        assertEquals((long) first.counts().get("employments"), afterFirst.get("employments"));

        ContentPackLoader.Result second = loader.loadIfEmpty(DEMO);

        assertFalse(second.loaded());
        assertEquals(afterFirst, rowCounts());
    }

    @Test
    void shouldBuildTheJurisdictionTreeSoThatTheCityCoversItsDistricts() {
        emptyTheDatabase();
        loader.loadIfEmpty(DEMO);

        QuarkusTransaction.requiringNew().run(() -> {
            Bureau city = Bureau.findByCode("331000").orElseThrow();
            Bureau jiaojiang = Bureau.findByCode("331002").orElseThrow();
            Bureau huangyan = Bureau.findByCode("331003").orElseThrow();
            assertEquals("/" + city.id + "/", city.path);
            assertEquals(city.path + jiaojiang.id + "/", jiaojiang.path);
            assertTrue(city.covers(jiaojiang));
            assertFalse(jiaojiang.covers(huangyan), "a district never sees its sibling");
            assertEquals(6, city.subtree().size());
            assertEquals(List.of(jiaojiang), jiaojiang.subtree());
        });
    }

    @Test
    void shouldLetEveryDemoAccountSignInAsItsRoleAndTenant() {
        emptyTheDatabase();
        loader.loadIfEmpty(DEMO);
        String[][] table = {
            {"admin", "PLATFORM_ADMIN", "安学平台"},
            {"taizhou", "BUREAU_OFFICER", "台州市应急管理局"},
            {"jiaojiang", "BUREAU_OFFICER", "椒江区应急管理局"},
            {"luqiao", "BUREAU_OFFICER", "路桥区应急管理局"},
            {"antai", "COMPANY_ADMIN", "台州市椒江安泰化工有限公司（演示）"},
            {"jinfeng", "COMPANY_ADMIN", "台州市路桥金峰铝业有限公司（演示）"},
            {"pxzx", "INSTITUTION_ADMIN", "台州市安全生产培训中心（演示）"},
            {"jjpx", "INSTITUTION_ADMIN", "椒江区安全技术培训学校（演示）"},
            {"worker", "WORKER", "李志强"},
            {"worker2", "WORKER", "郑小军"},
        };
        for (String[] row : table) {
            TestAccounts.Browser browser = TestAccounts.signIn(row[0], "anxue2026");
            given().cookies(browser.cookies()).when().get("/api/me")
                    .then().statusCode(200)
                    .body("role", equalTo(row[1]))
                    .body("tenantName", equalTo(row[2]));
        }
    }

    @Test
    void shouldLoadNothingOfAPackWithABadIdNumberAndSayWhere() {
        long before = rowCounts().get("bureaus");

        ContentPackException e = assertThrows(ContentPackException.class,
                () -> loader.load(PackSource.classpath("content-packs/bad-id")));

        assertTrue(e.getMessage().contains("people.yaml line 4: invalid identity number '331002198503120037'"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(before, rowCounts().get("bureaus"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Bureau.findByCode("BAD-ID-CITY").isEmpty()));
    }

    @Test
    void shouldRollBackTheWholePackWhenTheDatabaseRefusesOneRow() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.count("username", "clash-taken") == 0) {
                Account taken = Account.platformAdmin("clash-taken", "已占用");
                taken.setPasswordHash(BcryptUtil.bcryptHash("long-enough-1"));
                taken.persist();
            }
        });
        Map<String, Long> before = rowCounts();

        assertThrows(RuntimeException.class, () -> loader.load(PackSource.classpath("content-packs/clashing-username")));

        assertEquals(before, rowCounts());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Bureau.findByCode("CLASH-CITY").isEmpty()));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Institution.findByLicenceNumber("CLASH-LIC-1").isEmpty()));
    }
}
