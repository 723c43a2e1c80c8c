package org.anxue.oversight;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.web.AppException;
import org.jboss.logging.Logger;

/**
 * The plan's yearly targets of a city bureau (people trained, 人次), set by the city's officers.
 * Each change is a new revision (who, when, a note); the highest revision is in force. Officers of
 * the districts below read their city's targets. Without any revision for a year, the plan's
 * defaults apply (revision 0).
 */
@ApplicationScoped
public class PlanTargets {

    private static final Logger LOG = Logger.getLogger(PlanTargets.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public record Targets(int keyPositions, int highRiskUpgrading, int majorHazardManagers, int smallMicroManufacturing) {
    }

    public record Revision(int revision, Targets targets, String note, String setByName, Instant setAt) {
    }

    /** The targets in force for a city and year, the history (newest first) and whether the caller may change them. */
    public record YearTargets(long bureauId, String bureauName, int year, Revision current, List<Revision> history,
                              boolean editable) {
    }

    private final DataSource ds;
    private final OversightConfig config;
    private final OversightClock clock;

    PlanTargets(DataSource ds, OversightConfig config, OversightClock clock) {
        this.ds = ds;
        this.config = config;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.ofInstant(clock.now(), CHINA).getYear();
    }

    @Transactional
    public YearTargets get(Officer officer, int year) {
        checkYear(year);
        record City(long id, String name) {
        }
        City city = Sql.one(ds, """
                select id, name from bureau where level = 'CITY' and ? like path || '%' order by length(path) desc limit 1""",
                r -> new City(r.getLong(1), r.getString(2)), officer.path())
                .orElseThrow(() -> new AppException(Status.NOT_FOUND, "ovs:noCity"));
        List<Revision> history = Sql.list(ds, """
                select revision, key_positions, high_risk_upgrading, major_hazard_managers, small_micro_manufacturing,
                       note, set_by_name, set_at from plan_target where bureau_id = ? and year = ? order by revision desc""",
                r -> new Revision(r.getInt(1), new Targets(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)),
                        r.getString(6), r.getString(7), Sql.instant(r, "set_at")), city.id(), year);
        Revision current = history.isEmpty() ? new Revision(0, defaults(), "", null, null) : history.get(0);
        return new YearTargets(city.id(), city.name(), year, current, history, city.id() == officer.bureauId());
    }

    /** A new revision for the caller's own city bureau; 403 for officers of any other level. */
    @Transactional
    public YearTargets set(Officer officer, int year, Targets targets, String note) {
        checkYear(year);
        if (!"CITY".equals(officer.level())) {
            throw new AppException(Status.FORBIDDEN, "ovs:onlyCitySets");
        }
        if (targets == null || targets.keyPositions() < 0 || targets.highRiskUpgrading() < 0
                || targets.majorHazardManagers() < 0 || targets.smallMicroManufacturing() < 0
                || targets.keyPositions() > 10_000_000 || targets.highRiskUpgrading() > 10_000_000
                || targets.majorHazardManagers() > 10_000_000 || targets.smallMicroManufacturing() > 10_000_000) {
            throw new AppException(Status.BAD_REQUEST, "ovs:badTarget");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 500) {
            throw new AppException(Status.BAD_REQUEST, "ovs:tooLong", 500);
        }
        // serialise revisions of one city and year
        Sql.one(ds, "select id from bureau where id = ? for update", r -> r.getLong(1), officer.bureauId());
        int next = Sql.one(ds, "select coalesce(max(revision), 0) + 1 from plan_target where bureau_id = ? and year = ?",
                r -> r.getInt(1), officer.bureauId(), year).orElse(1);
        Sql.update(ds, """
                insert into plan_target (bureau_id, year, revision, key_positions, high_risk_upgrading,
                                         major_hazard_managers, small_micro_manufacturing, note, set_by, set_by_name, set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                officer.bureauId(), year, next, targets.keyPositions(), targets.highRiskUpgrading(),
                targets.majorHazardManagers(), targets.smallMicroManufacturing(), text, officer.accountId(),
                officer.name(), clock.now());
        return get(officer, year);
    }

    public Targets defaults() {
        OversightConfig.PlanDefaults d = config.planDefaults();
        return new Targets(d.keyPositions(), d.highRiskUpgrading(), d.majorHazardManagers(), d.smallMicroManufacturing());
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new AppException(Status.BAD_REQUEST, "ovs:badYear");
        }
    }

    /**
     * At start (after the demo pack has loaded), records the plan's defaults as revision 1 of the
     * current year for every city bureau that has no targets yet, so the demo city starts with them.
     */
    void seed(@Observes @Priority(5000) StartupEvent event) {
        seedDefaults();
    }

    /** Records the plan's defaults for city bureaus without any targets; returns how many were seeded. */
    public int seedDefaults() {
        int year = currentYear();
        Targets d = defaults();
        int seeded = QuarkusTransaction.requiringNew().call(() -> Sql.update(ds, """
                insert into plan_target (bureau_id, year, revision, key_positions, high_risk_upgrading,
                                         major_hazard_managers, small_micro_manufacturing, note, set_by_name, set_at)
                select b.id, ?, 1, ?, ?, ?, ?, '2020 年安全生产培训考试工作计划的目标（默认值）', '安学（计划默认值）', ?
                  from bureau b where b.level = 'CITY'
                   and not exists (select 1 from plan_target t where t.bureau_id = b.id)""",
                year, d.keyPositions(), d.highRiskUpgrading(), d.majorHazardManagers(), d.smallMicroManufacturing(),
                clock.now()));
        if (seeded > 0) {
            LOG.infof("Plan targets: the plan's defaults recorded for %d city bureau(s), year %d", seeded, year);
        }
        return seeded;
    }
}
