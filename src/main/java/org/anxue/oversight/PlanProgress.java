package org.anxue.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Progress against the year's plan targets in the officer's subtree, broken down by county/district (for a
 * city officer one row per child bureau and one for companies directly under the city; for a district
 * officer their own bureau only), by industry and by company (the top {@link #COMPANY_LIMIT} by people
 * trained, with the number of companies that have anyone trained), and the totals as a share of the targets.
 *
 * <p>A person counts as trained (人) in a row when they are currently employed at a company of that row and
 * the credit bank holds at least one standing (not reversed) online-completion or offline-class entry of
 * theirs that occurred in the year. Categories: 三项岗位人员 = principals, safety managers and
 * special-operation workers; 高危行业 = anyone at a HIGH_RISK company; 危险性较大企业负责人和安全管理人员 =
 * principals and safety managers at HIGH_RISK or MAJOR companies; 生产加工型小微企业 = anyone at a
 * production/processing company whose recorded scale is SMALL or MICRO. Companies without a recorded scale
 * are not counted in the last category: {@code companiesWithoutScale} says how many there are in the
 * subtree, so the figure reads as a lower bound.
 *
 * <p>Every row counts distinct people (someone employed at two companies of one row counts once there); the
 * total counts distinct people of the whole subtree. All of it is one pass over the subtree's current
 * employments of trained people, grouped by district, industry, company and overall.
 */
@ApplicationScoped
public class PlanProgress {

    /** Companies listed in {@code byCompany}, most people trained first. */
    public static final int COMPANY_LIMIT = 50;

    /** People trained per category in one district (the figures of an area row). */
    public record Row(long bureauId, String bureauName, boolean cityDirect, int keyPositions, int highRiskUpgrading,
                      int majorHazardManagers, Integer smallMicroManufacturing, int trained) {
    }

    /** People trained per category at companies of one industry of the subtree. */
    public record IndustryRow(String industry, int companies, int keyPositions, int highRiskUpgrading,
                              int majorHazardManagers, int smallMicroManufacturing, int trained) {
    }

    /**
     * People trained per category at one company, with what decides its categories: risk tier, scale
     * (null: not recorded) and whether it is a production/processing enterprise.
     */
    public record CompanyRow(long companyId, String name, String industry, String riskTier, String scale,
                             boolean productionProcessing, String bureauName, int keyPositions, int highRiskUpgrading,
                             int majorHazardManagers, int smallMicroManufacturing, int trained) {
    }

    /**
     * A category's total against its target: the share in percent (two decimals, as targets run to 100,000
     * people; null when the target is 0).
     */
    public record Share(String category, int trained, int target, BigDecimal percent) {
        static Share of(String category, int trained, int target) {
            return new Share(category, trained, target, target <= 0 ? null
                    : BigDecimal.valueOf(trained * 100L).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP));
        }

        /** The share as shown: "12.50%", or "–" without a target. */
        public String shown() {
            return percent == null ? "–" : percent.toPlainString() + "%";
        }
    }

    /**
     * @param companiesWithAnyTrained how many companies have anyone trained (byCompany holds the first
     *                                {@link #COMPANY_LIMIT} of them)
     * @param companies               companies in the subtree
     * @param companiesWithoutScale   companies in the subtree whose scale is not recorded
     * @param smallMicroManufacturers production/processing companies of the subtree with scale SMALL or MICRO
     */
    public record Progress(int year, PlanTargets.YearTargets targets, List<Row> rows, Row total,
                           List<Share> shares, List<IndustryRow> byIndustry, List<CompanyRow> byCompany,
                           int companiesWithAnyTrained, int companyLimit, int companies, int companiesWithoutScale,
                           int smallMicroManufacturers) {
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
        try (Connection c = ds.getConnection()) {
            return compute(c, officer, theYear, yearTargets);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The officer's progress in {@code year} against {@code yearTargets}, read on {@code c} (also the benchmark's entry). */
    static Progress compute(Connection c, Officer officer, int theYear, PlanTargets.YearTargets yearTargets) throws SQLException {
        boolean city = "CITY".equals(officer.level());
        record Area(long id, String name, boolean direct) {
        }
        List<Area> areas = new ArrayList<>();
        if (city) {
            Sql.each(c, "select id, name from bureau where parent_id = ? order by id",
                    r -> areas.add(new Area(r.getLong(1), r.getString(2), false)), officer.bureauId());
            areas.add(new Area(officer.bureauId(), officer.bureauName(), true));
        } else {
            areas.add(new Area(officer.bureauId(), officer.bureauName(), false));
        }
        LocalDate from = LocalDate.of(theYear, 1, 1);
        LocalDate until = LocalDate.of(theYear, 12, 31);
        String path = officer.path();

        // one pass, grouped four ways: 0 = district (area: for a city officer the child bureau's id, the city's
        // own id for companies directly under it; for anyone else their own bureau), 1 = industry, 2 = company,
        // 3 = the whole subtree
        record Counts(int keyPositions, int highRiskUpgrading, int majorHazardManagers, int smallMicro, int trained,
                      int companies) {
        }
        Map<Long, Counts> byArea = new HashMap<>();
        Map<String, Counts> byIndustry = new HashMap<>();
        Map<Long, Counts> byCompany = new HashMap<>();
        Counts[] overall = {new Counts(0, 0, 0, 0, 0, 0)};
        Sql.each(c, """
                    with trained as (
                        select e.person_id, e.post_kind, c.id as company_id, c.industry, c.risk_tier,
                               (c.production_processing and c.scale in ('SMALL', 'MICRO')) as small_micro,
                               case when not ? or b.path = ? then ?
                                    else cast(split_part(substr(b.path, length(?) + 1), '/', 1) as bigint) end as area_id
                        from employment e join person p on p.id = e.person_id join company c on c.id = e.company_id
                        join bureau b on b.id = c.bureau_id
                        where e.end_date is null and b.path like ? || '%'
                          and exists (select 1 from credit_entry ce where ce.id_number = p.id_number
                                      and ce.kind in ('ONLINE_COURSE_COMPLETED', 'OFFLINE_CLASS_ATTENDED')
                                      and ce.occurred_on between ? and ?
                                      and not exists (select 1 from credit_entry r where r.id_number = ce.id_number
                                                      and r.kind = 'REVERSAL' and r.reversed_sequence = ce.sequence)))
                    select case when grouping(area_id) = 0 then 0 when grouping(industry) = 0 then 1
                                when grouping(company_id) = 0 then 2 else 3 end as grouped,
                           area_id, industry, company_id,
                           count(distinct person_id) filter (where post_kind in ('PRINCIPAL', 'SAFETY_MANAGER', 'SPECIAL_OPERATION')),
                           count(distinct person_id) filter (where risk_tier = 'HIGH_RISK'),
                           count(distinct person_id) filter (where post_kind in ('PRINCIPAL', 'SAFETY_MANAGER')
                                                             and risk_tier in ('HIGH_RISK', 'MAJOR')),
                           count(distinct person_id) filter (where small_micro),
                           count(distinct person_id),
                           count(distinct company_id)
                    from trained
                    group by grouping sets ((area_id), (industry), (company_id), ())""",
                    r -> {
                        Counts n = new Counts(r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10));
                        switch (r.getInt(1)) {
                            case 0 -> byArea.put(r.getLong(2), n);
                            case 1 -> byIndustry.put(r.getString(3), n);
                            case 2 -> byCompany.put(r.getLong(4), n);
                            default -> overall[0] = n;
                        }
                }, city, path, officer.bureauId(), path, path, from, until);

        Counts none = new Counts(0, 0, 0, 0, 0, 0);
        List<Row> rows = new ArrayList<>();
        for (Area area : areas) {
            Counts n = byArea.getOrDefault(area.id(), none);
            rows.add(new Row(area.id(), area.name(), area.direct(), n.keyPositions(), n.highRiskUpgrading(),
                    n.majorHazardManagers(), n.smallMicro(), n.trained()));
        }
        Counts all = overall[0];
        Row total = new Row(officer.bureauId(), officer.bureauName(), false, all.keyPositions(), all.highRiskUpgrading(),
                all.majorHazardManagers(), all.smallMicro(), all.trained());
        PlanTargets.Targets t = yearTargets.current().targets();
        List<Share> shares = List.of(
                Share.of("keyPositions", all.keyPositions(), t.keyPositions()),
                Share.of("highRiskUpgrading", all.highRiskUpgrading(), t.highRiskUpgrading()),
                Share.of("majorHazardManagers", all.majorHazardManagers(), t.majorHazardManagers()),
                Share.of("smallMicroManufacturing", all.smallMicro(), t.smallMicroManufacturing()));

        List<IndustryRow> industries = new ArrayList<>();
        byIndustry.forEach((industry, n) -> industries.add(new IndustryRow(industry, n.companies(), n.keyPositions(),
                n.highRiskUpgrading(), n.majorHazardManagers(), n.smallMicro(), n.trained())));
        industries.sort(Comparator.comparingInt(IndustryRow::trained).reversed().thenComparing(IndustryRow::industry));

        List<Map.Entry<Long, Counts>> top = new ArrayList<>(byCompany.entrySet());
        top.sort(Comparator.comparingInt((Map.Entry<Long, Counts> e) -> e.getValue().trained()).reversed()
                .thenComparing(Map.Entry::getKey));
        List<CompanyRow> companies = companyRows(c, top.subList(0, Math.min(COMPANY_LIMIT, top.size())).stream()
                .map(e -> Map.entry(e.getKey(), new int[] {e.getValue().keyPositions(), e.getValue().highRiskUpgrading(),
                        e.getValue().majorHazardManagers(), e.getValue().smallMicro(), e.getValue().trained()}))
                .toList());

        int[] companyCounts = new int[3];
        Sql.each(c, """
                select count(*), count(*) filter (where c.scale is null),
                       count(*) filter (where c.production_processing and c.scale in ('SMALL', 'MICRO'))
                from company c join bureau b on b.id = c.bureau_id where b.path like ? || '%'""",
                r -> {
                    companyCounts[0] = r.getInt(1);
                    companyCounts[1] = r.getInt(2);
                    companyCounts[2] = r.getInt(3);
                }, path);
        return new Progress(theYear, yearTargets, rows, total, shares, industries, companies, byCompany.size(),
                COMPANY_LIMIT, companyCounts[0], companyCounts[1], companyCounts[2]);
    }

    /** The listed companies' facts, in the order given. */
    private static List<CompanyRow> companyRows(Connection c, List<Map.Entry<Long, int[]>> counts) throws SQLException {
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, CompanyRow> facts = new HashMap<>();
        Long[] ids = counts.stream().map(Map.Entry::getKey).toArray(Long[]::new);
        Map<Long, int[]> byId = new HashMap<>();
        counts.forEach(e -> byId.put(e.getKey(), e.getValue()));
        try (var s = c.prepareStatement("""
                select c.id, c.name, c.industry, c.risk_tier, c.scale, c.production_processing, b.name
                from company c join bureau b on b.id = c.bureau_id where c.id = any (?)""")) {
            s.setArray(1, c.createArrayOf("bigint", ids));
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    int[] n = byId.get(r.getLong(1));
                    facts.put(r.getLong(1), new CompanyRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getBoolean(6), r.getString(7), n[0], n[1], n[2], n[3], n[4]));
                }
            }
        }
        return counts.stream().map(e -> facts.get(e.getKey())).toList();
    }
}
