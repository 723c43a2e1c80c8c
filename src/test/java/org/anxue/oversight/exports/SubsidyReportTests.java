package org.anxue.oversight.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.anxue.local.TestEngines;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Institution;
import org.anxue.org.Industry;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.org.SpecialOperation;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subsidy report: certificates of a period by category, amounts per the bureau's rates recomputed from the
 * rows, renewals as reviews, reversed certificates left out, sibling districts isolated, rates per bureau, .xlsx.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class SubsidyReportTests {

    static final String FROM = "2026-01-01";
    static final String UNTIL = "2026-10-31";

    @jakarta.inject.Inject
    ArchivePdf archives;

    String tag;
    Map<String, Long> people = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    long companyA;
    TestAccounts.Browser officerA;
    TestAccounts.Browser officerB;
    TestAccounts.Browser officerCity;

    @BeforeEach
    void world() {
        tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        companyA = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("SC" + tag, "补贴市应急管理局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau a = city.child("SA" + tag, "补贴甲区应急管理局" + tag, BureauLevel.DISTRICT);
            a.persist();
            Bureau b = city.child("SB" + tag, "补贴乙区应急管理局" + tag, BureauLevel.DISTRICT);
            b.persist();
            Company ca = company("烟花公司甲" + tag, a);
            Company cb = company("烟花公司乙" + tag, b);
            Object[][] staff = {
                {"principal", "张总" + tag, ca, PostKind.PRINCIPAL},
                {"manager", "李安全" + tag, ca, PostKind.SAFETY_MANAGER},
                {"operator1", "赵作业" + tag, ca, PostKind.SPECIAL_OPERATION},
                {"operator2", "钱作业" + tag, ca, PostKind.SPECIAL_OPERATION},
                {"operatorB", "孙作业" + tag, cb, PostKind.SPECIAL_OPERATION},
            };
            for (Object[] row : staff) {
                Company company = (Company) row[2];
                PostKind kind = (PostKind) row[3];
                Department d = Department.of(company, "部门" + row[0]);
                d.persist();
                Post post = Post.of(company, "岗位" + row[0], kind,
                        kind == PostKind.SPECIAL_OPERATION ? SpecialOperation.FIREWORKS : null);
                post.persist();
                Person person = Person.of(new IdentityNumber(TestAccounts.idNumber()), (String) row[1], null);
                person.persist();
                Employment.start(person, post, d, LocalDate.of(2020, 1, 1)).persist();
                people.put((String) row[0], person.id);
                names.put((String) row[0], (String) row[1]);
            }
            String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
            for (Account account : List.of(Account.bureauOfficer("sua-" + tag, "甲区检查员", a),
                    Account.bureauOfficer("sub-" + tag, "乙区检查员", b),
                    Account.bureauOfficer("suc-" + tag, "市局检查员", city))) {
                account.setPasswordHash(hash);
                account.persist();
            }
            return ca.id;
        });
        officerA = TestAccounts.signIn("sua-" + tag, TestAccounts.PASSWORD);
        officerB = TestAccounts.signIn("sub-" + tag, TestAccounts.PASSWORD);
        officerCity = TestAccounts.signIn("suc-" + tag, TestAccounts.PASSWORD);

        // district A: operator1 new in March and renewed (review) in June; the principal's certificate in April;
        // operator2's certificate last year (outside the period); the manager's certificate reversed
        certificate(officerA, "operator1", "2026-03-02");
        certificate(officerA, "operator1", "2026-06-15");
        certificate(officerA, "principal", "2026-04-01");
        certificate(officerA, "operator2", "2025-12-20");
        long wrong = certificate(officerA, "manager", "2026-05-05");
        as(officerA).body(Map.of("sequence", wrong, "reason", "录入错误", "evidence", "更正单"))
                .post("/api/credits/people/" + people.get("manager") + "/reversals").then().statusCode(201);
        // district B: one new certificate
        certificate(officerB, "operatorB", "2026-02-10");
    }

    private static Company company(String name, Bureau bureau) {
        Company c = Company.register(TestAccounts.creditCode(), name, Industry.FIREWORKS, RiskTier.HIGH_RISK, bureau, "某路 1 号");
        c.approve(null, Instant.now(), null);
        c.persist();
        return c;
    }

    private long certificate(TestAccounts.Browser officer, String who, String issuedOn) {
        return as(officer).body(Map.of("operationType", "FIREWORKS", "issuedOn", issuedOn, "evidence", "证书档案"))
                .post("/api/credits/people/" + people.get(who) + "/certificates").then().statusCode(201)
                .extract().jsonPath().getLong("sequence");
    }

    private static RequestSpecification as(TestAccounts.Browser browser) {
        return given().cookies(browser.cookies()).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    private JsonPath report(TestAccounts.Browser officer) {
        return as(officer).queryParam("from", FROM).queryParam("until", UNTIL).get("/api/oversight/subsidies")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldListTheCertificatesOfThePeriodWithAmountsThatAddUp() {
        JsonPath r = report(officerA);
        List<Map<String, Object>> rows = r.getList("rows");
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            seen.add(row.get("name") + "/" + row.get("category") + "/" + row.get("amount") + "/" + row.get("issuedOn"));
        }
        assertThat(seen).containsExactlyInAnyOrder(
                names.get("operator1") + "/NEW_SPECIAL_OPERATION/300/2026-03-02",
                names.get("operator1") + "/REVIEW/100/2026-06-15",
                names.get("principal") + "/PRINCIPAL_MANAGER/450/2026-04-01");
        // amounts recomputed from the rows and the rates
        Map<String, Integer> rates = r.getMap("rates");
        long sum = 0;
        for (Map<String, Object> row : rows) {
            assertThat(((Number) row.get("amount")).intValue()).isEqualTo(rates.get((String) row.get("category")));
            sum += ((Number) row.get("amount")).intValue();
        }
        assertThat(sum).isEqualTo(850);
        assertThat(r.getLong("total.amount")).isEqualTo(sum);
        assertThat(r.getInt("total.count")).isEqualTo(3);
        assertThat(r.getList("byCompany")).hasSize(1);
        assertThat(r.getLong("byCompany[0].key")).isEqualTo(companyA);
        assertThat(r.getLong("byCompany[0].amount")).isEqualTo(850);
        assertThat(r.getInt("byCompany[0].byCategory.REVIEW")).isEqualTo(1);
        assertThat(r.getLong("byInstitution[0].amount")).isEqualTo(850);

        // the sibling district sees only its own; the city sees both
        JsonPath b = report(officerB);
        assertThat(b.getList("rows.name")).containsExactly(names.get("operatorB"));
        assertThat(b.getLong("total.amount")).isEqualTo(300);
        assertThat(report(officerCity).getLong("total.amount")).isEqualTo(1150);

        // the page shows the total; a bad period is a 400 with a message
        given().cookies(officerA.cookies()).queryParam("from", FROM).queryParam("until", UNTIL).get("/oversight/subsidies")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("data-total-amount>850<"))
                .body(org.hamcrest.Matchers.containsString(names.get("principal")));
        as(officerA).queryParam("from", "2026-12-01").queryParam("until", "2026-01-01").get("/api/oversight/subsidies")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("badPeriod"));
        // in English, the page and its error; the oversight landing page links to it
        given().cookies(officerA.cookies()).cookie("lang", "en").queryParam("from", FROM).queryParam("until", UNTIL)
                .get("/oversight/subsidies").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Review"))
                .body(org.hamcrest.Matchers.containsString("Principal / safety manager certificate"));
        given().cookies(officerA.cookies()).cookie("lang", "en").queryParam("from", "not a date").get("/oversight/subsidies")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("The period is not valid"));
        given().cookies(officerA.cookies()).get("/oversight").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("href=\"/oversight/subsidies\""))
                .body(org.hamcrest.Matchers.containsString("href=\"/oversight/exports\""));
    }

    @Test
    void shouldApplyTheBureausOwnRatesAndRefuseBadOnes() {
        as(officerA).body(Map.of("NEW_SPECIAL_OPERATION", 400, "PRINCIPAL_MANAGER", "500")).put("/api/oversight/subsidies/rates")
                .then().statusCode(200);
        JsonPath r = report(officerA);
        assertThat(r.getInt("rates.NEW_SPECIAL_OPERATION")).isEqualTo(400);
        assertThat(r.getLong("total.amount")).isEqualTo(400 + 100 + 500);
        // a bad figure changes nothing, not even the good one beside it
        as(officerA).body(Map.of("REVIEW", 150, "NEW_SPECIAL_OPERATION", -1)).put("/api/oversight/subsidies/rates")
                .then().statusCode(400);
        as(officerA).body(Map.of("REVIEW", 150, "SOMETHING", 1)).put("/api/oversight/subsidies/rates").then().statusCode(400);
        assertThat(report(officerA).getLong("total.amount")).isEqualTo(1000);
        // the sibling keeps the defaults
        assertThat(report(officerB).getLong("total.amount")).isEqualTo(300);
        // the form on the page sets them too
        given().cookies(officerB.cookies()).formParam("csrf-token", officerB.csrf())
                .formParam("principalManager", "480").formParam("newSpecialOperation", "350").formParam("review", "100")
                .redirects().follow(false).post("/oversight/subsidies/rates").then().statusCode(303);
        assertThat(report(officerB).getLong("total.amount")).isEqualTo(350);
    }

    @Test
    void shouldExportTheReportAsASpreadsheet() throws Exception {
        byte[] file = given().cookies(officerA.cookies()).queryParam("from", FROM).queryParam("until", UNTIL)
                .get("/oversight/subsidies/export.xlsx").then().statusCode(200)
                .contentType(SubsidyResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet rows = book.getSheet("明细");
            assertThat(rows.getLastRowNum()).isEqualTo(4); // header, 3 rows, total
            Map<String, Double> byName = new LinkedHashMap<>();
            double sum = 0;
            for (int i = 1; i <= 3; i++) {
                Row row = rows.getRow(i);
                byName.merge(row.getCell(0).getStringCellValue(), row.getCell(8).getNumericCellValue(), Double::sum);
                sum += row.getCell(8).getNumericCellValue();
            }
            assertThat(byName).containsOnlyKeys(names.get("operator1"), names.get("principal"));
            assertThat(byName.get(names.get("operator1"))).isEqualTo(400.0);
            assertThat(rows.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(sum).isEqualTo(850.0);
            Sheet companies = book.getSheet("按企业");
            assertThat(companies.getRow(1).getCell(0).getStringCellValue()).isEqualTo("烟花公司甲" + tag);
            assertThat(companies.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(850.0);
            assertThat(companies.getLastRowNum()).isEqualTo(2);
        }
        // another district's officer gets its own (empty of A's people)
        byte[] other = given().cookies(officerB.cookies()).queryParam("from", FROM).queryParam("until", UNTIL)
                .get("/api/oversight/subsidies/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(other))) {
            assertThat(book.getSheet("明细").getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("明细").getRow(1).getCell(0).getStringCellValue()).isEqualTo(names.get("operatorB"));
        }
    }

    @Test
    void shouldTotalByTrainingInstitutionUnderItsName() throws Exception {
        long[] institutions = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.find("code", "SC" + tag).firstResult();
            Institution x = Institution.apply("补贴培训中心甲" + tag, "SLX-" + tag, null, city);
            x.approve(null, Instant.now());
            x.persist();
            Institution y = Institution.apply("补贴培训学校乙" + tag, "SLY-" + tag, null, city);
            y.approve(null, Instant.now());
            y.persist();
            return new long[] {x.id, y.id};
        });
        String nameX = "补贴培训中心甲" + tag;
        String nameY = "补贴培训学校乙" + tag;
        // operator2 renewed (a review) through X; the manager's certificate (the earlier one was reversed) through Y;
        // the three certificates of the world record no institution
        certificate(officerA, "operator2", "2026-07-01", institutions[0]);
        certificate(officerA, "manager", "2026-08-01", institutions[1]);

        JsonPath r = report(officerA);
        List<Map<String, Object>> rows = r.getList("rows");
        assertThat(rows).hasSize(5);
        Map<String, String> institutionOf = new HashMap<>();
        for (Map<String, Object> row : rows) {
            institutionOf.put((String) row.get("name"), row.get("institutionName") + "/" + row.get("institution"));
        }
        assertThat(institutionOf).containsEntry(names.get("operator2"), nameX + "/institution-" + institutions[0])
                .containsEntry(names.get("manager"), nameY + "/institution-" + institutions[1])
                .containsEntry(names.get("principal"), "null/null");

        // the totals by institution recomputed from the rows: count, amount and categories per institution
        Map<String, long[]> expected = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String key = row.get("institution") == null ? "" : (String) row.get("institution");
            long[] sums = expected.computeIfAbsent(key, k -> new long[2]);
            sums[0]++;
            sums[1] += ((Number) row.get("amount")).longValue();
        }
        List<Map<String, Object>> byInstitution = r.getList("byInstitution");
        Map<String, long[]> actual = new LinkedHashMap<>();
        for (Map<String, Object> t : byInstitution) {
            actual.put((String) t.get("key"), new long[] {((Number) t.get("count")).longValue(),
                    ((Number) t.get("amount")).longValue()});
        }
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, sums) -> assertThat(actual.get(key)).as(key).containsExactly(sums));
        assertThat(byInstitution.stream().mapToLong(t -> ((Number) t.get("amount")).longValue()).sum())
                .isEqualTo(r.getLong("total.amount"));
        // named by the institution's name, the certificates without one last and unnamed
        assertThat(byInstitution).extracting(t -> t.get("name"))
                .containsExactly(nameX.compareTo(nameY) < 0 ? nameX : nameY, nameX.compareTo(nameY) < 0 ? nameY : nameX, "");
        assertThat(actual.get("institution-" + institutions[0])).containsExactly(1, 100); // operator2's review
        assertThat(actual.get("institution-" + institutions[1])).containsExactly(1, 450); // the manager's certificate
        assertThat(actual.get("")).containsExactly(3, 850);

        // the page: names in the rows and the totals, 未记录 for the others; in English "(not recorded)"
        String page = given().cookies(officerA.cookies()).queryParam("from", FROM).queryParam("until", UNTIL)
                .get("/oversight/subsidies").then().statusCode(200).extract().asString();
        assertThat(page).contains("<tr data-institution=\"institution-" + institutions[0] + "\"><td>" + nameX + "</td><td>1</td>"
                        + "<td data-institution-amount>100</td></tr>")
                .contains("<tr data-institution=\"\"><td>（未记录）</td><td>3</td><td data-institution-amount>850</td></tr>")
                .contains("<td data-row-institution>" + nameY + "</td>")
                .contains("<td data-row-institution>（未记录）</td>");
        assertThat(given().cookies(officerA.cookies()).cookie("lang", "en").queryParam("from", FROM).queryParam("until", UNTIL)
                .get("/oversight/subsidies").then().statusCode(200).extract().asString())
                .contains("<td data-row-institution>(not recorded)</td>").contains(nameX);

        // the .xlsx: names in 明细, totals by name in 按机构 that add up to the total
        byte[] file = given().cookies(officerA.cookies()).queryParam("from", FROM).queryParam("until", UNTIL)
                .get("/oversight/subsidies/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet detail = book.getSheet("明细");
            assertThat(detail.getRow(0).getCell(3).getStringCellValue()).isEqualTo("培训机构");
            Map<String, String> institutionByName = new HashMap<>();
            for (int i = 1; i <= 5; i++) {
                institutionByName.put(detail.getRow(i).getCell(0).getStringCellValue(),
                        detail.getRow(i).getCell(3).getStringCellValue());
            }
            assertThat(institutionByName).containsEntry(names.get("operator2"), nameX)
                    .containsEntry(names.get("manager"), nameY).containsEntry(names.get("principal"), "（未记录）");
            Sheet totals = book.getSheet("按机构");
            Map<String, Double> amounts = new LinkedHashMap<>();
            double sum = 0;
            for (int i = 1; i < totals.getLastRowNum(); i++) {
                amounts.put(totals.getRow(i).getCell(0).getStringCellValue(), totals.getRow(i).getCell(5).getNumericCellValue());
                sum += totals.getRow(i).getCell(5).getNumericCellValue();
            }
            assertThat(amounts).containsExactlyInAnyOrderEntriesOf(Map.of(nameX, 100.0, nameY, 450.0, "（未记录）", 850.0));
            Row last = totals.getRow(totals.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(last.getCell(5).getNumericCellValue()).isEqualTo(sum).isEqualTo(1400.0);
        }
    }

    @Test
    void shouldNameTheTrainingInstitutionInThePersonsArchivePdf() throws Exception {
        long institution = QuarkusTransaction.requiringNew().call(() -> {
            Institution x = Institution.apply("档案培训中心" + tag, "SLA-" + tag, null, Bureau.find("code", "SC" + tag).firstResult());
            x.approve(null, Instant.now());
            x.persist();
            return x.id;
        });
        certificate(officerA, "operator2", "2026-07-01", institution);

        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(archives.render(people.get("operator2")))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        // the certificate recorded with an institution names it; the one of 2025 without does not invent one
        String compact = text.replaceAll("\\s+", "");
        assertThat(compact).contains("培训机构档案培训中心" + tag);
        assertThat(compact.split("培训机构", -1)).hasSize(2);
    }

    private long certificate(TestAccounts.Browser officer, String who, String issuedOn, long institutionId) {
        return as(officer).body(Map.of("operationType", "FIREWORKS", "issuedOn", issuedOn, "evidence", "证书档案",
                        "institutionId", institutionId))
                .post("/api/credits/people/" + people.get(who) + "/certificates").then().statusCode(201)
                .extract().jsonPath().getLong("sequence");
    }
}
