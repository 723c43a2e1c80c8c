package org.anxue.oversight;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Background runs of oversight computations too long for a request (a city's dashboard or report: tens of
 * seconds), kept in {@code oversight_run}: one run at a time per bureau, kind and subject (a partial unique index,
 * so any replica may start one), progress written as it goes, the result (JSON) or the reason it failed kept.
 * The work runs on one worker thread in its own transaction (15 minutes at most).
 */
@ApplicationScoped
public class OversightRuns {

    private static final Logger LOG = Logger.getLogger(OversightRuns.class);

    /** A run left RUNNING this long by a process that stopped is given up (a city takes well under this). */
    static final Duration ABANDONED = Duration.ofMinutes(30);

    public enum Kind { DASHBOARD, REPORT }

    /** A run as its bureau sees it; {@code result} is JSON text (only when DONE). */
    public record Run(long id, String kind, String subject, String status, int progress, int employments,
                      String requestedBy, Instant startedAt, Instant finishedAt, String failure,
                      @com.fasterxml.jackson.annotation.JsonIgnore String result) {
        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    /** The work of a run: computes its result (JSON text), telling {@code progress} how many employments it passed. */
    @FunctionalInterface
    public interface Work {
        String compute(IntConsumer progress) throws Exception;
    }

    private final OversightClock clock;
    private final DataSource ds;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oversight-runs");
        t.setDaemon(true);
        return t;
    });

    OversightRuns(OversightClock clock, DataSource ds) {
        this.clock = clock;
        this.ds = ds;
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private static final String SELECT = """
            select id, kind, subject, status, progress, employments, requested_by, started_at, finished_at, failure,
                   result::text from oversight_run""";

    private static Run read(ResultSet r) throws SQLException {
        return new Run(r.getLong("id"), r.getString("kind"), r.getString("subject"), r.getString("status"),
                r.getInt("progress"), r.getInt("employments"), r.getString("requested_by"), Sql.instant(r, "started_at"),
                Sql.instant(r, "finished_at"), r.getString("failure"), r.getString("result"));
    }

    /** The latest run of the bureau for the subject, if any. */
    public Optional<Run> latest(long bureauId, Kind kind, String subject) {
        return Sql.one(ds, SELECT + " where bureau_id = ? and kind = ? and subject = ? order by id desc limit 1",
                OversightRuns::read, bureauId, kind, subject);
    }

    /** The latest DONE run of the bureau for the subject, if any. */
    public Optional<Run> latestDone(long bureauId, Kind kind, String subject) {
        return Sql.one(ds, SELECT + " where bureau_id = ? and kind = ? and subject = ? and status = 'DONE'"
                + " order by id desc limit 1", OversightRuns::read, bureauId, kind, subject);
    }

    /** The bureau's runs of a kind that are still running, oldest first. */
    public List<Run> running(long bureauId, Kind kind) {
        return Sql.list(ds, SELECT + " where bureau_id = ? and kind = ? and status = 'RUNNING' order by id",
                OversightRuns::read, bureauId, kind);
    }

    /** One run by id, if it is the bureau's. */
    public Optional<Run> get(long bureauId, long id) {
        return Sql.one(ds, SELECT + " where bureau_id = ? and id = ?", OversightRuns::read, bureauId, id);
    }

    /** Starts {@code work} in the background unless a run of the same subject is running; either run. */
    public Run start(long bureauId, Kind kind, String subject, int employments, String requestedBy, Work work) {
        Instant now = clock.now();
        Run[] started = {null};
        QuarkusTransaction.requiringNew().run(() -> {
            Sql.update(ds, """
                    update oversight_run set status = 'FAILED', finished_at = ?, failure = 'interrupted'
                    where bureau_id = ? and kind = ? and subject = ? and status = 'RUNNING' and started_at < ?""",
                    now, bureauId, kind, subject, now.minus(ABANDONED));
            started[0] = Sql.one(ds, """
                    insert into oversight_run (bureau_id, kind, subject, status, employments, requested_by, started_at)
                    values (?, ?, ?, 'RUNNING', ?, ?, ?)
                    on conflict (bureau_id, kind, subject) where status = 'RUNNING' do nothing
                    returning id, kind, subject, status, progress, employments, requested_by, started_at, finished_at,
                              failure, result::text""",
                    OversightRuns::read, bureauId, kind, subject, employments, requestedBy, now).orElse(null);
        });
        if (started[0] == null) {
            return Sql.one(ds, SELECT + " where bureau_id = ? and kind = ? and subject = ? and status = 'RUNNING'",
                    OversightRuns::read, bureauId, kind, subject).orElseThrow();
        }
        Run run = started[0];
        worker.submit(() -> execute(run, work));
        return run;
    }

    private void execute(Run run, Work work) {
        int step = Math.max(1, run.employments() / 50);
        try {
            String result = QuarkusTransaction.requiringNew().timeout(900).call(() -> work.compute(visited -> {
                if (visited % step == 0) {
                    int percent = (int) Math.min(99, visited * 100L / Math.max(1, run.employments()));
                    QuarkusTransaction.requiringNew().run(() -> Sql.update(ds,
                            "update oversight_run set progress = ? where id = ? and status = 'RUNNING'", percent, run.id()));
                }
            }));
            QuarkusTransaction.requiringNew().run(() -> Sql.update(ds, """
                    update oversight_run set status = 'DONE', progress = 100, finished_at = ?, result = ?::jsonb
                    where id = ? and status = 'RUNNING'""", clock.now(), result, run.id()));
        } catch (Exception e) {
            LOG.errorf(e, "oversight run %d (%s %s) failed", run.id(), run.kind(), run.subject());
            String reason = String.valueOf(e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> Sql.update(ds, """
                    update oversight_run set status = 'FAILED', finished_at = ?, failure = ?
                    where id = ? and status = 'RUNNING'""", clock.now(),
                    reason.length() > 500 ? reason.substring(0, 500) : reason, run.id()));
        }
    }
}
