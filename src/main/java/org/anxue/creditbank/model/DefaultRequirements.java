package org.anxue.creditbank.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures a new policy starts from, taken from DOMAIN.md ("Required training hours"). A bureau
 * changes any of them by publishing a new policy version; nothing here is fixed in the code paths.
 *
 * <table>
 * <caption>Required 学时 and the online share (the share is a bureau decision, ⚠ everywhere)</caption>
 * <tr><th>post</th><th>tier</th><th>type</th><th>hours</th><th>online share</th></tr>
 * <tr><td>主要负责人, 安全生产管理人员</td><td>GENERAL</td><td>INITIAL</td><td>32</td><td>0.3 ⚠</td></tr>
 * <tr><td>主要负责人, 安全生产管理人员</td><td>GENERAL</td><td>REFRESHER</td><td>12</td><td>0.5 ⚠</td></tr>
 * <tr><td>主要负责人, 安全生产管理人员</td><td>HIGH_RISK</td><td>INITIAL</td><td>48</td><td>0.3 ⚠</td></tr>
 * <tr><td>主要负责人, 安全生产管理人员</td><td>HIGH_RISK</td><td>REFRESHER</td><td>16</td><td>0.5 ⚠</td></tr>
 * <tr><td>一般从业人员 (new employee)</td><td>GENERAL</td><td>PRE_JOB</td><td>24</td><td>0.3 ⚠</td></tr>
 * <tr><td>一般从业人员</td><td>GENERAL</td><td>ROUTINE</td><td>4 ⚠ (province-set)</td><td>0.5 ⚠</td></tr>
 * <tr><td>一般从业人员 (new employee)</td><td>HIGH_RISK</td><td>PRE_JOB</td><td>72</td><td>0.3 ⚠</td></tr>
 * <tr><td>一般从业人员</td><td>HIGH_RISK</td><td>ROUTINE</td><td>20</td><td>0.5 ⚠</td></tr>
 * <tr><td>特种作业人员</td><td>any</td><td>REVIEW</td><td>8 and a passed exam</td><td>0.5 ⚠</td></tr>
 * </table>
 *
 * <p>The initial training of special-operation workers follows the outline (大纲) of each operation and has
 * no default: a bureau that wants statements for it sets the hours in its policy. The online share is
 * lower for initial and pre-job training (0.3) than for refreshers (0.5) because the seed wants theory
 * refreshers mainly online and practical training offline ("防止过度虚拟化"); both are defaults only.
 *
 * <p>Other defaults: one 学时 = 45 minutes ⚠; online hours convert 1 : 1; refresher, routine, initial and
 * pre-job requirements run per calendar year (initial and pre-job ⚠: a bureau may prefer a window from
 * the start of the post); certificate reviews run in 3-year cycles; certificates are valid 6 years.
 */
public final class DefaultRequirements {

    public static final int MINUTES_PER_HOUR = 45;
    public static final String ONLINE_CONVERSION_RATIO = "1.00";
    public static final int REVIEW_CYCLE_YEARS = 3;
    public static final int CERTIFICATE_VALIDITY_YEARS = 6;

    private static final String INITIAL_SHARE = "0.30";
    private static final String REFRESHER_SHARE = "0.50";

    private DefaultRequirements() {
    }

    public static Map<RequirementKey, Requirement> requirements() {
        Map<RequirementKey, Requirement> table = new LinkedHashMap<>();
        for (PostKind manager : new PostKind[] {PostKind.PRINCIPAL, PostKind.SAFETY_MANAGER}) {
            table.put(new RequirementKey(manager, IndustryTier.GENERAL, TrainingType.INITIAL), Requirement.of(32, INITIAL_SHARE));
            table.put(new RequirementKey(manager, IndustryTier.GENERAL, TrainingType.REFRESHER), Requirement.of(12, REFRESHER_SHARE));
            table.put(new RequirementKey(manager, IndustryTier.HIGH_RISK, TrainingType.INITIAL), Requirement.of(48, INITIAL_SHARE));
            table.put(new RequirementKey(manager, IndustryTier.HIGH_RISK, TrainingType.REFRESHER), Requirement.of(16, REFRESHER_SHARE));
        }
        table.put(new RequirementKey(PostKind.GENERAL_WORKER, IndustryTier.GENERAL, TrainingType.PRE_JOB), Requirement.of(24, INITIAL_SHARE));
        table.put(new RequirementKey(PostKind.GENERAL_WORKER, IndustryTier.GENERAL, TrainingType.ROUTINE), Requirement.of(4, REFRESHER_SHARE));
        table.put(new RequirementKey(PostKind.GENERAL_WORKER, IndustryTier.HIGH_RISK, TrainingType.PRE_JOB), Requirement.of(72, INITIAL_SHARE));
        table.put(new RequirementKey(PostKind.GENERAL_WORKER, IndustryTier.HIGH_RISK, TrainingType.ROUTINE), Requirement.of(20, REFRESHER_SHARE));
        for (IndustryTier tier : IndustryTier.values()) {
            table.put(new RequirementKey(PostKind.SPECIAL_OPERATION_WORKER, tier, TrainingType.REVIEW),
                    Requirement.of(8, REFRESHER_SHARE).withExam());
        }
        return table;
    }

    public static Map<TrainingType, PeriodRule> periodRules() {
        Map<TrainingType, PeriodRule> rules = new EnumMap<>(TrainingType.class);
        rules.put(TrainingType.INITIAL, PeriodRule.CALENDAR_YEAR);
        rules.put(TrainingType.REFRESHER, PeriodRule.CALENDAR_YEAR);
        rules.put(TrainingType.PRE_JOB, PeriodRule.CALENDAR_YEAR);
        rules.put(TrainingType.ROUTINE, PeriodRule.CALENDAR_YEAR);
        rules.put(TrainingType.REVIEW, PeriodRule.CERTIFICATE_REVIEW_CYCLE);
        return rules;
    }
}
