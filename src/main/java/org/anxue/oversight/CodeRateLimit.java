package org.anxue.oversight;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.anxue.web.AppException;

/**
 * Limits wrong spot-exam codes (and wrong name / ID digits) per client address: after
 * {@code anxue.oversight.code-attempts} failures in a window of {@code code-window}, the address gets
 * 429 until the window ends. Counted in PostgreSQL, so every replica sees the same count. With 31
 * symbols and 8 characters a code is one of 8.5 × 10^11; at 10 guesses per 10 minutes an address
 * would need millions of years to find one of a few hundred live codes, and then the person's name
 * and ID digits as well.
 */
@ApplicationScoped
public class CodeRateLimit {

    private final DataSource ds;
    private final OversightClock clock;
    private final OversightConfig config;

    CodeRateLimit(DataSource ds, OversightClock clock, OversightConfig config) {
        this.ds = ds;
        this.clock = clock;
        this.config = config;
    }

    /** 429 when {@code source} has used up its attempts in the current window. */
    public void check(String source) {
        Instant window = window();
        int failures = QuarkusTransaction.requiringNew().call(() -> Sql.one(ds,
                "select failures from spot_exam_code_failure where source = ? and window_start = ?",
                r -> r.getInt(1), key(source), window).orElse(0));
        if (failures >= config.codeAttempts()) {
            long minutes = Math.max(1, Duration.between(clock.now(), window.plus(config.codeWindow())).toMinutes() + 1);
            throw new AppException(Status.TOO_MANY_REQUESTS, "ovs:tooManyCodes", minutes);
        }
    }

    /** Counts one failure of {@code source}, in its own transaction (the request then fails). */
    public void fail(String source) {
        Instant window = window();
        QuarkusTransaction.requiringNew().run(() -> Sql.update(ds, """
                insert into spot_exam_code_failure (source, window_start, failures) values (?, ?, 1)
                on conflict (source, window_start) do update set failures = spot_exam_code_failure.failures + 1""",
                key(source), window));
    }

    private Instant window() {
        long size = config.codeWindow().toMillis();
        long now = clock.now().toEpochMilli();
        return Instant.ofEpochMilli(now - Math.floorMod(now, size));
    }

    private static String key(String source) {
        String s = source == null || source.isBlank() ? "unknown" : source;
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    /** Forgets windows older than a day. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldWindows() {
        Instant before = clock.now().minus(Duration.ofDays(1));
        QuarkusTransaction.requiringNew().run(() ->
                Sql.update(ds, "delete from spot_exam_code_failure where window_start < ?", before));
    }
}
