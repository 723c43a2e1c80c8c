package org.anxue.oversight;

import static org.anxue.oversight.OversightFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** The yearly plan targets: the plan's defaults, revisions with who and when, set by the city only. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class PlanTargetTests {

    @Inject
    DataSource ds;

    @Test
    void shouldKeepEveryRevisionWithWhoAndWhen() {
        OversightFixtures.World world = OversightFixtures.world();
        JsonPath fresh = as(world.officerCity()).get("/api/plan-targets/2027").then().statusCode(200).extract().jsonPath();
        assertThat(fresh.getInt("current.revision")).isZero();
        assertThat(fresh.getInt("current.targets.keyPositions")).isEqualTo(20_000);
        assertThat(fresh.getInt("current.targets.highRiskUpgrading")).isEqualTo(32_000);
        assertThat(fresh.getInt("current.targets.majorHazardManagers")).isEqualTo(10_000);
        assertThat(fresh.getInt("current.targets.smallMicroManufacturing")).isEqualTo(100_000);
        assertThat(fresh.getBoolean("editable")).isTrue();

        as(world.officerCity()).body(Map.of("keyPositions", 21000, "highRiskUpgrading", 32000, "majorHazardManagers", 10000,
                "smallMicroManufacturing", 100000, "note", "新增化工园区")).put("/api/plan-targets/2027").then().statusCode(200)
                .body("current.revision", equalTo(1)).body("current.setByName", equalTo("市局检查员"));
        JsonPath second = as(world.officerCity()).body(Map.of("keyPositions", 22000, "highRiskUpgrading", 33000,
                "majorHazardManagers", 11000, "smallMicroManufacturing", 90000)).put("/api/plan-targets/2027")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("current.revision")).isEqualTo(2);
        assertThat(second.getInt("current.targets.smallMicroManufacturing")).isEqualTo(90_000);
        assertThat(second.getList("history.revision", Integer.class)).containsExactly(2, 1);
        assertThat(second.getInt("history[1].targets.keyPositions")).isEqualTo(21_000);
        assertThat(second.getString("history[1].note")).isEqualTo("新增化工园区");
        assertThat(second.getString("history[1].setAt")).isNotBlank();

        // a district reads its city's targets and cannot change them
        as(world.officerA()).get("/api/plan-targets/2027").then().statusCode(200)
                .body("current.revision", equalTo(2)).body("editable", equalTo(false));
        as(world.officerA()).body(Map.of("keyPositions", 1, "highRiskUpgrading", 1, "majorHazardManagers", 1,
                "smallMicroManufacturing", 1)).put("/api/plan-targets/2027").then().statusCode(403);
        // bad input changes nothing
        as(world.officerCity()).body(Map.of("keyPositions", -5, "highRiskUpgrading", 1, "majorHazardManagers", 1,
                "smallMicroManufacturing", 1)).put("/api/plan-targets/2027").then().statusCode(400);
        as(world.officerCity()).get("/api/plan-targets/2027").then().body("current.revision", equalTo(2));
        // revisions are a record: the database refuses to change one
        int changed;
        try {
            changed = Sql.update(ds, "update plan_target set key_positions = 1 where bureau_id = ?", world.cityId());
        } catch (IllegalStateException expected) {
            changed = -1;
        }
        assertThat(changed).isEqualTo(-1);
    }

    @Inject
    PlanTargets targets;

    @Test
    void shouldSeedThePlansDefaultsForACityWithoutTargets() {
        OversightFixtures.World world = OversightFixtures.world();
        int year = targets.currentYear();
        as(world.officerCity()).get("/api/plan-targets").then().statusCode(200).body("current.revision", equalTo(0));

        assertThat(targets.seedDefaults()).isGreaterThanOrEqualTo(1);

        JsonPath seeded = as(world.officerCity()).get("/api/plan-targets/" + year).then().statusCode(200).extract().jsonPath();
        assertThat(seeded.getInt("current.revision")).isEqualTo(1);
        assertThat(seeded.getInt("current.targets.keyPositions")).isEqualTo(20_000);
        assertThat(seeded.getInt("current.targets.highRiskUpgrading")).isEqualTo(32_000);
        assertThat(seeded.getInt("current.targets.majorHazardManagers")).isEqualTo(10_000);
        assertThat(seeded.getInt("current.targets.smallMicroManufacturing")).isEqualTo(100_000);
        assertThat(seeded.getString("current.setByName")).isEqualTo("安学（计划默认值）");
        // a second start leaves the city alone
        targets.seedDefaults();
        as(world.officerCity()).get("/api/plan-targets/" + year).then().body("history.size()", equalTo(1));
        // and the page shows them with the form
        RestAssured.given().cookies(world.officerCity().cookies()).get("/oversight/plan-targets").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-targets-form"))
                .body(org.hamcrest.Matchers.containsString("value=\"20000\""));
    }
}
