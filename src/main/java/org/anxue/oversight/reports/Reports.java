package org.anxue.oversight.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.util.function.IntConsumer;
import org.anxue.oversight.OversightConfig;
import org.anxue.oversight.OversightRuns;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.creditbank.CreditBank;
import org.anxue.oversight.Officer;
import org.anxue.web.AppException;
import org.jboss.logging.Logger;

/**
 * Issued reports: generate (a snapshot of {@link ReportFigures} stored as the next version of its period),
 * list and read them within an officer's subtree, and the monthly job that issues last month's report for
 * every city bureau.
 */
@ApplicationScoped
public class Reports {

    /** Who the scheduled job records as the author. */
    public static final String SCHEDULER = "安学（定时生成）";

    private static final Logger LOG = Logger.getLogger(Reports.class);

    /** A stored report without its figures (for lists). */
    public record Summary(long id, long bureauId, String bureauName, String kind, String period, String periodFrom,
                          String periodUntil, int version, Instant generatedAt, String generatedBy,
                          boolean scheduled) {
    }

    /** A stored report with the figures as issued. */
    public record Report(Summary summary, Figures figures) {
    }

    /** What generating answers: the report, or (for a large subtree) the background run issuing it. */
    public record Generated(Report report, OversightRuns.Run run) {
    }

    private final ReportFigures compute;
    private final CreditBank bank;
    private final OversightRuns runs;
    private final OversightConfig config;
    private final DataSource ds;
    private final ObjectMapper json = new ObjectMapper();

    Reports(ReportFigures compute, CreditBank bank, OversightRuns runs, OversightConfig config, DataSource ds) {
        this.compute = compute;
        this.bank = bank;
        this.runs = runs;
        this.config = config;
        this.ds = ds;
    }

    public LocalDate today() {
        return bank.today();
    }

    /**
     * Generates a new version of the officer's bureau's report for the period (text {@code 2026-10} / {@code 2026-Q3}):
     * within the request, or for a subtree above {@code anxue.oversight.background-above} open employments in the
     * background with progress ({@link OversightRuns}, kind REPORT, subject = the period; its result is the report id).
     */
    public Generated generate(Officer officer, String period) {
        return generate(officer, period, config.backgroundAbove());
    }

    /** {@link #generate(Officer, String)} with the threshold given rather than configured. */
    public Generated generate(Officer officer, String period, int backgroundAbove) {
        Period p = Period.parse(period, today());
        String by = officer.name();
        ReportFigures.Bureau bureau = new ReportFigures.Bureau(officer.bureauId(), officer.bureauName(), officer.path());
        int employments = employments(officer.path());
        if (employments <= backgroundAbove) {
            return new Generated(read(issue(bureau, p, by, false)), null);
        }
        return new Generated(null, runs.start(officer.bureauId(), OversightRuns.Kind.REPORT, p.label(), employments, by,
                progress -> Long.toString(issueInTransaction(bureau, p, by, false, progress))));
    }

    /** The officer's bureau's report runs still going, oldest first. */
    public List<OversightRuns.Run> running(Officer officer) {
        return runs.running(officer.bureauId(), OversightRuns.Kind.REPORT);
    }

    /** One of the officer's bureau's report runs (404 for anyone else's). */
    public OversightRuns.Run run(Officer officer, long id) {
        return runs.get(officer.bureauId(), id).filter(r -> OversightRuns.Kind.REPORT.name().equals(r.kind()))
                .orElseThrow(AppException::notFound);
    }

    private int employments(String path) {
        int[] n = {0};
        try (Connection c = ds.getConnection()) {
            ReportFigures.query(c, """
                    select count(*) from employment e join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                    where e.end_date is null and b.path like ? || '%'""", r -> n[0] = r.getInt(1), path);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return n[0];
    }

    /**
     * Issues the next version of the bureau's report for the period. A transaction-scoped advisory lock per
     * bureau keeps two generations from taking the same version number.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    long issue(ReportFigures.Bureau bureau, Period period, String by, boolean scheduled) {
        return issueInTransaction(bureau, period, by, scheduled, visited -> { });
    }

    private long issueInTransaction(ReportFigures.Bureau bureau, Period period, String by, boolean scheduled,
                                    IntConsumer progress) {
        Figures figures = compute.compute(bureau, period, progress);
        String text;
        try {
            text = json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = ds.getConnection()) {
            ReportFigures.query(c, "select pg_advisory_xact_lock(7314, ?::int)", r -> { }, (int) bureau.id());
            int[] version = {1};
            ReportFigures.query(c, "select coalesce(max(version), 0) + 1 from oversight_report where bureau_id = ? and kind = ? and period_from = ?",
                    r -> version[0] = r.getInt(1), bureau.id(), period.kind(), period.from());
            long[] id = {0};
            ReportFigures.query(c, """
                    insert into oversight_report (bureau_id, kind, period_from, period_until, version, generated_at, generated_by,
                        scheduled, figures) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id""",
                    r -> id[0] = r.getLong(1), bureau.id(), period.kind(), period.from(), period.until(), version[0],
                    Timestamp.from(Instant.now(bank.clock())), by, scheduled, text);
            return id[0];
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the report", e);
        }
    }

    /** The reports of the officer's subtree, newest period first, every version listed. */
    public List<Summary> list(Officer officer) {
        List<Summary> out = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            ReportFigures.query(c, SELECT + " where b.path like ? || '%' order by r.period_from desc, r.kind, b.path, r.version desc",
                    r -> out.add(summary(r)), officer.path());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** One report of the officer's subtree; 404 for any other (a sibling's included). */
    public Report get(Officer officer, long id) {
        Report report = read(id);
        if (report == null || !officer.covers(pathOf(report.summary().bureauId()))) {
            throw AppException.notFound();
        }
        return report;
    }

    private static final String SELECT = """
            select r.id, r.bureau_id, b.name, r.kind, r.period_from, r.period_until, r.version, r.generated_at,
                   r.generated_by, r.scheduled, r.figures::text
            from oversight_report r join bureau b on b.id = r.bureau_id""";

    private Summary summary(java.sql.ResultSet r) throws SQLException {
        LocalDate from = r.getObject(5, LocalDate.class);
        String kind = r.getString(4);
        Period p = new Period(kind, from, r.getObject(6, LocalDate.class));
        return new Summary(r.getLong(1), r.getLong(2), r.getString(3), kind, p.label(), from.toString(),
                p.until().toString(), r.getInt(7), r.getTimestamp(8).toInstant(), r.getString(9), r.getBoolean(10));
    }

    Report read(long id) {
        Report[] out = {null};
        try (Connection c = ds.getConnection()) {
            ReportFigures.query(c, SELECT + " where r.id = ?", r -> {
                try {
                    out[0] = new Report(summary(r), json.readValue(r.getString(11), Figures.class));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out[0];
    }

    private String pathOf(long bureauId) {
        String[] path = {null};
        try (Connection c = ds.getConnection()) {
            ReportFigures.query(c, "select path from bureau where id = ?", r -> path[0] = r.getString(1), bureauId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return path[0];
    }

    /** On the 1st of each month at 02:00 (Beijing time): last month's report for every city bureau. */
    @Scheduled(cron = "${anxue.oversight.reports.monthly-cron:0 0 2 1 * ?}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void monthly() {
        issueLastMonth();
    }

    /** On the 1st of January, April, July and October at 03:00 (Beijing time): last quarter's bulletin for every city. */
    @Scheduled(cron = "${anxue.oversight.reports.quarterly-cron:0 0 3 1 1,4,7,10 ?}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void quarterly() {
        issueLastQuarter();
    }

    /** Issues last month's report for every city bureau that has none for that month yet (idempotent); how many. */
    public int issueLastMonth() {
        return issueForEveryCity(Period.month(YearMonth.from(today()).minusMonths(1)));
    }

    /** Issues last quarter's bulletin (季度通报) for every city bureau that has none for it yet (idempotent); how many. */
    public int issueLastQuarter() {
        YearMonth inLastQuarter = YearMonth.from(today()).minusMonths(3);
        return issueForEveryCity(Period.quarter(inLastQuarter.getYear(), (inLastQuarter.getMonthValue() - 1) / 3 + 1));
    }

    private int issueForEveryCity(Period period) {
        List<ReportFigures.Bureau> cities = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            ReportFigures.query(c, """
                    select b.id, b.name, b.path from bureau b where b.level = 'CITY' and not exists (
                        select 1 from oversight_report r where r.bureau_id = b.id and r.kind = ? and r.period_from = ?)
                    order by b.id""",
                    r -> cities.add(new ReportFigures.Bureau(r.getLong(1), r.getString(2), r.getString(3))),
                    period.kind(), period.from());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int issued = 0;
        for (ReportFigures.Bureau city : cities) {
            try {
                self().issueOnce(city, period);
                issued++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "could not issue the %s report of bureau %d", period.label(), city.id());
            }
        }
        return issued;
    }

    /** Issues the scheduled report unless a version exists (checked again under the bureau's lock). */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    void issueOnce(ReportFigures.Bureau city, Period period) {
        boolean[] exists = {false};
        try (Connection c = ds.getConnection()) {
            ReportFigures.query(c, "select pg_advisory_xact_lock(7314, ?::int)", r -> { }, (int) city.id());
            ReportFigures.query(c, "select 1 from oversight_report where bureau_id = ? and kind = ? and period_from = ?",
                    r -> exists[0] = true, city.id(), period.kind(), period.from());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!exists[0]) {
            issueInTransaction(city, period, SCHEDULER, true, visited -> { });
        }
    }

    private Reports self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(Reports.class).get();
    }
}
