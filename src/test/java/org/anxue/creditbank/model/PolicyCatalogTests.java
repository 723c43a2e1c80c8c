package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.CITY;
import static org.anxue.creditbank.model.CreditBank.COUNTY_A;
import static org.anxue.creditbank.model.CreditBank.IN_COUNTY_A;
import static org.anxue.creditbank.model.CreditBank.IN_COUNTY_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyCatalogTests {

    private final CreditPolicy city = CreditBank.cityDefaults();
    private final CreditPolicy countyA = CreditPolicy.withDefaults("county-a-policy", 1, COUNTY_A, LocalDate.of(2026, 1, 1))
            .withMinutesPerHour(50);

    @Test
    void shouldUseTheCountyPolicyInsteadOfTheCitysWhereTheCountyHasOne() {
        PolicyCatalog catalog = PolicyCatalog.of(city, countyA);

        assertThat(catalog.inForce(IN_COUNTY_A, LocalDate.of(2026, 5, 1))).contains(countyA);
    }

    @Test
    void shouldUseTheCityPolicyInACountyWithoutItsOwn() {
        PolicyCatalog catalog = PolicyCatalog.of(city, countyA);

        assertThat(catalog.inForce(IN_COUNTY_B, LocalDate.of(2026, 5, 1))).contains(city);
        assertThat(catalog.inForce(BureauPath.of(CITY), LocalDate.of(2026, 5, 1))).contains(city);
    }

    @Test
    void shouldUseTheCityPolicyInACountyBeforeTheCountysOwnTakesEffect() {
        PolicyCatalog catalog = PolicyCatalog.of(city, countyA);

        assertThat(catalog.inForce(IN_COUNTY_A, LocalDate.of(2025, 12, 31))).contains(city);
    }

    @Test
    void shouldApplyANewVersionOnlyFromItsEffectiveDate() {
        CreditPolicy version2 = CreditPolicy.withDefaults("city-policy", 2, CITY, LocalDate.of(2026, 7, 1));
        PolicyCatalog catalog = PolicyCatalog.of(city, version2);

        assertThat(catalog.inForce(IN_COUNTY_B, LocalDate.of(2026, 6, 30))).contains(city);
        assertThat(catalog.inForce(IN_COUNTY_B, LocalDate.of(2026, 7, 1))).contains(version2);
    }

    @Test
    void shouldApplyAVersionOnlyUntilItsEnd() {
        PolicyCatalog catalog = PolicyCatalog.of(city.withEffectiveUntil(LocalDate.of(2027, 1, 1)));

        assertThat(catalog.inForce(IN_COUNTY_B, LocalDate.of(2026, 12, 31))).isPresent();
        assertThat(catalog.inForce(IN_COUNTY_B, LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void shouldFindNoPolicyBeforeTheFirstOneTakesEffect() {
        assertThat(PolicyCatalog.of(city).inForce(IN_COUNTY_A, LocalDate.of(2019, 12, 31))).isEmpty();
    }

    @Test
    void shouldRefuseTwoPoliciesOfOneBureauStartingOnTheSameDay() {
        CreditPolicy rival = CreditPolicy.withDefaults("other-policy", 1, CITY, city.effectiveFrom());

        assertThatThrownBy(() -> PolicyCatalog.of(city, rival)).hasMessageContaining("two policies starting on");
    }

    @Test
    void shouldRefuseTheSameVersionTwice() {
        CreditPolicy again = CreditPolicy.withDefaults("city-policy", 1, COUNTY_A, LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> PolicyCatalog.of(city, again)).hasMessageContaining("appears twice");
    }

    @Test
    void shouldStartFromTheFiguresOfTheDomainRules() {
        assertThat(city.minutesPerHour()).isEqualTo(45);
        assertThat(city.onlineConversionRatio()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(required(PostKind.PRINCIPAL, IndustryTier.GENERAL, TrainingType.INITIAL)).isEqualTo(Hours.of(32));
        assertThat(required(PostKind.SAFETY_MANAGER, IndustryTier.GENERAL, TrainingType.REFRESHER)).isEqualTo(Hours.of(12));
        assertThat(required(PostKind.PRINCIPAL, IndustryTier.HIGH_RISK, TrainingType.INITIAL)).isEqualTo(Hours.of(48));
        assertThat(required(PostKind.SAFETY_MANAGER, IndustryTier.HIGH_RISK, TrainingType.REFRESHER)).isEqualTo(Hours.of(16));
        assertThat(required(PostKind.GENERAL_WORKER, IndustryTier.GENERAL, TrainingType.PRE_JOB)).isEqualTo(Hours.of(24));
        assertThat(required(PostKind.GENERAL_WORKER, IndustryTier.HIGH_RISK, TrainingType.PRE_JOB)).isEqualTo(Hours.of(72));
        assertThat(required(PostKind.GENERAL_WORKER, IndustryTier.HIGH_RISK, TrainingType.ROUTINE)).isEqualTo(Hours.of(20));
        Requirement review = city.requirement(PostKind.SPECIAL_OPERATION_WORKER, IndustryTier.HIGH_RISK, TrainingType.REVIEW).orElseThrow();
        assertThat(review.requiredHours()).isEqualTo(Hours.of(8));
        assertThat(review.examRequired()).isTrue();
        assertThat(city.periodRule(TrainingType.REVIEW)).isEqualTo(PeriodRule.CERTIFICATE_REVIEW_CYCLE);
        assertThat(city.periodRule(TrainingType.REFRESHER)).isEqualTo(PeriodRule.CALENDAR_YEAR);
        assertThat(city.reviewCycleYears()).isEqualTo(3);
        assertThat(city.certificateValidityYears()).isEqualTo(6);
    }

    @Test
    void shouldSetNoDefaultForTheInitialTrainingOfSpecialOperations() {
        assertThat(city.requirement(PostKind.SPECIAL_OPERATION_WORKER, IndustryTier.GENERAL, TrainingType.INITIAL)).isEmpty();
    }

    @Test
    void shouldCapOnlineHoursAtTheShareOfTheRequiredHours() {
        Requirement refresher = city.requirement(PostKind.PRINCIPAL, IndustryTier.GENERAL, TrainingType.REFRESHER).orElseThrow();

        assertThat(refresher.onlineShare()).isEqualByComparingTo("0.5");
        assertThat(refresher.onlineCap()).isEqualTo(Hours.of(6));
        assertThat(Requirement.of(7, "0.333").onlineCap()).isEqualTo(Hours.of("2.33"));
    }

    private Hours required(PostKind post, IndustryTier tier, TrainingType type) {
        return city.requirement(post, tier, type).orElseThrow().requiredHours();
    }
}
