package org.anxue.oversight;

import static io.restassured.RestAssured.given;
import static org.anxue.oversight.OversightFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.anxue.learning.CourseCompleted;
import org.anxue.local.TestEngines;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The credited-hours check, the certificate check and the compliance dashboard against real engines: a
 * fireworks company in district A (the oversight fixtures) and a trade company in the sibling district B,
 * with recognitions and certificates posted through the credit bank's API.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class OversightCheckTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    DataSource ds;

    OversightFixtures.World world;
    long companyB;
    long personB;
    String idNumberB;

    /** Forgets the certificate checks' failure counts (all tests call from 127.0.0.1). */
    static void forgetCertificateFailures(DataSource ds) {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                    "delete from spot_exam_code_failure where source like 'cert:%'")) {
                return s.executeUpdate();
            }
        });
    }

    @BeforeEach
    void setUp() {
        forgetCertificateFailures(ds);
        world = OversightFixtures.world();
        OversightFixtures.Sibling sibling = OversightFixtures.siblingCompany(world);
        idNumberB = sibling.idNumber();
        companyB = sibling.companyId();
        personB = sibling.personId();
        // district A: the principal has all 16 hours, manager2 10 of 16, the general worker 20 of 20;
        // operator1 holds a certificate (valid 6 years), operator2 none
        recognise(world.officerA(), id("principal"), 16, "REFRESHER");
        recognise(world.officerA(), id("manager2"), 10, "REFRESHER");
        recognise(world.officerA(), id("general"), 20, "ROUTINE");
        post(world.officerA(), id("operator1"), "certificates",
                Map.of("operationType", "FIREWORKS", "issuedOn", TODAY.minusYears(1).toString(), "evidence", "证书档案"));
        // district B: its worker has the 4 hours of a general company
        recognise(world.officerB(), personB, 4, "ROUTINE");
    }

    private long id(String key) {
        return world.person(key).personId();
    }

    private static RequestSpecification send(TestAccounts.Browser browser) {
        return as(browser).header(CsrfTokens.HEADER, browser.csrf());
    }

    private void recognise(TestAccounts.Browser officer, long personId, int hours, String type) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "RECOGNITION", "hours", Integer.toString(hours),
                "day", TODAY.toString(), "trainingType", type, "reason", "外地培训认定", "evidence", "证明材料",
                "approvedBy", "BUREAU_OFFICER:0:approver-" + world.tag()));
        post(officer, personId, "recognitions", body);
    }

    private void post(TestAccounts.Browser officer, long personId, String what, Map<String, Object> body) {
        send(officer).body(body).when().post("/api/credits/people/" + personId + "/" + what).then().statusCode(201);
    }

    @Test
    void shouldShowAPersonsHoursByIdNumberAndByStatementCodeWithTheEvidence() {
        String principal = world.person("principal").idNumber();
        JsonPath check = as(world.officerA()).queryParam("idNumber", principal).get("/api/oversight/credited-hours")
                .then().statusCode(200).extract().jsonPath();
        assertThat(check.getLong("personId")).isEqualTo(id("principal"));
        assertThat(check.getString("statement.trainingType")).isEqualTo("REFRESHER");
        assertThat(check.getString("statement.required")).isEqualTo("16.00");
        assertThat(check.getString("statement.recognitions")).isEqualTo("16.00");
        assertThat(check.getString("statement.total")).isEqualTo("16.00");
        assertThat(check.getString("statement.missing")).isEqualTo("0.00");
        assertThat(check.getString("statement.status")).isEqualTo("MET");
        assertThat(check.getString("statement.policyVersion")).isNotBlank();
        assertThat(check.getList("statement.entries.kind")).containsExactly("RECOGNITION");
        assertThat(check.getString("studyRecordHref")).isEqualTo("/people/" + id("principal") + "/record");

        // the same figures as the credit bank's own statement of the person
        JsonPath bank = as(world.officerA()).get("/api/credits/people/" + id("manager2") + "/statement")
                .then().statusCode(200).extract().jsonPath();
        JsonPath manager = as(world.officerA()).get("/api/oversight/credited-hours/people/" + id("manager2"))
                .then().statusCode(200).extract().jsonPath();
        for (String figure : List.of("required", "onlineCredited", "offline", "recognitions", "total", "missing", "status",
                "policyVersion")) {
            assertThat(manager.getString("statement." + figure)).as(figure).isEqualTo(bank.getString(figure));
        }
        assertThat(manager.getString("statement.missing")).isEqualTo("6.00");

        // a statement's code, and the address of its QR code, lead to the same person
        String code = send(world.officerA()).body(Map.of()).post("/api/credits/people/" + id("manager2") + "/statements")
                .then().statusCode(201).extract().path("code");
        as(world.officerA()).queryParam("code", code).get("/api/oversight/credited-hours")
                .then().statusCode(200).body("personId", equalTo((int) id("manager2")));
        as(world.officerA()).queryParam("code", "https://anxue.example/verify/" + code).get("/api/oversight/credited-hours")
                .then().statusCode(200).body("personId", equalTo((int) id("manager2")));
        // a past year: nothing recorded, everything missing
        as(world.officerA()).queryParam("idNumber", principal).queryParam("year", TODAY.getYear() - 1)
                .get("/api/oversight/credited-hours").then().statusCode(200)
                .body("statement.total", equalTo("0.00")).body("statement.status", equalTo("NOT_MET"));

        // the page
        given().cookies(world.officerA().cookies()).queryParam("idNumber", principal).get("/oversight/credited-hours")
                .then().statusCode(200).body(containsString("data-status=\"MET\"")).body(containsString("16.00"));
    }

    @Test
    void shouldAnswer404ForPeopleOutsideTheSubtreeAnd400ForBadInput() {
        String principal = world.person("principal").idNumber();
        as(world.officerB()).queryParam("idNumber", principal).get("/api/oversight/credited-hours")
                .then().statusCode(404).body("error", equalTo("personOutside"));
        as(world.officerB()).get("/api/oversight/credited-hours/people/" + id("principal")).then().statusCode(404);
        given().cookies(world.officerB().cookies()).header("Accept-Language", "en").queryParam("idNumber", principal)
                .get("/oversight/credited-hours").then().statusCode(404).body(containsString("outside your jurisdiction"));
        as(world.officerA()).queryParam("idNumber", idNumberB).get("/api/oversight/credited-hours").then().statusCode(404);
        as(world.officerA()).queryParam("code", "NOPE-NOPE").get("/api/oversight/credited-hours").then().statusCode(404);
        as(world.officerA()).queryParam("idNumber", "12345").get("/api/oversight/credited-hours")
                .then().statusCode(400).body("error", equalTo("badIdNumber"));
        as(world.officerA()).queryParam("idNumber", principal).queryParam("type", "NAPPING").get("/api/oversight/credited-hours")
                .then().statusCode(400);
        // the city sees both districts
        as(world.officerCity()).queryParam("idNumber", idNumberB).get("/api/oversight/credited-hours").then().statusCode(200);
        TestAccounts.Browser worker = TestAccounts.signIn(world.workerUsername(), TestAccounts.PASSWORD);
        as(worker).queryParam("idNumber", principal).get("/api/oversight/credited-hours").then().statusCode(403);
    }

    @Test
    void shouldTellValidExpiredRevokedAndUnknownCertificatesWithoutLeaking() {
        String number = "T" + world.person("operator1").idNumber();
        String name = world.person("operator1").name();
        JsonPath valid = given().accept(ContentType.JSON).queryParam("number", number.toLowerCase()).queryParam("name", name)
                .get("/api/certificate-checks").then().statusCode(200).extract().jsonPath();
        assertThat(valid.getString("result")).isEqualTo("VALID");
        assertThat(valid.getString("operations[0].operationType")).isEqualTo("FIREWORKS");
        assertThat(valid.getString("operations[0].validUntil")).isNotBlank();

        JsonPath wrongName = given().accept(ContentType.JSON).queryParam("number", number).queryParam("name", "别人")
                .get("/api/certificate-checks").then().statusCode(200).extract().jsonPath();
        assertThat(wrongName.getString("result")).isEqualTo("UNKNOWN");
        assertThat(wrongName.getString("holderName")).isNull();
        assertThat(wrongName.getList("operations")).isEmpty();
        // a person without a certificate is unknown as well
        given().accept(ContentType.JSON).queryParam("number", "T" + world.person("operator2").idNumber())
                .queryParam("name", world.person("operator2").name()).get("/api/certificate-checks")
                .then().statusCode(200).body("result", equalTo("UNKNOWN"));

        // expired: issued 7 years ago (6 years' validity)
        post(world.officerA(), id("operator2"), "certificates",
                Map.of("operationType", "FIREWORKS", "issuedOn", TODAY.minusYears(7).toString(), "evidence", "旧证"));
        given().accept(ContentType.JSON).queryParam("number", "T" + world.person("operator2").idNumber())
                .queryParam("name", world.person("operator2").name()).get("/api/certificate-checks")
                .then().statusCode(200).body("result", equalTo("EXPIRED"));

        // revoked: the certificate entry reversed
        long sequence = sequenceOf(world.person("operator1").idNumber(), "CERTIFICATE");
        send(world.officerA()).body(Map.of("sequence", sequence, "reason", "证书吊销", "evidence", "吊销决定"))
                .post("/api/credits/people/" + id("operator1") + "/reversals").then().statusCode(201);
        given().accept(ContentType.JSON).queryParam("number", number).queryParam("name", name).get("/api/certificate-checks")
                .then().statusCode(200).body("result", equalTo("REVOKED"));

        // the public page
        given().queryParam("number", number).queryParam("name", name).get("/certificate-check").then().statusCode(200)
                .body(containsString("data-certificate-result=\"REVOKED\""));
    }

    @Test
    void shouldRefuseCertificateChecksFromAnAddressAfterTenUnknownAnswers() {
        String number = "T" + world.person("operator1").idNumber();
        String name = world.person("operator1").name();
        for (int i = 0; i < 10; i++) {
            given().accept(ContentType.JSON).queryParam("number", number).queryParam("name", "猜" + i)
                    .get("/api/certificate-checks").then().statusCode(200).body("result", equalTo("UNKNOWN"));
        }
        given().accept(ContentType.JSON).queryParam("number", number).queryParam("name", name)
                .get("/api/certificate-checks").then().statusCode(429).body("error", equalTo("tooManyCodes"));
        forgetCertificateFailures(ds);
        given().accept(ContentType.JSON).queryParam("number", number).queryParam("name", name)
                .get("/api/certificate-checks").then().statusCode(200).body("result", equalTo("VALID"));
    }

    @Test
    void shouldCountTheDashboardFromTheRowsAndKeepSiblingsApart() throws Exception {
        insertAnomalies(id("operator2"), 3, 120_000);
        insertAnomalies(id("general"), 1, 60_000);
        insertAnomalies(personB, 2, 0);

        JsonPath a = as(world.officerA()).get("/api/oversight/compliance").then().statusCode(200).extract().jsonPath();
        // recomputed: each current employee's statement as the credit bank gives it
        int met = 0;
        int of = 0;
        Map<String, int[]> byKind = new HashMap<>();
        for (var staff : world.staff().values()) {
            String status = as(world.officerA()).get("/api/credits/people/" + staff.personId() + "/statement")
                    .then().statusCode(200).extract().path("status");
            of++;
            int[] n = byKind.computeIfAbsent(staff.kind().name(), k -> new int[2]);
            n[1]++;
            if ("MET".equals(status)) {
                met++;
                n[0]++;
            }
        }
        assertThat(met).isEqualTo(2); // principal and general worker
        assertThat(a.getInt("overall.met")).isEqualTo(met);
        assertThat(a.getInt("overall.of")).isEqualTo(of);
        assertThat(new BigDecimal(a.getString("overall.percent"))).isEqualByComparingTo("33.3");
        for (var e : byKind.entrySet()) {
            assertThat(a.getInt("byPostKind.find { it.key == '" + e.getKey() + "' }.met")).as(e.getKey()).isEqualTo(e.getValue()[0]);
            assertThat(a.getInt("byPostKind.find { it.key == '" + e.getKey() + "' }.of")).as(e.getKey()).isEqualTo(e.getValue()[1]);
        }
        assertThat(a.getList("byIndustry.key")).containsExactly("FIREWORKS");
        assertThat(a.getInt("byIndustry[0].met")).isEqualTo(met);
        // behind: the four not met, the one missing most first
        assertThat(a.getList("behind.personId", Long.class)).containsExactlyInAnyOrder(id("manager1"), id("manager2"),
                id("operator1"), id("operator2"));
        assertThat(a.getInt("behindTotal")).isEqualTo(4);
        assertThat(a.getList("companies.companyId", Long.class)).containsExactly(world.companyId());

        // 持证上岗率 from the rows: special-operation employees, and those with a standing certificate valid today
        int[] certified = certifiedFromRows("OA" + world.tag());
        assertThat(certified).containsExactly(1, 2);
        assertThat(a.getInt("certified.met")).isEqualTo(certified[0]);
        assertThat(a.getInt("certified.of")).isEqualTo(certified[1]);

        // anomalies from the rows
        Map<Long, long[]> anomalies = anomaliesFromRows("OA" + world.tag());
        assertThat(a.getList("anomalies.companyId", Long.class)).containsExactlyElementsOf(anomalies.keySet());
        assertThat(a.getLong("anomalies[0].anomalies")).isEqualTo(anomalies.get(world.companyId())[0]).isEqualTo(4);
        assertThat(a.getLong("anomalies[0].people")).isEqualTo(anomalies.get(world.companyId())[1]).isEqualTo(2);
        assertThat(a.getLong("anomalies[0].affectedMinutes")).isEqualTo(7);
        // and by the institution whose course was playing
        Map<Long, long[]> byInstitution = institutionAnomaliesFromRows("OA" + world.tag());
        assertThat(byInstitution.keySet()).containsExactly(world.institutionId());
        assertThat(a.getList("anomaliesByInstitution.institutionId", Long.class)).containsExactly(world.institutionId());
        assertThat(a.getLong("anomaliesByInstitution[0].anomalies")).isEqualTo(byInstitution.get(world.institutionId())[0])
                .isEqualTo(4);
        assertThat(a.getLong("anomaliesByInstitution[0].people")).isEqualTo(byInstitution.get(world.institutionId())[1])
                .isEqualTo(2);
        assertThat(a.getLong("anomaliesByInstitution[0].affectedMinutes")).isEqualTo(7);

        // the sibling sees only its own company; the city sees both, ranked
        JsonPath b = as(world.officerB()).get("/api/oversight/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(b.getList("companies.companyId", Long.class)).containsExactly(companyB);
        assertThat(b.getInt("overall.met")).isEqualTo(1);
        assertThat(b.getInt("overall.of")).isEqualTo(1);
        assertThat(b.getList("behind")).isEmpty();
        assertThat(b.getInt("certified.of")).isZero();
        assertThat(b.getList("anomalies.companyId", Long.class)).containsExactly(companyB);
        JsonPath city = as(world.officerCity()).get("/api/oversight/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(city.getList("companies.companyId", Long.class)).containsExactly(companyB, world.companyId());
        assertThat(city.getInt("overall.met")).isEqualTo(3);
        assertThat(city.getInt("overall.of")).isEqualTo(7);
        assertThat(city.getList("byIndustry.key")).containsExactly("FIREWORKS", "INDUSTRY_TRADE");

        // the page: every number in a table, the chart marker, the drill-down link
        String page = given().cookies(world.officerA().cookies()).get("/oversight/compliance").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("data-compliance-dashboard", "data-chart-table=\"by-post-kind\"",
                "href=\"/oversight/credited-hours/people/" + id("manager1") + "?year=" + TODAY.getYear() + "\"",
                "href=\"/people/" + id("manager1") + "/record\"",
                "data-met=\"1\" data-of=\"2\"", "data-institution=\"" + world.institutionId() + "\"",
                "data-chart-table=\"institution-anomalies\"");
        given().cookies(world.officerA().cookies()).get("/people/" + id("manager1") + "/record").then().statusCode(200);
        as(world.officerA()).queryParam("year", 1999).get("/api/oversight/compliance").then().statusCode(400);
        TestAccounts.Browser worker = TestAccounts.signIn(world.workerUsername(), TestAccounts.PASSWORD);
        as(worker).get("/api/oversight/compliance").then().statusCode(403);
    }

    @Test
    void shouldExportTheDashboardWithEveryCompanyAndEveryoneBehind() throws Exception {
        JsonPath a = as(world.officerA()).get("/api/oversight/compliance").then().statusCode(200).extract().jsonPath();
        byte[] file = as(world.officerA()).accept("*/*").get("/api/oversight/compliance/export.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("概况");
            Sheet summary = book.getSheet("概况");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("达标率（全部）");
            assertThat((int) summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(a.getInt("overall.met"));
            assertThat((int) summary.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(a.getInt("overall.of"));
            Sheet companies = book.getSheet("企业排名");
            assertThat(companies.getLastRowNum()).isEqualTo(a.getList("companies").size());
            assertThat(companies.getRow(1).getCell(1).getStringCellValue()).isEqualTo(a.getString("companies[0].name"));
            Sheet behind = book.getSheet("未达标人员");
            assertThat(behind.getLastRowNum()).isEqualTo(a.getInt("behindTotal")).isEqualTo(4);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 1; i <= behind.getLastRowNum(); i++) {
                names.add(behind.getRow(i).getCell(0).getStringCellValue());
                assertThat(behind.getRow(i).getCell(7).getNumericCellValue()).isPositive();
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(a.getList("behind.name", String.class));
        }
        // the sibling's export holds only its own company, and nobody of district A
        byte[] sibling = as(world.officerB()).accept("*/*").get("/api/oversight/compliance/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(sibling))) {
            assertThat(book.getSheet("企业排名").getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheet("未达标人员").getLastRowNum()).isZero();
        }
        as(world.officerA()).accept("*/*").header("Accept-Language", "en").queryParam("year", 1999)
                .get("/api/oversight/compliance/export.xlsx").then().statusCode(400);
        TestAccounts.Browser worker = TestAccounts.signIn(world.workerUsername(), TestAccounts.PASSWORD);
        as(worker).accept("*/*").get("/api/oversight/compliance/export.xlsx").then().statusCode(403);
        given().get("/api/oversight/compliance/export.xlsx").then().statusCode(401);
    }

    private void complete(long personId, String type) {
        var event = jakarta.enterprise.inject.spi.CDI.current()
                .select(new jakarta.enterprise.util.TypeLiteral<jakarta.enterprise.event.Event<CourseCompleted>>() { }).get();
        long attempt = System.nanoTime() % 1_000_000_000L;
        CourseCompleted done = new CourseCompleted(personId, 1000 + attempt % 7, 5000 + attempt % 7, "测试课程", type,
                new BigDecimal("2.00"), 90 * 60, List.of(UUID.randomUUID()), attempt, 90, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> event.fire(done));
    }

    @Test
    void shouldCountPlanProgressByDistrictFromOnlineAndOfflineTraining() {
        complete(id("principal"), "REFRESHER");
        complete(id("general"), "ROUTINE");
        complete(personB, "ROUTINE");
        // recognitions (setUp) are not training done: they count in no row
        JsonPath city = as(world.officerCity()).get("/api/oversight/plan-progress").then().statusCode(200).extract().jsonPath();
        assertThat(city.getList("rows.bureauName", String.class)).hasSize(3);
        long districtA = city.getLong("rows[0].bureauId");
        assertThat(city.getString("rows[0].bureauName")).startsWith("甲区");
        assertThat(city.getInt("rows[0].keyPositions")).isEqualTo(1);
        assertThat(city.getInt("rows[0].highRiskUpgrading")).isEqualTo(2);
        assertThat(city.getInt("rows[0].majorHazardManagers")).isEqualTo(1);
        assertThat(city.getString("rows[1].bureauName")).startsWith("乙区");
        assertThat(city.getInt("rows[1].keyPositions")).isZero();
        assertThat(city.getInt("rows[1].highRiskUpgrading")).isZero();
        assertThat(city.getBoolean("rows[2].cityDirect")).isTrue();
        assertThat(city.getInt("total.highRiskUpgrading")).isEqualTo(2);
        assertThat(city.getInt("targets.current.targets.highRiskUpgrading")).isEqualTo(32000);

        JsonPath b = as(world.officerB()).get("/api/oversight/plan-progress").then().statusCode(200).extract().jsonPath();
        assertThat(b.getList("rows.bureauId", Long.class)).doesNotContain(districtA).hasSize(1);
        assertThat(b.getInt("total.highRiskUpgrading")).isZero();
        JsonPath a = as(world.officerA()).get("/api/oversight/plan-progress").then().statusCode(200).extract().jsonPath();
        assertThat(a.getList("rows.bureauId", Long.class)).containsExactly(districtA);
        assertThat(a.getInt("total.keyPositions")).isEqualTo(1);

        given().cookies(world.officerCity().cookies()).get("/oversight/plan-targets").then().statusCode(200)
                .body(containsString("data-plan-progress")).body(containsString("2 / 32000"));
    }

    private long sequenceOf(String idNumber, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                    "select max(sequence) from credit_entry where id_number = ? and kind = ?")) {
                s.setString(1, idNumber);
                s.setString(2, kind);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private int[] certifiedFromRows(String bureauCode) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                select count(*) filter (where exists (
                           select 1 from credit_entry ce where ce.id_number = p.id_number and ce.kind = 'CERTIFICATE'
                           and ce.operation_type = e.operation and ce.valid_until >= ?
                           and not exists (select 1 from credit_entry r where r.id_number = ce.id_number
                                           and r.kind = 'REVERSAL' and r.reversed_sequence = ce.sequence))),
                       count(*)
                from employment e join person p on p.id = e.person_id join company co on co.id = e.company_id
                join bureau b on b.id = co.bureau_id
                where e.end_date is null and e.post_kind = 'SPECIAL_OPERATION'
                  and b.path like (select path from bureau where code = ?) || '%'""")) {
            s.setObject(1, TODAY);
            s.setString(2, bureauCode);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new int[] {r.getInt(1), r.getInt(2)};
            }
        }
    }

    private Map<Long, long[]> anomaliesFromRows(String bureauCode) throws Exception {
        Map<Long, long[]> out = new java.util.LinkedHashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                select e.company_id, count(*), count(distinct a.person_id) from playback_anomaly a
                join employment e on e.person_id = a.person_id and e.end_date is null
                join company co on co.id = e.company_id join bureau b on b.id = co.bureau_id
                where b.path like (select path from bureau where code = ?) || '%'
                group by e.company_id order by count(*) desc, e.company_id""")) {
            s.setString(1, bureauCode);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new long[] {r.getLong(2), r.getLong(3)});
                }
            }
        }
        return out;
    }

    private Long institutionCourse;

    /** A course of the world's institution, for the sessions the anomalies happen in. */
    private long institutionCourse() throws SQLException {
        if (institutionCourse == null) {
            institutionCourse = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            try (Connection c = ds.getConnection();
                 PreparedStatement s = c.prepareStatement("insert into course (id, institution_id) values (?, ?)")) {
                s.setLong(1, institutionCourse);
                s.setLong(2, world.institutionId());
                s.executeUpdate();
            }
        }
        return institutionCourse;
    }

    /** Anomalies of the subtree's current employees by the institution whose course was playing. */
    private Map<Long, long[]> institutionAnomaliesFromRows(String bureauCode) throws Exception {
        Map<Long, long[]> out = new java.util.LinkedHashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                select co.institution_id, count(*), count(distinct a.person_id) from playback_anomaly a
                join playback_session ps on ps.id = a.session_id join course co on co.id = ps.course_id
                where a.person_id in (select e.person_id from employment e join company x on x.id = e.company_id
                                      join bureau b on b.id = x.bureau_id where e.end_date is null
                                      and b.path like (select path from bureau where code = ?) || '%')
                group by co.institution_id order by count(*) desc""")) {
            s.setString(1, bureauCode);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new long[] {r.getLong(2), r.getLong(3)});
                }
            }
        }
        return out;
    }

    private void insertAnomalies(long personId, int count, long affectedMs) {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection()) {
                UUID session = UUID.randomUUID();
                Timestamp now = Timestamp.from(Instant.now());
                try (PreparedStatement s = c.prepareStatement("""
                        insert into playback_session (id, person_id, lesson_id, course_id, video_duration_ms, opened_at, state,
                            ended_at, last_sequence, elapsed_clock_from, playhead_ms, carried_allowance_ms, credited_ms,
                            checkpoint_due_at_ms) values (?, ?, 1, ?, 600000, ?, 'ENDED', ?, 0, ?, 0, 0, 0, 0)""")) {
                    s.setObject(1, session);
                    s.setLong(2, personId);
                    s.setLong(3, institutionCourse());
                    s.setTimestamp(4, now);
                    s.setTimestamp(5, now);
                    s.setTimestamp(6, now);
                    s.executeUpdate();
                }
                for (int i = 0; i < count; i++) {
                    try (PreparedStatement s = c.prepareStatement("""
                            insert into playback_anomaly (session_id, person_id, sequence, origin, kind, affected_ms, detail, recorded_at)
                            values (?, ?, ?, 'JUDGED', 'SEEK_AHEAD', ?, 'test', ?)""")) {
                        s.setObject(1, session);
                        s.setLong(2, personId);
                        s.setLong(3, i + 1);
                        s.setLong(4, affectedMs);
                        s.setTimestamp(5, now);
                        s.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
