package org.anxue.oversight;

import static io.restassured.RestAssured.given;
import static org.anxue.oversight.OversightFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.anxue.learning.CourseCompleted;
import org.anxue.local.TestEngines;
import org.anxue.org.Bureau;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Person;
import org.anxue.oversight.reports.Reports;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Monthly reports and quarterly bulletins against real engines: the oversight fixtures (a fireworks company in
 * district A) plus a trade company in the sibling district B; completions, anomalies and a spot exam dated last
 * month, and some this month (outside the period).
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class OversightReportTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    DataSource ds;

    @Inject
    Reports reports;

    OversightFixtures.World world;
    long companyB;
    long personB;
    YearMonth lastMonth;
    Instant inPeriod;

    @BeforeEach
    void setUp() {
        world = OversightFixtures.world();
        lastMonth = YearMonth.now(ZONE).minusMonths(1);
        inPeriod = lastMonth.atDay(15).atTime(10, 0).atZone(ZONE).toInstant();
        OversightFixtures.Sibling sibling = OversightFixtures.siblingCompany(world);
        companyB = sibling.companyId();
        personB = sibling.personId();
    }

    private long id(String key) {
        return world.person(key).personId();
    }

    private static RequestSpecification send(TestAccounts.Browser browser) {
        return as(browser).header(CsrfTokens.HEADER, browser.csrf()).contentType("application/json");
    }

    private void complete(long personId, String type, Instant at) {
        var event = jakarta.enterprise.inject.spi.CDI.current()
                .select(new jakarta.enterprise.util.TypeLiteral<jakarta.enterprise.event.Event<CourseCompleted>>() { }).get();
        long attempt = System.nanoTime() % 1_000_000_000L + ThreadLocalRandom.current().nextInt(1000);
        CourseCompleted done = new CourseCompleted(personId, 1000 + attempt % 7, 5000 + attempt % 7, "报告测试课程", type,
                new BigDecimal("2.00"), 90 * 60, List.of(UUID.randomUUID()), attempt, 90, at);
        QuarkusTransaction.requiringNew().run(() -> event.fire(done));
    }

    /** Data of last month (in the period) and of this month (outside). */
    private void seedPeriod() {
        complete(id("principal"), "REFRESHER", inPeriod);
        complete(id("general"), "ROUTINE", inPeriod);
        complete(id("general"), "ROUTINE", inPeriod.plusSeconds(3600));
        complete(personB, "ROUTINE", inPeriod);
        complete(id("manager1"), "REFRESHER", Instant.now()); // this month: not in the period
        insertAnomalies(id("operator2"), 3, Timestamp.from(inPeriod));
        insertAnomalies(id("operator1"), 1, Timestamp.from(Instant.now()));
        insertSpotExam(world.companyId(), lastMonth.atDay(10), Map.of(id("principal"), true, id("manager1"), false,
                id("operator1"), true));
    }

    @Test
    void shouldComputeTheFiguresFromTheRowsAndKeepAnIssuedReportUnchanged() {
        seedPeriod();
        JsonPath city = send(world.officerCity()).body(Map.of("period", lastMonth.toString())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath();
        long v1 = city.getLong("summary.id");
        assertThat(city.getInt("summary.version")).isEqualTo(1);
        assertThat(city.getString("summary.kind")).isEqualTo("MONTH");
        LocalDate from = lastMonth.atDay(1);
        LocalDate until = lastMonth.atEndOfMonth();
        // three areas: district A, district B, the city's direct companies
        assertThat(city.getList("figures.byArea.name", String.class)).hasSize(3);
        for (String code : List.of("OA", "OB")) {
            long bureauId = bureauId(code + world.tag());
            Map<String, Object> row = city.getMap("figures.byArea.find { it.key == '" + bureauId + "' }");
            Map<String, Number> rows = fromRows(code + world.tag(), from, until);
            assertThat(((Number) row.get("trained")).intValue()).as(code + " trained").isEqualTo(rows.get("trained").intValue());
            assertThat(new BigDecimal(row.get("onlineHours").toString())).as(code + " hours")
                    .isEqualByComparingTo(new BigDecimal(rows.get("hours").toString()));
            assertThat(((Number) row.get("completions")).intValue()).isEqualTo(rows.get("completions").intValue());
            assertThat(((Number) row.get("anomalies")).intValue()).isEqualTo(rows.get("anomalies").intValue());
            assertThat(((Number) row.get("spotExams")).intValue()).isEqualTo(rows.get("exams").intValue());
            assertThat(((Number) row.get("examTakers")).intValue()).isEqualTo(rows.get("takers").intValue());
            assertThat(((Number) row.get("examPassed")).intValue()).isEqualTo(rows.get("passed").intValue());
            assertThat(((Number) row.get("people")).intValue()).isEqualTo(rows.get("people").intValue());
        }
        // the known values behind them: A trained the principal and the general worker (3 completions, 2 hours
        // credited each at the policy's ratio), 3 anomalies in the period, one exam with 2 of 3 passed
        Map<String, Object> a = city.getMap("figures.byArea.find { it.key == '" + bureauId("OA" + world.tag()) + "' }");
        assertThat(a.get("trained")).isEqualTo(2);
        assertThat(a.get("completions")).isEqualTo(3);
        assertThat(a.get("anomalies")).isEqualTo(3);
        assertThat(a.get("spotExams")).isEqualTo(1);
        assertThat(a.get("examPassed")).isEqualTo(2);
        assertThat(new BigDecimal(a.get("passPercent").toString())).isEqualByComparingTo("66.7");
        assertThat(city.getInt("figures.total.trained")).isEqualTo(3);
        assertThat(city.getList("figures.byIndustry.key", String.class)).contains("FIREWORKS", "INDUSTRY_TRADE");
        assertThat(city.getInt("figures.byIndustry.find { it.key == 'FIREWORKS' }.trained")).isEqualTo(2);
        // 达标: the credit bank's status of each employee for the period's year
        int met = 0;
        int judged = 0;
        for (var staff : world.staff().values()) {
            String status = as(world.officerA()).queryParam("year", until.getYear())
                    .get("/api/credits/people/" + staff.personId() + "/statement").then().statusCode(200).extract().path("status");
            if (status != null) {
                judged++;
                met += "MET".equals(status) ? 1 : 0;
            }
        }
        assertThat(a.get("met")).isEqualTo(met);
        assertThat(a.get("judged")).isEqualTo(judged);

        // later changes: another completion in the period and more anomalies
        String issued = as(world.officerCity()).get("/api/oversight/reports/" + v1).then().statusCode(200).extract()
                .jsonPath().prettify();
        complete(id("operator2"), "ROUTINE", inPeriod);
        insertAnomalies(id("general"), 2, Timestamp.from(inPeriod));
        String after = as(world.officerCity()).get("/api/oversight/reports/" + v1).then().statusCode(200).extract()
                .jsonPath().prettify();
        assertThat(after).isEqualTo(issued);
        JsonPath v2 = send(world.officerCity()).body(Map.of("period", lastMonth.toString())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath();
        assertThat(v2.getInt("summary.version")).isEqualTo(2);
        assertThat(v2.getInt("figures.total.trained")).isEqualTo(4);
        assertThat(v2.getInt("figures.total.anomalies")).isEqualTo(city.getInt("figures.total.anomalies") + 2);
        assertThat(as(world.officerCity()).get("/api/oversight/reports/" + v1).then().extract().jsonPath()
                .getInt("figures.total.trained")).isEqualTo(3);
        List<Long> listed = as(world.officerCity()).get("/api/oversight/reports").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.bureauId == " + world.cityId() + " }.id", Long.class);
        assertThat(listed).contains(v1, v2.getLong("summary.id"));
        given().cookies(world.officerCity().cookies()).get("/oversight/reports").then().statusCode(200)
                .body(containsString("data-report=\"" + v1 + "\"")).body(containsString("v2"));
        given().cookies(world.officerCity().cookies()).header("Accept-Language", "en").get("/oversight/reports/" + v1)
                .then().statusCode(200).body(containsString("By county/district")).body(containsString("66.7%"));
        // the stored row cannot be changed
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "update oversight_report set figures = '{}'::jsonb where id = ?")) {
            s.setLong(1, v1);
            org.assertj.core.api.Assertions.assertThatThrownBy(s::executeUpdate).hasMessageContaining("cannot be changed");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldCountWhoHadMetTheirHoursByThePeriodsEndAndNotTrainingAfterIt() {
        // in January last month belongs to last year, whose statement no recognition of this year changes
        org.junit.jupiter.api.Assumptions.assumeTrue(lastMonth.getYear() == LocalDate.now(ZONE).getYear());
        JsonPath v1 = send(world.officerA()).body(Map.of("period", lastMonth.toString())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath();
        int metAtTheEnd = v1.getInt("figures.total.met");

        // the general worker's hours took place today: met now, but not by the end of last month
        recognise(id("general"), "ROUTINE", LocalDate.now(ZONE));
        assertThat(as(world.officerA()).get("/api/credits/people/" + id("general") + "/statement").then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("MET");
        assertThat(as(world.officerA()).get("/api/oversight/compliance").then().statusCode(200).extract().jsonPath()
                .getList("behind.personId", Long.class)).doesNotContain(id("general"));
        JsonPath v2 = send(world.officerA()).body(Map.of("period", lastMonth.toString())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath();
        assertThat(v2.getInt("figures.total.met")).isEqualTo(metAtTheEnd);

        // the first manager's hours took place within last month (recorded today): they count
        recognise(id("manager1"), "REFRESHER", lastMonth.atDay(20));
        JsonPath v3 = send(world.officerA()).body(Map.of("period", lastMonth.toString())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath();
        assertThat(v3.getInt("figures.total.met")).isEqualTo(metAtTheEnd + 1);
        assertThat(v3.getInt("summary.version")).isEqualTo(3);
    }

    /** 100 hours recognised by district A's officer, taking place on {@code day}. */
    private void recognise(long personId, String type, LocalDate day) {
        send(world.officerA()).body(Map.of("kind", "RECOGNITION", "hours", "100", "day", day.toString(), "trainingType", type,
                        "reason", "外地培训认定", "evidence", "证明材料", "approvedBy", "BUREAU_OFFICER:0:approver-" + world.tag()))
                .post("/api/credits/people/" + personId + "/recognitions").then().statusCode(201);
    }

    @Test
    void shouldIssueALargeSubtreesReportInTheBackgroundWithProgress() throws Exception {
        seedPeriod();
        org.anxue.oversight.Officer city = QuarkusTransaction.requiringNew().call(() -> {
            Bureau b = Bureau.findById(world.cityId());
            return new org.anxue.oversight.Officer(null, "市局检查员", b.id, b.name, b.path, "CITY");
        });
        // forced into the background (the configured threshold is 50,000 open employments)
        Reports.Generated generated = reports.generate(city, lastMonth.toString(), 0);
        assertThat(generated.report()).isNull();
        assertThat(generated.run().status()).isEqualTo("RUNNING");
        assertThat(generated.run().subject()).isEqualTo(lastMonth.toString());
        long runId = generated.run().id();
        Instant until = Instant.now().plusSeconds(120);
        org.anxue.oversight.OversightRuns.Run run = reports.run(city, runId);
        while (run.running() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            run = reports.run(city, runId);
        }
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.progress()).isEqualTo(100);
        long reportId = as(world.officerCity()).get("/api/oversight/reports/runs/" + runId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DONE")).extract().jsonPath().getLong("reportId");
        Reports.Report background = reports.get(city, reportId);
        assertThat(background.summary().version()).isEqualTo(1);
        // the same figures as a report issued within the request
        Reports.Report direct = reports.generate(city, lastMonth.toString(), Integer.MAX_VALUE).report();
        assertThat(direct.summary().version()).isEqualTo(2);
        assertThat(background.figures()).usingRecursiveComparison().isEqualTo(direct.figures());
        // a district cannot see the city's run
        as(world.officerA()).get("/api/oversight/reports/runs/" + runId).then().statusCode(404);
    }

    @Test
    void shouldCountThePeopleEmployedAtThePeriodsEnd() {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate until = lastMonth.atEndOfMonth();
        QuarkusTransaction.requiringNew().run(() -> {
            // operator2 left today (after the period): counted; the general worker left before the period ended: not
            Employment.<Employment>find("person.id", id("operator2")).firstResult().end(today, "left");
            Employment.<Employment>find("person.id", id("general")).firstResult().end(until.minusDays(1), "left");
            // hired today: not yet employed at the period's end
            Employment colleague = Employment.find("person.id", id("manager1")).firstResult();
            Person hired = Person.of(new IdentityNumber(TestAccounts.idNumber()), "新员工" + world.tag(), null);
            hired.persist();
            Employment.start(hired, colleague.post, colleague.department, today).persist();
        });
        JsonPath report = send(world.officerA()).body(Map.of("period", lastMonth.toString())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getInt("figures.total.people")).isEqualTo(5)
                .isEqualTo(fromRows("OA" + world.tag(), lastMonth.atDay(1), until).get("people").intValue());
        assertThat(report.getInt("figures.total.judged")).isLessThanOrEqualTo(5);
        // the dashboard counts today's open employments: operator2 and the general worker gone, the new hire there
        JsonPath dashboard = as(world.officerA()).get("/api/oversight/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getInt("overall.of") + dashboard.getInt("skipped")).isEqualTo(5);
        assertThat(dashboard.getInt("companies[0].people")).isEqualTo(5);
    }

    @Test
    void shouldKeepSiblingBureausApartAndRefuseBadPeriods() {
        seedPeriod();
        long quarterA = send(world.officerA()).body(Map.of("period", previousQuarter())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath().getLong("summary.id");
        for (String path : List.of("/api/oversight/reports/" + quarterA, "/api/oversight/reports/" + quarterA + ".xlsx",
                "/api/oversight/reports/" + quarterA + ".pdf")) {
            given().cookies(world.officerB().cookies()).get(path).then().statusCode(404);
        }
        given().cookies(world.officerB().cookies()).get("/oversight/reports/" + quarterA).then().statusCode(404);
        assertThat(as(world.officerB()).get("/api/oversight/reports").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(quarterA);
        as(world.officerCity()).get("/api/oversight/reports/" + quarterA).then().statusCode(200);
        long before = count();
        String current = YearMonth.now(ZONE).toString();
        for (String bad : List.of("2026-13", "last month", "", current, "1999-Q1")) {
            send(world.officerA()).header("Accept-Language", "en").body(Map.of("period", bad)).post("/api/oversight/reports")
                    .then().statusCode(400).body("error", org.hamcrest.Matchers.anyOf(
                            org.hamcrest.Matchers.equalTo("badPeriod"), org.hamcrest.Matchers.equalTo("periodNotOver")));
        }
        assertThat(count()).isEqualTo(before);
        // the page's form: a bad period is a 400 page with the message, a good one a new report and a redirect to it
        given().cookies(world.officerA().cookies()).header("Accept-Language", "en").redirects().follow(false)
                .formParam(CsrfTokens.FIELD, world.officerA().csrf()).formParam("period", "2026-13")
                .post("/oversight/reports").then().statusCode(400).body(containsString("is not understood"));
        assertThat(count()).isEqualTo(before);
        String location = given().cookies(world.officerA().cookies()).redirects().follow(false)
                .formParam(CsrfTokens.FIELD, world.officerA().csrf()).formParam("period", lastMonth.toString())
                .post("/oversight/reports").then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/oversight/reports/\\d+");
        given().cookies(world.officerA().cookies()).get(location).then().statusCode(200)
                .body(containsString("月度报告")).body(containsString("data-figures=\"area\""));
        String worker = world.workerUsername();
        as(TestAccounts.signIn(worker, TestAccounts.PASSWORD)).get("/api/oversight/reports").then().statusCode(403);
    }

    @Test
    void shouldExportTheStoredFiguresAsXlsxAndPdf() throws Exception {
        seedPeriod();
        JsonPath report = send(world.officerCity()).body(Map.of("period", lastMonth.toString())).post("/api/oversight/reports")
                .then().statusCode(201).extract().jsonPath();
        long id = report.getLong("summary.id");
        byte[] xlsx = given().cookies(world.officerCity().cookies()).get("/oversight/reports/" + id + ".xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet areas = book.getSheetAt(0);
            assertThat(areas.getRow(0).getCell(0).getStringCellValue()).contains("月度报告", lastMonth.toString(), "(v1)");
            List<String> names = new ArrayList<>();
            for (int r = 4; r < 4 + 3; r++) {
                names.add(areas.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).isEqualTo(report.getList("figures.byArea.name", String.class));
            Row a = areas.getRow(4);
            assertThat((int) a.getCell(2).getNumericCellValue()).isEqualTo(report.getInt("figures.byArea[0].trained")).isEqualTo(2);
            assertThat((int) a.getCell(9).getNumericCellValue()).isEqualTo(1);
            assertThat(a.getCell(12).getNumericCellValue()).isEqualTo(66.7);
            Row total = areas.getRow(7);
            assertThat(total.getCell(0).getStringCellValue()).contains("合计");
            assertThat((int) total.getCell(2).getNumericCellValue()).isEqualTo(3);
            Sheet industries = book.getSheetAt(1);
            assertThat(industries.getRow(4).getCell(0).getStringCellValue()).isEqualTo("烟花爆竹");
        }
        byte[] pdf = given().cookies(world.officerCity().cookies()).get("/api/oversight/reports/" + id + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("抽考市应急管理局" + world.tag(), lastMonth.toString(), "月度报告", "甲区应急管理局" + world.tag(),
                    "66.7", "合计", "烟花爆竹");
        }
    }

    @Test
    void shouldIssueLastMonthsReportForEveryCityOnceFromTheScheduledJob() {
        complete(id("principal"), "REFRESHER", inPeriod);
        reports.issueLastMonth();
        JsonPath first = as(world.officerCity()).get("/api/oversight/reports").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = first.getList("findAll { it.bureauId == " + world.cityId() + " }");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("period")).isEqualTo(lastMonth.toString());
        assertThat(mine.get(0).get("scheduled")).isEqualTo(true);
        assertThat(mine.get(0).get("generatedBy")).isEqualTo(Reports.SCHEDULER);
        long id = ((Number) mine.get(0).get("id")).longValue();
        assertThat(as(world.officerCity()).get("/api/oversight/reports/" + id).then().extract().jsonPath()
                .getInt("figures.total.trained")).isEqualTo(1);
        // a second run (or a second replica) issues nothing more for that month
        assertThat(reports.issueLastMonth()).isZero();
        assertThat(as(world.officerCity()).get("/api/oversight/reports").then().extract().jsonPath()
                .getList("findAll { it.bureauId == " + world.cityId() + " }")).hasSize(1);
    }

    @Test
    void shouldIssueLastQuartersBulletinForEveryCityOnceFromTheScheduledJob() {
        reports.issueLastQuarter();
        List<Map<String, Object>> mine = as(world.officerCity()).get("/api/oversight/reports").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.bureauId == " + world.cityId() + " }");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("kind")).isEqualTo("QUARTER");
        assertThat(mine.get(0).get("period")).isEqualTo(previousQuarter());
        assertThat(mine.get(0).get("scheduled")).isEqualTo(true);
        // idempotent; and the monthly job is a separate report
        assertThat(reports.issueLastQuarter()).isZero();
        reports.issueLastMonth();
        assertThat(as(world.officerCity()).get("/api/oversight/reports").then().extract().jsonPath()
                .getList("findAll { it.bureauId == " + world.cityId() + " }.kind")).containsExactlyInAnyOrder("QUARTER", "MONTH");
    }

    private String previousQuarter() {
        YearMonth m = YearMonth.now(ZONE);
        int q = (m.getMonthValue() - 1) / 3 + 1;
        return q == 1 ? (m.getYear() - 1) + "-Q4" : m.getYear() + "-Q" + (q - 1);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from oversight_report");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private long bureauId(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Bureau) Bureau.find("code", code).firstResult()).id);
    }

    /** The figures of a district recomputed from the rows, independently of the feature's code. */
    private Map<String, Number> fromRows(String bureauCode, LocalDate from, LocalDate until) {
        Map<String, Number> out = new HashMap<>();
        // people employed on the period's last day
        String subtree = " " + """
                from employment e join person p on p.id = e.person_id join company co on co.id = e.company_id
                join bureau b on b.id = co.bureau_id
                where e.start_date <= date '%1$s' and (e.end_date is null or e.end_date >= date '%1$s')
                  and b.path like (select path from bureau where code = ?) || '%%'""".formatted(until);
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    select count(distinct p.id),
                           count(distinct p.id) filter (where exists (select 1 from credit_entry ce where ce.id_number = p.id_number
                               and ce.kind in ('ONLINE_COURSE_COMPLETED', 'OFFLINE_CLASS_ATTENDED') and ce.occurred_on between ? and ?))
                    """ + subtree)) {
                s.setObject(1, from);
                s.setObject(2, until);
                s.setString(3, bureauCode);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    out.put("people", r.getInt(1));
                    out.put("trained", r.getInt(2));
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select count(*), coalesce(sum(ce.credited_hours), 0) from credit_entry ce
                    where ce.kind = 'ONLINE_COURSE_COMPLETED' and ce.occurred_on between ? and ?
                      and ce.id_number in (select p.id_number """ + subtree + ")")) {
                s.setObject(1, from);
                s.setObject(2, until);
                s.setString(3, bureauCode);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    out.put("completions", r.getInt(1));
                    out.put("hours", r.getBigDecimal(2));
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select count(*) from playback_anomaly a where a.recorded_at >= ? and a.recorded_at < ?
                      and a.person_id in (select p.id """ + subtree + ")")) {
                s.setTimestamp(1, Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
                s.setTimestamp(2, Timestamp.from(until.plusDays(1).atStartOfDay(ZONE).toInstant()));
                s.setString(3, bureauCode);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    out.put("anomalies", r.getInt(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select count(distinct x.id), count(t.id), count(t.id) filter (where t.passed)
                    from spot_exam x join company co on co.id = x.company_id join bureau b on b.id = co.bureau_id
                    left join spot_exam_taker t on t.exam_id = x.id
                    where x.inspected_on between ? and ? and b.path like (select path from bureau where code = ?) || '%'""")) {
                s.setObject(1, from);
                s.setObject(2, until);
                s.setString(3, bureauCode);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    out.put("exams", r.getInt(1));
                    out.put("takers", r.getInt(2));
                    out.put("passed", r.getInt(3));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private void insertSpotExam(long companyId, LocalDate on, Map<Long, Boolean> passed) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = ds.getConnection()) {
                long exam;
                try (PreparedStatement s = c.prepareStatement("""
                        insert into spot_exam (bureau_id, company_id, place, inspected_on, officer_name, time_limit_minutes,
                            question_count, pass_mark, created_at, open_until, closed_at)
                        select co.bureau_id, co.id, '车间', ?, '检查员', 15, 10, 80, ?, ?, ? from company co where co.id = ?
                        returning id""")) {
                    Timestamp at = Timestamp.from(on.atTime(9, 0).atZone(ZONE).toInstant());
                    s.setObject(1, on);
                    s.setTimestamp(2, at);
                    s.setTimestamp(3, at);
                    s.setTimestamp(4, at);
                    s.setLong(5, companyId);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        exam = r.getLong(1);
                    }
                }
                String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
                for (var taker : passed.entrySet()) {
                    StringBuilder code = new StringBuilder();
                    for (int i = 0; i < 8; i++) {
                        code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
                    }
                    try (PreparedStatement s = c.prepareStatement("""
                            insert into spot_exam_taker (exam_id, person_id, name, post_kind, code, started_at, deadline,
                                finished_at, finish_reason, question_count, correct, score, passed)
                            select ?, p.id, p.name, 'GENERAL', ?, ?, ?, ?, 'SUBMITTED', 10, ?, ?, ? from person p where p.id = ?""")) {
                        Timestamp at = Timestamp.from(on.atTime(9, 5).atZone(ZONE).toInstant());
                        s.setLong(1, exam);
                        s.setString(2, code.toString());
                        s.setTimestamp(3, at);
                        s.setTimestamp(4, at);
                        s.setTimestamp(5, at);
                        s.setInt(6, taker.getValue() ? 9 : 5);
                        s.setInt(7, taker.getValue() ? 90 : 50);
                        s.setBoolean(8, taker.getValue());
                        s.setLong(9, taker.getKey());
                        s.executeUpdate();
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void insertAnomalies(long personId, int count, Timestamp at) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = ds.getConnection()) {
                UUID session = UUID.randomUUID();
                try (PreparedStatement s = c.prepareStatement("""
                        insert into playback_session (id, person_id, lesson_id, course_id, video_duration_ms, opened_at, state,
                            ended_at, last_sequence, elapsed_clock_from, playhead_ms, carried_allowance_ms, credited_ms,
                            checkpoint_due_at_ms) values (?, ?, 1, 1, 600000, ?, 'ENDED', ?, 0, ?, 0, 0, 0, 0)""")) {
                    s.setObject(1, session);
                    s.setLong(2, personId);
                    s.setTimestamp(3, at);
                    s.setTimestamp(4, at);
                    s.setTimestamp(5, at);
                    s.executeUpdate();
                }
                for (int i = 0; i < count; i++) {
                    try (PreparedStatement s = c.prepareStatement("""
                            insert into playback_anomaly (session_id, person_id, sequence, origin, kind, affected_ms, detail, recorded_at)
                            values (?, ?, ?, 'JUDGED', 'SEEK_AHEAD', 60000, 'test', ?)""")) {
                        s.setObject(1, session);
                        s.setLong(2, personId);
                        s.setLong(3, i + 1);
                        s.setTimestamp(4, at);
                        s.executeUpdate();
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
