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
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.anxue.local.TestEngines;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Industry;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.org.SpecialOperation;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Background exports: a 一企一档 job runs to DONE with progress and its ZIP holds one PDF per current employee and
 * the summary; a 一人一档 PDF has the person's name and ledger entries; another bureau cannot see or download a
 * job; a job with nothing to export fails and says why.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ExportJobTests {

    String tag;
    Map<String, Long> people = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> idNumbers = new HashMap<>();
    long company;
    long emptyCompany;
    TestAccounts.Browser officerA;
    TestAccounts.Browser officerB;
    TestAccounts.Browser officerCity;

    @BeforeEach
    void world() {
        tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("EC" + tag, "导出市应急管理局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau a = city.child("EA" + tag, "导出甲区应急管理局" + tag, BureauLevel.DISTRICT);
            a.persist();
            Bureau b = city.child("EB" + tag, "导出乙区应急管理局" + tag, BureauLevel.DISTRICT);
            b.persist();
            Company c = company("导出烟花公司" + tag, a);
            Company empty = company("空壳公司" + tag, a);
            Object[][] staff = {
                {"principal", "张总" + tag, PostKind.PRINCIPAL, null},
                {"operator", "赵作业" + tag, PostKind.SPECIAL_OPERATION, null},
                {"general", "孙包装" + tag, PostKind.GENERAL, null},
                {"left", "周离职" + tag, PostKind.GENERAL, LocalDate.of(2024, 6, 30)},
            };
            Department d = Department.of(c, "车间");
            d.persist();
            for (Object[] row : staff) {
                PostKind kind = (PostKind) row[2];
                Post post = Post.of(c, "岗位" + row[0], kind, kind == PostKind.SPECIAL_OPERATION ? SpecialOperation.FIREWORKS : null);
                post.persist();
                String number = TestAccounts.idNumber();
                Person person = Person.of(new IdentityNumber(number), (String) row[1], null);
                person.persist();
                Employment e = Employment.start(person, post, d, LocalDate.of(2020, 1, 1));
                e.persist();
                if (row[3] != null) {
                    e.end((LocalDate) row[3], "离职");
                }
                people.put((String) row[0], person.id);
                names.put((String) row[0], (String) row[1]);
                idNumbers.put((String) row[0], number);
            }
            String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD);
            for (Account account : List.of(Account.bureauOfficer("exa-" + tag, "甲区检查员", a),
                    Account.bureauOfficer("exb-" + tag, "乙区检查员", b),
                    Account.bureauOfficer("exc-" + tag, "市局检查员", city))) {
                account.setPasswordHash(hash);
                account.persist();
            }
            return new long[] {c.id, empty.id};
        });
        company = ids[0];
        emptyCompany = ids[1];
        officerA = TestAccounts.signIn("exa-" + tag, TestAccounts.PASSWORD);
        officerB = TestAccounts.signIn("exb-" + tag, TestAccounts.PASSWORD);
        officerCity = TestAccounts.signIn("exc-" + tag, TestAccounts.PASSWORD);
        as(officerA).body(Map.of("operationType", "FIREWORKS", "issuedOn", "2026-03-02", "evidence", "证书档案"))
                .post("/api/credits/people/" + people.get("operator") + "/certificates").then().statusCode(201);
    }

    private static Company company(String name, Bureau bureau) {
        Company c = Company.register(TestAccounts.creditCode(), name, Industry.FIREWORKS, RiskTier.HIGH_RISK, bureau, "某路 2 号");
        c.approve(null, Instant.now(), null);
        c.persist();
        return c;
    }

    private static RequestSpecification as(TestAccounts.Browser browser) {
        return given().cookies(browser.cookies()).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** Polls the job until it has finished, keeping every progress figure seen (bounded, not timed). */
    private JsonPath await(long id, List<Integer> seen) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath job = as(officerA).get("/api/oversight/exports/" + id).then().statusCode(200).extract().jsonPath();
            seen.add(job.getInt("progress"));
            if (job.getString("status").equals("DONE") || job.getString("status").equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the export job did not finish");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void shouldBuildTheCompanyArchiveInTheBackground() throws Exception {
        JsonPath queued = as(officerA).body(Map.of("kind", "COMPANY", "companyId", company)).post("/api/oversight/exports")
                .then().statusCode(202).extract().jsonPath();
        long id = queued.getLong("id");
        assertThat(queued.getString("status")).isIn("QUEUED", "RUNNING", "DONE");
        List<Integer> seen = new ArrayList<>();
        JsonPath done = await(id, seen);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("progress")).isEqualTo(100);
        assertThat(seen).isSorted();
        assertThat(done.getString("requestedBy")).isEqualTo("甲区检查员");

        byte[] zip = given().cookies(officerA.cookies()).get("/api/oversight/exports/" + id + "/file").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.put(e.getName(), out.toByteArray());
            }
        }
        // one PDF per current employee (not the one who left) and the summary
        TreeSet<String> expected = new TreeSet<>();
        for (String key : List.of("principal", "operator", "general")) {
            expected.add(names.get(key) + "-" + idNumbers.get(key).substring(14) + ".pdf");
        }
        expected.add("summary.xlsx");
        assertThat(new TreeSet<>(entries.keySet())).isEqualTo(expected);
        String operatorPdf = text(entries.get(names.get("operator") + "-" + idNumbers.get("operator").substring(14) + ".pdf"));
        assertThat(operatorPdf).contains(names.get("operator")).contains("T" + idNumbers.get("operator"))
                .contains("证书").contains("2026-03-02").contains("导出烟花公司" + tag);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(entries.get("summary.xlsx")))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Map<String, Double> certificates = new HashMap<>();
            for (int i = 1; i <= 3; i++) {
                certificates.put(sheet.getRow(i).getCell(0).getStringCellValue(), sheet.getRow(i).getCell(6).getNumericCellValue());
            }
            assertThat(certificates).containsEntry(names.get("operator"), 1.0).containsEntry(names.get("principal"), 0.0)
                    .doesNotContainKey(names.get("left"));
        }
        // the list and the page show it with its download
        assertThat(as(officerA).get("/api/oversight/exports").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).contains(id);
        given().cookies(officerA.cookies()).get("/oversight/exports/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-export-download"));

        // another bureau, even the city above, neither sees nor downloads it
        for (TestAccounts.Browser other : List.of(officerB, officerCity)) {
            as(other).get("/api/oversight/exports/" + id).then().statusCode(404);
            given().cookies(other.cookies()).get("/api/oversight/exports/" + id + "/file").then().statusCode(404);
            given().cookies(other.cookies()).get("/oversight/exports/" + id + "/file").then().statusCode(404);
            assertThat(as(other).get("/api/oversight/exports").then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class)).doesNotContain(id);
        }
        // and cannot export a company outside its subtree
        as(officerB).body(Map.of("kind", "COMPANY", "companyId", company)).post("/api/oversight/exports").then().statusCode(404);
    }

    @Test
    void shouldExportOnePersonAsAPdf() throws Exception {
        long id = as(officerA).body(Map.of("kind", "PERSON", "personId", people.get("operator"))).post("/api/oversight/exports")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        assertThat(await(id, new ArrayList<>()).getString("status")).isEqualTo("DONE");
        byte[] pdf = given().cookies(officerA.cookies()).get("/oversight/exports/" + id + "/file").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(text(pdf)).contains("一人一档").contains(names.get("operator")).contains(idNumbers.get("operator"))
                .contains("T" + idNumbers.get("operator"));
        as(officerB).body(Map.of("kind", "PERSON", "personId", people.get("operator"))).post("/api/oversight/exports")
                .then().statusCode(404);
        as(officerA).body(Map.of("kind", "SOMETHING")).post("/api/oversight/exports").then().statusCode(400);
    }

    @Test
    void shouldSayWhyAJobFailed() throws Exception {
        long id = as(officerA).body(Map.of("kind", "COMPANY", "companyId", emptyCompany)).post("/api/oversight/exports")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath failed = await(id, new ArrayList<>());
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).isEqualTo("NO_EMPLOYEES");
        as(officerA).get("/api/oversight/exports/" + id + "/file").then().statusCode(409);
        given().cookies(officerA.cookies()).header("Accept-Language", "zh-CN").get("/oversight/exports/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("该企业没有在职人员"));
    }
}
