package org.anxue.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules the organisation model keeps before anything is stored. */
class OrganisationTests {

    private static final Bureau CITY = Bureau.root("331000", "台州市应急管理局", BureauLevel.CITY);
    private static final CreditCode CODE = CreditCode.parse("91331000148123453J");

    @Test
    void shouldPutCountyLevelBureausUnderACity() {
        Bureau district = CITY.child("331002", "椒江区应急管理局", BureauLevel.DISTRICT);
        Bureau zone = CITY.child("331000-TZW", "台州湾新区应急管理局", BureauLevel.ZONE);

        assertEquals(CITY, district.parent);
        assertEquals(CITY, zone.parent);
    }

    @Test
    void shouldRefuseACityUnderADistrictOrABureauUnderItsOwnLevel() {
        Bureau district = CITY.child("331002", "椒江区应急管理局", BureauLevel.DISTRICT);

        assertThrows(IllegalArgumentException.class, () -> district.child("331000", "台州市", BureauLevel.CITY));
        assertThrows(IllegalArgumentException.class, () -> district.child("331003", "黄岩区", BureauLevel.DISTRICT));
        assertThrows(IllegalArgumentException.class, () -> CITY.child("331100", "丽水市", BureauLevel.CITY));
    }

    @Test
    void shouldPutEveryCompanyOfAHighRiskIndustryInTheHighRiskTier() {
        for (Industry industry : Industry.values()) {
            RiskTier tier = RiskTier.defaultFor(industry);
            assertEquals(industry.highRisk(), tier == RiskTier.HIGH_RISK, industry.name());
            Company.register(CODE, "某公司", industry, tier, CITY, null);
        }
        assertThrows(IllegalArgumentException.class,
                () -> Company.register(CODE, "某矿", Industry.NON_COAL_MINE, RiskTier.GENERAL, CITY, null));
        assertThrows(IllegalArgumentException.class,
                () -> Company.register(CODE, "某厂", Industry.INDUSTRY_TRADE, RiskTier.HIGH_RISK, CITY, null));
        assertEquals(RiskTier.MAJOR, Company.register(CODE, "某厂", Industry.INDUSTRY_TRADE, RiskTier.MAJOR, CITY, null).riskTier);
    }

    @Test
    void shouldRegisterACompanyAsPendingUntilItsBureauApproves() {
        Company company = Company.register(CODE, "某公司", Industry.CHEMICAL, RiskTier.HIGH_RISK, CITY, "椒江区");
        assertEquals(ApprovalStatus.PENDING, company.approvalStatus);

        company.approve(7L, java.time.Instant.parse("2026-11-28T08:00:00Z"), "资料齐全");

        assertEquals(ApprovalStatus.APPROVED, company.approvalStatus);
        assertEquals(7L, company.approvedBy);
    }

    @Test
    void shouldNameTheOperationOfSpecialOperationPostsOnly() {
        Company company = Company.register(CODE, "某公司", Industry.CHEMICAL, RiskTier.HIGH_RISK, CITY, null);

        assertEquals(SpecialOperation.LOW_VOLTAGE_ELECTRICIAN,
                Post.of(company, "电工", PostKind.SPECIAL_OPERATION, SpecialOperation.LOW_VOLTAGE_ELECTRICIAN).operation);
        assertThrows(IllegalArgumentException.class, () -> Post.of(company, "电工", PostKind.SPECIAL_OPERATION, null));
        assertThrows(IllegalArgumentException.class,
                () -> Post.of(company, "总经理", PostKind.PRINCIPAL, SpecialOperation.WORK_AT_HEIGHT));
        assertTrue(PostKind.SAFETY_MANAGER.keyPosition());
        assertFalse(PostKind.GENERAL.keyPosition());
    }

    @Test
    void shouldReadSexAndBirthDateOfAPersonFromTheIdNumber() {
        Person person = Person.of(IdentityNumber.parse("33100319890322026x"), "蔡丽娟", " 13800000018 ");

        assertEquals("33100319890322026X", person.idNumber);
        assertEquals(Gender.FEMALE, person.gender);
        assertEquals(LocalDate.of(1989, 3, 22), person.birthDate);
        assertEquals("13800000018", person.phone);
    }

    @Test
    void shouldKeepThePostKindAnEmploymentStartedWith() {
        Company company = Company.register(CODE, "某公司", Industry.CHEMICAL, RiskTier.HIGH_RISK, CITY, null);
        Post welder = Post.of(company, "焊工", PostKind.SPECIAL_OPERATION, SpecialOperation.FUSION_WELDING);
        Person person = Person.of(IdentityNumber.parse("331002198503120036"), "王某", null);

        Employment employment = Employment.start(person, welder, Department.of(company, "生产部"), LocalDate.of(2020, 1, 1));
        welder.kind = PostKind.GENERAL;
        welder.operation = null;

        assertEquals(PostKind.SPECIAL_OPERATION, employment.postKind);
        assertEquals(SpecialOperation.FUSION_WELDING, employment.operation);
        assertEquals(company, employment.company);
    }

    @Test
    void shouldEndAnEmploymentOnceAndNeverBeforeItStarted() {
        Company company = Company.register(CODE, "某公司", Industry.CHEMICAL, RiskTier.HIGH_RISK, CITY, null);
        Post post = Post.of(company, "操作工", PostKind.GENERAL, null);
        Person person = Person.of(IdentityNumber.parse("331002198503120036"), "王某", null);
        Employment employment = Employment.start(person, post, null, LocalDate.of(2020, 1, 1));
        assertTrue(employment.isOpen());

        assertThrows(IllegalArgumentException.class, () -> employment.end(LocalDate.of(2019, 12, 31), "辞职"));
        employment.end(LocalDate.of(2024, 6, 30), "辞职");

        assertFalse(employment.isOpen());
        assertThrows(IllegalStateException.class, () -> employment.end(LocalDate.of(2024, 7, 1), "again"));
    }

    @Test
    void shouldRefuseADepartmentOfAnotherCompany() {
        Company one = Company.register(CODE, "甲公司", Industry.CHEMICAL, RiskTier.HIGH_RISK, CITY, null);
        Company other = Company.register(CreditCode.parse("91331003723456781H"), "乙公司", Industry.OTHER,
                RiskTier.GENERAL, CITY, null);
        Post post = Post.of(one, "操作工", PostKind.GENERAL, null);
        Person person = Person.of(IdentityNumber.parse("331002198503120036"), "王某", null);

        assertThrows(IllegalArgumentException.class,
                () -> Employment.start(person, post, Department.of(other, "生产部"), LocalDate.of(2020, 1, 1)));
        assertNull(Employment.start(person, post, null, LocalDate.of(2020, 1, 1)).department);
    }

    @Test
    void shouldFindEnumsByCodeOrChineseName() {
        assertEquals(Industry.FIREWORKS, Labelled.find(Industry.class, "烟花爆竹").orElseThrow());
        assertEquals(Industry.FIREWORKS, Labelled.find(Industry.class, "fireworks").orElseThrow());
        assertTrue(Labelled.find(Industry.class, "养殖业").isEmpty());
    }
}
