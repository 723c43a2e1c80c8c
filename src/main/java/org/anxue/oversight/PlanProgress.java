package org.anxue.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Progress against the year's plan targets by county/district: for the officer's city, one row per child
 * bureau (and one for companies directly under the city); for a district officer, their own bureau only.
 *
 * <p>A person counts as trained (人) in a row when they are currently employed at a company of that row's
 * subtree and the credit bank holds at least one standing (not reversed) online-completion or offline-class
 * entry of theirs that occurred in the year. Categories: 三项岗位人员 = principals, safety managers and
 * special-operation workers; 高危行业 = anyone at a HIGH_RISK company; 危险性较大企业负责人和安全管理人员 =
 * principals and safety managers at HIGH_RISK or MAJOR companies. 生产加工型小微企业 cannot be measured:
 * the org tables hold no company size (null).
 */
@ApplicationScoped
public class PlanProgress {

    public record Row(long bureauId, String bureauName, boolean cityDirect, int keyPositions, int highRiskUpgrading,
                      int majorHazardManagers, Integer smallMicroManufacturing) {
    }

    public record Progress(int year, PlanTargets.YearTargets targets, List<Row> rows, Row total) {
    }

    private final PlanTargets targets;
    private final DataSource ds;

    PlanProgress(PlanTargets targets, DataSource ds) {
        this.targets = targets;
        this.ds = ds;
    }

    public Progress of(Officer officer, Integer year) {
        int theYear = year == null ? targets.currentYear() : year;
        PlanTargets.YearTargets yearTargets = targets.get(officer, theYear);
        record Area(long id, String name, String path, boolean direct) {
        }
        List<Area> areas = new ArrayList<>();
        if ("CITY".equals(officer.level())) {
            areas.addAll(Sql.list(ds, "select id, name, path from bureau where parent_id = ? order by id",
                    r -> new Area(r.getLong(1), r.getString(2), r.getString(3), false), officer.bureauId()));
            areas.add(new Area(officer.bureauId(), officer.bureauName(), officer.path(), true));
        } else {
            areas.add(new Area(officer.bureauId(), officer.bureauName(), officer.path(), false));
        }
        LocalDate from = LocalDate.of(theYear, 1, 1);
        LocalDate until = LocalDate.of(theYear, 12, 31);
        List<Row> rows = new ArrayList<>();
        for (Area area : areas) {
            rows.add(Sql.one(ds, """
                    select count(distinct p.id) filter (where e.post_kind in ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION')),
                           count(distinct p.id) filter (where c.risk_tier = 'HIGH_RISK'),
                           count(distinct p.id) filter (where e.post_kind in ('PRINCIPAL', 'SAFETY_MANAGER')
                                                        and c.risk_tier in ('HIGH_RISK', 'MAJOR'))
                    from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id
                    join bureau b on b.id = c.bureau_id
                    where e.end_date is null and (case when ? then b.path = ? else b.path like ? || '%' end)
                      and exists (select 1 from credit_entry ce where ce.id_number = p.id_number
                                  and ce.kind in ('ONLINE_COURSE_COMPLETED', 'OFFLINE_CLASS_ATTENDED')
                                  and ce.occurred_on between ? and ?
                                  and not exists (select 1 from credit_entry r where r.id_number = ce.id_number
                                                  and r.kind = 'REVERSAL' and r.reversed_sequence = ce.sequence))""",
                    r -> new Row(area.id(), area.name(), area.direct(), r.getInt(1), r.getInt(2), r.getInt(3), null),
                    area.direct(), area.path(), area.path(), from, until).orElseThrow());
        }
        Row total = new Row(officer.bureauId(), officer.bureauName(), false,
                rows.stream().mapToInt(Row::keyPositions).sum(), rows.stream().mapToInt(Row::highRiskUpgrading).sum(),
                rows.stream().mapToInt(Row::majorHazardManagers).sum(), null);
        return new Progress(theYear, yearTargets, rows, total);
    }
}
