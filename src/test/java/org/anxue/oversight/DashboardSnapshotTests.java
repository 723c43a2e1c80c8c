package org.anxue.oversight;

import static org.anxue.oversight.OversightFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.anxue.security.CsrfTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dashboard snapshots of large subtrees, forced here by a threshold of 0 employments (the configured one is
 * 50,000): computed in the background with progress, kept, equal to the dashboard computed per request, not
 * changed by later data until recomputed, one run at a time, and a bureau's own.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class DashboardSnapshotTests {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Inject
    DashboardSnapshots snapshots;

    @Inject
    ComplianceDashboard dashboards;

    @Inject
    DataSource ds;

    OversightFixtures.World world;
    Officer officerA;
    Officer officerB;

    @BeforeEach
    void setUp() {
        world = OversightFixtures.world();
        officerA = officer("OA" + world.tag());
        officerB = officer("OB" + world.tag());
    }

    private Officer officer(String code) {
        return Sql.one(ds, "select id, name, path, level from bureau where code = ?", r -> new Officer(null, "检查员",
                r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), code).orElseThrow();
    }

    private OversightRuns.Run awaitDone(Officer officer) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            OversightRuns.Run run = snapshots.latestRun(officer, YEAR).orElseThrow();
            if (!"RUNNING".equals(run.status())) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the snapshot was not computed in 2 minutes");
    }

    @Test
    void shouldComputeALargeSubtreesDashboardInTheBackgroundAndKeepIt() throws Exception {
        DashboardSnapshots.View first = snapshots.view(officerA, YEAR, 0);
        assertThat(first.ready()).isFalse();
        assertThat(first.snapshot()).isTrue();
        assertThat(first.running().status()).isEqualTo("RUNNING");
        assertThat(first.running().employments()).isEqualTo(dashboards.employments(officerA)).isEqualTo(6);
        // asking again meanwhile joins the same run
        assertThat(snapshots.recompute(officerA, YEAR).id()).isIn(first.running().id(), first.running().id() + 1);

        OversightRuns.Run done = awaitDone(officerA);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.progress()).isEqualTo(100);
        DashboardSnapshots.View kept = snapshots.view(officerA, YEAR, 0);
        assertThat(kept.ready()).isTrue();
        assertThat(kept.snapshot()).isTrue();
        assertThat(kept.running()).isNull();
        ComplianceDashboard.Dashboard fresh = dashboards.of(officerA, YEAR);
        assertThat(kept.dashboard()).usingRecursiveComparison().isEqualTo(fresh);
        assertThat(kept.dashboard().overall().of()).isEqualTo(6);

        // later data does not change the kept snapshot until it is recomputed
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf()).body(Map.of("kind", "RECOGNITION",
                        "hours", "40", "day", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "trainingType", "REFRESHER",
                        "reason", "外地培训认定", "evidence", "证明材料", "approvedBy", "BUREAU_OFFICER:0:approver-" + world.tag()))
                .post("/api/credits/people/" + world.person("manager1").personId() + "/recognitions").then().statusCode(201);
        int metBefore = kept.dashboard().overall().met();
        assertThat(dashboards.of(officerA, YEAR).overall().met()).isEqualTo(metBefore + 1);
        assertThat(snapshots.view(officerA, YEAR, 0).dashboard().overall().met()).isEqualTo(metBefore);
        OversightRuns.Run again = snapshots.recompute(officerA, YEAR);
        assertThat(again.id()).isGreaterThan(done.id());
        assertThat(awaitDone(officerA).status()).isEqualTo("DONE");
        assertThat(snapshots.view(officerA, YEAR, 0).dashboard().overall().met()).isEqualTo(metBefore + 1);

        // the sibling (no employees yet) sees none of A's snapshots and its own figures
        assertThat(snapshots.latestRun(officerB, YEAR)).isEmpty();
        DashboardSnapshots.View sibling = snapshots.view(officerB, YEAR, 0);
        assertThat(sibling.snapshot()).isFalse();
        assertThat(sibling.dashboard().companies()).isEmpty();
    }

    @Test
    void shouldAnswerTheRunAndItsRecomputationOverTheApi() throws Exception {
        as(world.officerA()).get("/api/oversight/compliance/run").then().statusCode(404);
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf())
                .post("/api/oversight/compliance/recompute").then().statusCode(202).body("status", equalTo("RUNNING"));
        awaitDone(officerA);
        as(world.officerA()).get("/api/oversight/compliance/run").then().statusCode(200)
                .body("status", equalTo("DONE")).body("progress", equalTo(100)).body("employments", equalTo(6));
        // a small subtree's dashboard is still computed per request
        as(world.officerA()).get("/api/oversight/compliance").then().statusCode(200).body("overall.of", equalTo(6));
        as(world.officerB()).get("/api/oversight/compliance/run").then().statusCode(404);
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf()).queryParam("year", 1999)
                .post("/api/oversight/compliance/recompute").then().statusCode(400);
    }
}
