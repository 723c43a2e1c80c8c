package org.anxue.creditbank.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a bureau's credit-bank rules. Versions are never edited: a change is a new version with
 * its own effective date, and every entry and statement names the version it applied.
 *
 * @param ref                     the policy id and version
 * @param jurisdiction            the bureau that set it; it applies to that bureau's subtree unless a
 *                                bureau lower on the path has a policy of its own in force
 * @param effectiveFrom           the first day it applies
 * @param effectiveUntil          the first day it no longer applies, or {@code null} when open-ended
 * @param minutesPerHour          minutes of study per 学时 (45 by default ⚠)
 * @param onlineConversionRatio   online 学时 credited per 学时 studied (1.00 by default)
 * @param requirements            required hours, online share and exam per post × tier × training type
 * @param periodRules             how each training type's periods are cut
 * @param reviewCycleYears        years between special-operation certificate reviews (3)
 * @param certificateValidityYears years a special-operation certificate is valid (6)
 */
public record CreditPolicy(
        PolicyVersionRef ref,
        String jurisdiction,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        int minutesPerHour,
        BigDecimal onlineConversionRatio,
        Map<RequirementKey, Requirement> requirements,
        Map<TrainingType, PeriodRule> periodRules,
        int reviewCycleYears,
        int certificateValidityYears) {

    public CreditPolicy {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(onlineConversionRatio, "onlineConversionRatio");
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("a policy ends after it starts");
        }
        if (minutesPerHour <= 0) {
            throw new IllegalArgumentException("minutes per 学时 must be positive");
        }
        if (onlineConversionRatio.signum() < 0) {
            throw new IllegalArgumentException("the online conversion ratio cannot be negative");
        }
        if (reviewCycleYears <= 0 || certificateValidityYears < reviewCycleYears) {
            throw new IllegalArgumentException("a certificate is valid for at least one review cycle");
        }
        requirements = Map.copyOf(requirements);
        periodRules = Map.copyOf(periodRules);
        for (TrainingType type : TrainingType.values()) {
            if (!periodRules.containsKey(type)) {
                throw new IllegalArgumentException("no period rule for " + type);
            }
        }
    }

    /** A policy with the defaults of {@link DefaultRequirements}, open-ended from {@code effectiveFrom}. */
    public static CreditPolicy withDefaults(String policyId, int version, String jurisdiction, LocalDate effectiveFrom) {
        return new CreditPolicy(new PolicyVersionRef(policyId, version), jurisdiction, effectiveFrom, null,
                DefaultRequirements.MINUTES_PER_HOUR, new BigDecimal(DefaultRequirements.ONLINE_CONVERSION_RATIO),
                DefaultRequirements.requirements(), DefaultRequirements.periodRules(),
                DefaultRequirements.REVIEW_CYCLE_YEARS, DefaultRequirements.CERTIFICATE_VALIDITY_YEARS);
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    public Optional<Requirement> requirement(PostKind post, IndustryTier tier, TrainingType type) {
        return Optional.ofNullable(requirements.get(new RequirementKey(post, tier, type)));
    }

    public PeriodRule periodRule(TrainingType type) {
        return periodRules.get(type);
    }

    /** The online 学时 credited for study time that passed its course test. */
    public Hours creditForOnlineStudy(Hours rawHours) {
        return rawHours.times(onlineConversionRatio);
    }

    public CreditPolicy withEffectiveUntil(LocalDate until) {
        return new CreditPolicy(ref, jurisdiction, effectiveFrom, until, minutesPerHour, onlineConversionRatio,
                requirements, periodRules, reviewCycleYears, certificateValidityYears);
    }

    public CreditPolicy withMinutesPerHour(int minutes) {
        return new CreditPolicy(ref, jurisdiction, effectiveFrom, effectiveUntil, minutes, onlineConversionRatio,
                requirements, periodRules, reviewCycleYears, certificateValidityYears);
    }

    public CreditPolicy withOnlineConversionRatio(BigDecimal ratio) {
        return new CreditPolicy(ref, jurisdiction, effectiveFrom, effectiveUntil, minutesPerHour, ratio,
                requirements, periodRules, reviewCycleYears, certificateValidityYears);
    }

    public CreditPolicy withRequirement(RequirementKey key, Requirement requirement) {
        Map<RequirementKey, Requirement> changed = new HashMap<>(requirements);
        changed.put(key, requirement);
        return new CreditPolicy(ref, jurisdiction, effectiveFrom, effectiveUntil, minutesPerHour, onlineConversionRatio,
                changed, periodRules, reviewCycleYears, certificateValidityYears);
    }

    public CreditPolicy withPeriodRule(TrainingType type, PeriodRule rule) {
        Map<TrainingType, PeriodRule> changed = new EnumMap<>(periodRules);
        changed.put(type, rule);
        return new CreditPolicy(ref, jurisdiction, effectiveFrom, effectiveUntil, minutesPerHour, onlineConversionRatio,
                requirements, changed, reviewCycleYears, certificateValidityYears);
    }
}
