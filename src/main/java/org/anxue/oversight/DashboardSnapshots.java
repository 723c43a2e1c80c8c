package org.anxue.oversight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The compliance dashboard of a large subtree (a city: tens of seconds to compute) as a snapshot computed in
 * the background with progress, kept in {@code oversight_dashboard}. Small subtrees (at most
 * {@code anxue.oversight.dashboard.snapshot-above} open employments) are computed per request as before. For a
 * large one the page shows the latest snapshot with its time while it is younger than
 * {@code anxue.oversight.dashboard.max-age}; an older one stays on show while a new one is computed; with none,
 * the page shows the progress. One run at a time per bureau and year (a partial unique index), on any replica.
 */
@ApplicationScoped
public class DashboardSnapshots {

    private static final Logger LOG = Logger.getLogger(DashboardSnapshots.class);

    /** A run left RUNNING this long by a process that stopped is given up (a city takes well under this). */
    static final Duration ABANDONED = Duration.ofMinutes(30);

    /** A failed run is not retried automatically before this has passed. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    /** What to show: a dashboard (with when it was computed, and whether a newer one is being computed). */
    public record View(ComplianceDashboard.Dashboard dashboard, Instant computedAt, boolean snapshot, Run running) {
        public boolean ready() {
            return dashboard != null;
        }

        /** When the figures were computed, Beijing time, to the minute. */
        public String computedAtText() {
            return computedAt == null ? "" : computedAt.atZone(CHINA).toLocalDateTime().withSecond(0).withNano(0)
                    .toString().replace('T', ' ');
        }
    }

    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    /** A background run as its bureau sees it. */
    public record Run(long id, int year, String status, int progress, int employments, Instant startedAt,
                      Instant finishedAt, String failure) {
    }

    private final ComplianceDashboard dashboards;
    private final OversightConfig config;
    private final OversightClock clock;
    private final ObjectMapper json;
    private final DataSource ds;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "compliance-dashboard");
        t.setDaemon(true);
        return t;
    });

    DashboardSnapshots(ComplianceDashboard dashboards, OversightConfig config, OversightClock clock, ObjectMapper json,
                       DataSource ds) {
        this.dashboards = dashboards;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.ds = ds;
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** The dashboard to show the officer for a year (400 for a year out of range). */
    public View view(Officer officer, Integer year) {
        return view(officer, dashboards.yearOf(year), config.dashboard().snapshotAbove());
    }

    View view(Officer officer, int year, int snapshotAbove) {
        int employments = dashboards.employments(officer);
        if (employments <= snapshotAbove) {
            return new View(dashboards.of(officer, year), clock.now(), false, null);
        }
        Optional<View> latest = latest(officer, year);
        Instant freshAfter = clock.now().minus(config.dashboard().maxAge());
        if (latest.isPresent() && latest.get().computedAt().isAfter(freshAfter)) {
            return latest.get();
        }
        // a run that failed lately is shown with its reason, not retried on every visit (the officer may ask again)
        Optional<Run> last = latestRun(officer, year);
        Run run = last.filter(r -> "FAILED".equals(r.status()) && r.finishedAt().isAfter(clock.now().minus(RETRY_AFTER)))
                .orElseGet(() -> start(officer, year, employments));
        return latest.map(v -> new View(v.dashboard(), v.computedAt(), true, run)).orElse(new View(null, null, true, run));
    }

    /** Starts computing a new snapshot now (unless one is running); the run. */
    public Run recompute(Officer officer, Integer year) {
        int theYear = dashboards.yearOf(year);
        return start(officer, theYear, dashboards.employments(officer));
    }

    /** The bureau's latest run for the year, if any. */
    public Optional<Run> latestRun(Officer officer, Integer year) {
        return Sql.one(ds, SELECT_RUN + " where bureau_id = ? and year = ? order by id desc limit 1", DashboardSnapshots::run,
                officer.bureauId(), dashboards.yearOf(year));
    }

    private static final String SELECT_RUN = """
            select id, year, status, progress, employments, started_at, finished_at, failure from oversight_dashboard""";

    private static Run run(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Run(r.getLong("id"), r.getInt("year"), r.getString("status"), r.getInt("progress"),
                r.getInt("employments"), Sql.instant(r, "started_at"), Sql.instant(r, "finished_at"), r.getString("failure"));
    }

    private Optional<View> latest(Officer officer, int year) {
        return Sql.one(ds, """
                select dashboard::text, finished_at from oversight_dashboard
                where bureau_id = ? and year = ? and status = 'DONE' order by finished_at desc limit 1""",
                r -> new View(read(r.getString(1)), Sql.instant(r, "finished_at"), true, null), officer.bureauId(), year);
    }

    private Run start(Officer officer, int year, int employments) {
        Instant now = clock.now();
        Run[] started = {null};
        QuarkusTransaction.requiringNew().run(() -> {
            Sql.update(ds, """
                    update oversight_dashboard set status = 'FAILED', finished_at = ?, failure = 'interrupted'
                    where bureau_id = ? and year = ? and status = 'RUNNING' and started_at < ?""",
                    now, officer.bureauId(), year, now.minus(ABANDONED));
            started[0] = Sql.one(ds, """
                    insert into oversight_dashboard (bureau_id, year, status, employments, requested_by, started_at)
                    values (?, ?, 'RUNNING', ?, ?, ?)
                    on conflict (bureau_id, year) where status = 'RUNNING' do nothing
                    returning id, year, status, progress, employments, started_at, finished_at, failure""",
                    DashboardSnapshots::run, officer.bureauId(), year, employments, officer.name(), now).orElse(null);
        });
        if (started[0] == null) {
            return Sql.one(ds, SELECT_RUN + " where bureau_id = ? and year = ? and status = 'RUNNING'",
                    DashboardSnapshots::run, officer.bureauId(), year).orElseThrow();
        }
        Run run = started[0];
        worker.submit(() -> compute(officer, run));
        return run;
    }

    private void compute(Officer officer, Run run) {
        int step = Math.max(1, run.employments() / 50);
        try {
            ComplianceDashboard.Dashboard dashboard = QuarkusTransaction.requiringNew().timeout(900).call(() ->
                    dashboards.computeFor(officer, run.year(), visited -> {
                        if (visited % step == 0) {
                            int percent = (int) Math.min(99, visited * 100L / Math.max(1, run.employments()));
                            QuarkusTransaction.requiringNew().run(() -> Sql.update(ds,
                                    "update oversight_dashboard set progress = ? where id = ? and status = 'RUNNING'",
                                    percent, run.id()));
                        }
                    }));
            String text = json.writeValueAsString(dashboard);
            QuarkusTransaction.requiringNew().run(() -> Sql.update(ds, """
                    update oversight_dashboard set status = 'DONE', progress = 100, finished_at = ?, dashboard = ?::jsonb
                    where id = ? and status = 'RUNNING'""", clock.now(), text, run.id()));
        } catch (Exception e) {
            LOG.errorf(e, "compliance dashboard %d of bureau %d failed", run.id(), officer.bureauId());
            String reason = String.valueOf(e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> Sql.update(ds, """
                    update oversight_dashboard set status = 'FAILED', finished_at = ?, failure = ?
                    where id = ? and status = 'RUNNING'""", clock.now(),
                    reason.length() > 500 ? reason.substring(0, 500) : reason, run.id()));
        }
    }

    private ComplianceDashboard.Dashboard read(String text) {
        try {
            return json.readValue(text, ComplianceDashboard.Dashboard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored dashboard could not be read", e);
        }
    }
}
