package org.anxue.oversight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The compliance dashboard of a large subtree (a city: tens of seconds to compute) as a snapshot computed in
 * the background with progress ({@link OversightRuns}, kind DASHBOARD, subject = the year). Small subtrees (at
 * most {@code anxue.oversight.background-above} open employments) are computed per request. For a large
 * one the page shows the latest snapshot with its time while it is younger than
 * {@code anxue.oversight.dashboard-max-age}; an older one stays on show while a new one is computed; with none,
 * the page shows the progress. A run that failed lately is shown with its reason, not retried on every visit.
 */
@ApplicationScoped
public class DashboardSnapshots {

    /** A failed run is not retried automatically before this has passed. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** What to show: a dashboard (with when it was computed), and the run computing a newer one, if any. */
    public record View(ComplianceDashboard.Dashboard dashboard, Instant computedAt, boolean snapshot,
                       OversightRuns.Run running) {
        public boolean ready() {
            return dashboard != null;
        }

        /** When the figures were computed, Beijing time, to the minute. */
        public String computedAtText() {
            return computedAt == null ? "" : computedAt.atZone(CHINA).toLocalDateTime().withSecond(0).withNano(0)
                    .toString().replace('T', ' ');
        }
    }

    private final ComplianceDashboard dashboards;
    private final OversightRuns runs;
    private final OversightConfig config;
    private final OversightClock clock;
    private final ObjectMapper json;

    DashboardSnapshots(ComplianceDashboard dashboards, OversightRuns runs, OversightConfig config, OversightClock clock,
                       ObjectMapper json) {
        this.dashboards = dashboards;
        this.runs = runs;
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    /** The dashboard to show the officer for a year (400 for a year out of range). */
    public View view(Officer officer, Integer year) {
        return view(officer, dashboards.yearOf(year), config.backgroundAbove());
    }

    View view(Officer officer, int year, int snapshotAbove) {
        int employments = dashboards.employments(officer);
        if (employments <= snapshotAbove) {
            return new View(dashboards.of(officer, year), clock.now(), false, null);
        }
        String subject = Integer.toString(year);
        Optional<View> latest = runs.latestDone(officer.bureauId(), OversightRuns.Kind.DASHBOARD, subject)
                .map(run -> new View(read(run.result()), run.finishedAt(), true, null));
        if (latest.isPresent() && latest.get().computedAt().isAfter(clock.now().minus(config.dashboardMaxAge()))) {
            return latest.get();
        }
        OversightRuns.Run run = runs.latest(officer.bureauId(), OversightRuns.Kind.DASHBOARD, subject)
                .filter(r -> "FAILED".equals(r.status()) && r.finishedAt().isAfter(clock.now().minus(RETRY_AFTER)))
                .orElseGet(() -> start(officer, year, employments));
        return latest.map(v -> new View(v.dashboard(), v.computedAt(), true, run)).orElse(new View(null, null, true, run));
    }

    /** Starts computing a new snapshot now (unless one is running); the run. */
    public OversightRuns.Run recompute(Officer officer, Integer year) {
        return start(officer, dashboards.yearOf(year), dashboards.employments(officer));
    }

    /** The bureau's latest run for the year, if any. */
    public Optional<OversightRuns.Run> latestRun(Officer officer, Integer year) {
        return runs.latest(officer.bureauId(), OversightRuns.Kind.DASHBOARD, Integer.toString(dashboards.yearOf(year)));
    }

    private OversightRuns.Run start(Officer officer, int year, int employments) {
        return runs.start(officer.bureauId(), OversightRuns.Kind.DASHBOARD, Integer.toString(year), employments,
                officer.name(), progress -> json.writeValueAsString(dashboards.computeFor(officer, year, progress)));
    }

    private ComplianceDashboard.Dashboard read(String text) {
        try {
            return json.readValue(text, ComplianceDashboard.Dashboard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored dashboard could not be read", e);
        }
    }
}
