package org.anxue.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxue.org.Bureau;
import org.anxue.org.Company;
import org.anxue.org.Industry;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.Role;
import org.junit.jupiter.api.Test;

/** Reading and checking packs, without a database. */
class ContentPackReaderTests {

    private static ContentPack read(String classpathFolder) {
        return new ContentPackReader(password -> "hashed:" + password).read(PackSource.classpath(classpathFolder));
    }

    private static List<String> problemsOf(String classpathFolder) {
        ContentPackException e = assertThrows(ContentPackException.class, () -> read(classpathFolder));
        return e.problems().stream().map(ContentPackException.Problem::toString).toList();
    }

    @Test
    void shouldReadTheDemoPackWithoutProblems() {
        ContentPack pack = read("content/demo");

        Bureau city = pack.bureaus.get(0);
        assertEquals("台州市应急管理局", city.name);
        assertTrue(pack.bureaus.stream().filter(b -> b.parent == city).count() >= 3, "at least 3 county-level bureaus");
        assertTrue(pack.companies.size() >= 6);
        Set<Industry> industries = pack.companies.stream().map(c -> c.industry).collect(Collectors.toSet());
        assertTrue(industries.containsAll(EnumSet.of(Industry.CHEMICAL, Industry.NON_COAL_MINE,
                Industry.METAL_SMELTING, Industry.FIREWORKS, Industry.INDUSTRY_TRADE)), industries.toString());
        assertTrue(pack.institutions.size() >= 2);
        assertTrue(pack.people.size() >= 10);
        assertTrue(pack.employments.stream().anyMatch(e -> e.endDate != null), "some history");
        Set<Role> roles = pack.accounts.stream().filter(a -> a.status == AccountStatus.ACTIVE)
                .map(a -> a.role).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Role.class), roles, "an active demo account for every role");
    }

    @Test
    void shouldReadTheSamePackFromTheContentDirectoryAsFromTheClassPath() {
        // surefire runs in the project directory, where content/ is
        ContentPack fromDirectory = new ContentPackReader(password -> "hashed:" + password)
                .read(PackSource.of("content/demo"));

        assertEquals(read("content/demo").counts(), fromDirectory.counts());
        assertEquals("台州市演示数据 (Taizhou demo)", fromDirectory.name());
    }

    @Test
    void shouldHashEveryPasswordItReads() {
        ContentPack pack = read("content/demo");

        for (Account account : pack.accounts) {
            if (account.passwordHash != null) {
                assertEquals("hashed:anxue2026", account.passwordHash, account.username);
            }
        }
    }

    @Test
    void shouldDefaultTheRiskTierFromTheIndustry() {
        ContentPack pack = read("content/demo");

        for (Company company : pack.companies) {
            assertTrue(company.riskTier.fits(company.industry), company.name);
        }
    }

    @Test
    void shouldReadTheCompaniesSizes() {
        ContentPack pack = read("content/demo");

        java.util.Map<String, Company> byName = pack.companies.stream().collect(Collectors.toMap(c -> c.name, c -> c));
        Company chemicals = byName.get("台州市椒江安泰化工有限公司（演示）");
        assertEquals(org.anxue.org.CompanyScale.MEDIUM, chemicals.scale);
        assertTrue(chemicals.productionProcessing);
        Company seafood = byName.get("台州市椒江海鲜食品有限公司（演示）");
        assertEquals(org.anxue.org.CompanyScale.MICRO, seafood.scale);
        assertTrue(seafood.smallMicroManufacturer());
        Company fireworks = byName.get("临海市红星烟花爆竹批发有限公司（演示）");
        assertEquals(org.anxue.org.CompanyScale.MICRO, fireworks.scale);
        assertTrue(!fireworks.smallMicroManufacturer(), "a wholesaler is not a production/processing enterprise");
        Company trader = byName.get("台州市路桥宏达危险化学品经营有限公司（演示）");
        assertEquals(null, trader.scale, "no size recorded");
    }

    @Test
    void shouldNameTheFileAndLineOfABadSize() {
        List<String> problems = problemsOf("content-packs/bad-size");

        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("companies.yaml line 1: scale '巨型' is not one of: 大型 (LARGE)"), problems.get(0));
        assertEquals("companies.yaml line 6: productionProcessing 'maybe' is not one of: true (是), false (否)", problems.get(1));
    }

    @Test
    void shouldNameTheFileAndLineOfABadIdNumber() {
        List<String> problems = problemsOf("content-packs/bad-id");

        assertEquals(List.of("people.yaml line 4: invalid identity number '331002198503120037':"
                + " its check character does not match (a typing error?)"), problems);
    }

    @Test
    void shouldReportEveryProblemOfAPackAtOnce() {
        List<String> problems = problemsOf("content-packs/many-problems");

        assertEquals(8, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("bureaus.yaml line 4: parent MP-NOWHERE is not a bureau listed above"), problems.get(0));
        assertTrue(problems.get(1).startsWith("companies.yaml line 1: invalid credit code '91331000148123453K'"), problems.get(1));
        assertTrue(problems.get(2).startsWith("companies.yaml line 5: industry '养殖业' is not one of: 化工危险化学品 (CHEMICAL)"), problems.get(2));
        assertTrue(problems.get(3).startsWith("companies.yaml line 9: unknown field 'adress'"), problems.get(3));
        assertTrue(problems.get(4).startsWith("companies.yaml line 14: a company of the high-risk industry 非煤矿山"), problems.get(4));
        assertTrue(problems.get(5).startsWith("people.yaml line 1: invalid identity number '331002202302300013': its birth date"), problems.get(5));
        assertEquals("accounts.yaml line 1: a BUREAU_OFFICER account has no company", problems.get(6));
        assertEquals("accounts.yaml line 7: password must have at least 8 characters", problems.get(7));
    }

    @Test
    void shouldRefuseAFolderThatIsNotAPack() {
        List<String> problems = problemsOf("content-packs/no-such-pack");

        assertEquals(List.of("pack.yaml: missing: a pack starts with pack.yaml (name, description)"), problems);
    }
}
