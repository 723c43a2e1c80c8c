package org.anxue.creditbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The verify endpoint re-hashes every chain and the root: a row altered directly in the database (its
 * trigger disabled for the purpose) is reported with its account and sequence; the row is put back after.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CreditVerificationTests {

    @Inject
    DataSource dataSource;

    @Test
    void shouldFindTheFirstEntryAlteredDirectlyInTheDatabase() throws Exception {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 45, Instant.now(), 3);
        String admin = TestAccounts.create(Role.PLATFORM_ADMIN).username();

        alter("update credit_entry set credited_hours = credited_hours + 5 where id_number = ? and sequence = 2",
                world.worker().idNumber());
        try {
            JsonPath report = CreditFixtures.as(admin).when().get("/api/credits/verification").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(report.getBoolean("intact")).isFalse();
            List<Map<String, Object>> broken = report.getList("broken");
            assertThat(broken).anySatisfy(b -> {
                assertThat(b.get("idNumber")).isEqualTo(world.worker().idNumber());
                assertThat(b.get("sequence")).isEqualTo(2);
                assertThat(b.get("reason")).isEqualTo("ALTERED");
            });
            CreditFixtures.as(admin).when().post("/api/credits/roots").then().statusCode(200)
                    .body("storedRootId", org.hamcrest.Matchers.nullValue());
        } finally {
            alter("update credit_entry set credited_hours = credited_hours - 5 where id_number = ? and sequence = 2",
                    world.worker().idNumber());
        }
        JsonPath after = CreditFixtures.as(admin).when().get("/api/credits/verification").then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getList("broken", Map.class)).noneSatisfy(b -> assertThat(b.get("idNumber"))
                .isEqualTo(world.worker().idNumber()));
    }

    @Test
    void shouldCatchAChainCutShortAfterARootWasStored() throws Exception {
        CreditFixtures.World world = CreditFixtures.world();
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 45, Instant.now(), 2);
        String admin = TestAccounts.create(Role.PLATFORM_ADMIN).username();
        JsonPath stored = CreditFixtures.as(admin).when().post("/api/credits/roots").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getBoolean("intact")).isTrue();
        assertThat(stored.getLong("storedRootId")).isPositive();

        String[] kept = copyOfEntry(world.worker().idNumber(), 2);
        alter("delete from credit_entry where id_number = ? and sequence = 2", world.worker().idNumber());
        try {
            JsonPath report = CreditFixtures.as(admin).when().get("/api/credits/verification").then().extract().jsonPath();
            assertThat(report.getList("broken", Map.class)).anySatisfy(b -> {
                assertThat(b.get("idNumber")).isEqualTo(world.worker().idNumber());
                assertThat(b.get("reason")).isEqualTo("TRUNCATED");
            });
        } finally {
            alter(kept[0], null);
        }
    }

    /** An insert statement that puts the entry back as it was. */
    private String[] copyOfEntry(String idNumber, long sequence) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select format('insert into credit_entry select (json_populate_record(null::credit_entry, %L)).*',"
                        + " row_to_json(e)) from credit_entry e where id_number = ? and sequence = ?")) {
            q.setString(1, idNumber);
            q.setLong(2, sequence);
            try (var r = q.executeQuery()) {
                r.next();
                return new String[] {r.getString(1)};
            }
        }
    }

    /** Runs one statement with the append-only trigger disabled, in a transaction of its own. */
    private void alter(String sql, String idNumber) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("alter table credit_entry disable trigger credit_entry_no_update");
                if (idNumber == null) {
                    s.execute(sql);
                } else {
                    try (PreparedStatement q = c.prepareStatement(sql)) {
                        q.setString(1, idNumber);
                        q.executeUpdate();
                    }
                }
                s.execute("alter table credit_entry enable trigger credit_entry_no_update");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
