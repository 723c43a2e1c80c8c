package org.anxue.creditbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.creditbank.model.EntryKind;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Entries posted by others than the learner: offline classes (posted only after a bureau officer's check),
 * exam results, certificates, recognitions and waivers, reversals; bad input is a clear 400 that changes nothing.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CreditEntriesTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    Ledger ledger;

    @Inject
    javax.sql.DataSource dataSource;

    Map<String, Object> classBody(String... attendees) {
        Map<String, Object> body = new HashMap<>();
        body.put("course", "危险化学品安全操作（线下）");
        body.put("trainingType", "ROUTINE");
        body.put("startsOn", TODAY.withDayOfMonth(1).toString());
        body.put("endsOn", TODAY.withDayOfMonth(2).toString());
        body.put("hours", "8");
        body.put("attendees", List.of(attendees));
        return body;
    }

    @Test
    void shouldPostAnOfflineClassOnlyAfterABureauOfficerOfTheInstitutionsJurisdictionApprovesIt() {
        CreditFixtures.World world = CreditFixtures.world();
        long institution = AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.APPROVED);
        String institutionAdmin = AdminFixtures.institutionAdmin(institution).username();

        long classId = CreditFixtures.as(institutionAdmin).contentType(ContentType.JSON).body(classBody(world.worker().idNumber()))
                .when().post("/api/credits/offline-classes").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).as("not before the check").isEmpty();

        CreditFixtures.as(AdminFixtures.officer(world.tree().districtB()).username()).contentType(ContentType.JSON)
                .body(Map.of("approve", true)).when().post("/api/credits/offline-classes/" + classId + "/check")
                .then().statusCode(404);
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        JsonPath checked = CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/credits/offline-classes/" + classId + "/check").then().statusCode(200).extract().jsonPath();
        assertThat(checked.getInt("posted")).isEqualTo(1);
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/credits/offline-classes/" + classId + "/check").then().statusCode(409);

        var entries = ledger.entriesOf(new PersonKey(world.worker().idNumber()));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.OFFLINE_CLASS_ATTENDED);
            assertThat(e.creditedHours().canonical()).isEqualTo("8.00");
            assertThat(e.source()).isEqualTo("institution:" + institution);
        });
        assertThat(CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement").then()
                .extract().path("offline").toString()).isEqualTo("8.00");
    }

    @Test
    void shouldRefuseBadOfflineClassesWithA400AndRecordNothing() {
        CreditFixtures.World world = CreditFixtures.world();
        long institution = AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.APPROVED);
        var admin = AdminFixtures.institutionAdmin(institution).username();
        String id = world.worker().idNumber();
        String badCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');

        Map<String, Object> unknown = classBody(TestAccounts.idNumber());
        Map<String, Object> noHours = classBody(id);
        noHours.put("hours", "0");
        Map<String, Object> tooMany = classBody(id);
        tooMany.put("hours", "500");
        Map<String, Object> notNumber = classBody(id);
        notNumber.put("hours", "八");
        Map<String, Object> backwards = classBody(id);
        backwards.put("endsOn", TODAY.minusYears(1).toString());
        Map<String, Object> noCourse = classBody(id);
        noCourse.remove("course");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        for (var c : List.of(Map.entry(classBody(badCheck), "badIdNumber"), Map.entry(unknown, "unknownPerson"),
                Map.entry(noHours, "hoursOutOfRange"), Map.entry(tooMany, "hoursOutOfRange"),
                Map.entry(notNumber, "hoursOutOfRange"), Map.entry(backwards, "badValue"), Map.entry(noCourse, "missingField"))) {
            String body = CreditFixtures.as(admin).contentType(ContentType.JSON).body(c.getKey())
                    .when().post("/api/credits/offline-classes").then().statusCode(400).extract().asString();
            assertThat(body).contains(c.getValue());
        }
        assertThat(CreditFixtures.as(admin).when().get("/api/credits/offline-classes").then().statusCode(200)
                .extract().jsonPath().getList("")).isEmpty();
    }

    @Test
    void shouldRecordCertificatesExamsRecognitionsAndReversalsByABureauOfficer() {
        CreditFixtures.World world = CreditFixtures.world();
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        String colleague = AdminFixtures.officer(world.tree().districtA()).username();
        String base = "/api/credits/people/" + world.worker().personId();

        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("certificateNumber", "T110101199001010011",
                "operationType", "LOW_VOLTAGE_ELECTRICIAN", "issuedOn", "2024-05-01", "evidence", "证书档案 1"))
                .when().post(base + "/certificates").then().statusCode(400);
        String certificate = CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of(
                        "operationType", "LOW_VOLTAGE_ELECTRICIAN", "issuedOn", "2024-05-01", "evidence", "证书档案 1"))
                .when().post(base + "/certificates").then().statusCode(201).extract().path("description");
        assertThat(certificate).startsWith("T" + world.worker().idNumber());

        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("exam", "E-1", "takenOn", TODAY.toString(),
                        "passed", true, "score", "92.5", "examSite", "台州考点", "evidence", "考试记录 1", "trainingType", "ROUTINE"))
                .when().post(base + "/exams").then().statusCode(201);
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("exam", "E-2", "takenOn", TODAY.toString(),
                        "passed", true, "score", "120", "examSite", "台州考点", "evidence", "考试记录 2", "trainingType", "ROUTINE"))
                .when().post(base + "/exams").then().statusCode(400);

        Map<String, Object> recognition = new HashMap<>(Map.of("kind", "RECOGNITION", "hours", "6", "day", TODAY.toString(),
                "trainingType", "ROUTINE", "reason", "外地培训认定", "evidence", "外地证明 1"));
        recognition.put("approvedBy", "BUREAU_OFFICER:" + world.tree().districtA() + ":" + officer);
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(recognition).when().post(base + "/recognitions")
                .then().statusCode(400);
        recognition.put("approvedBy", colleague);
        long sequence = CreditFixtures.as(officer).contentType(ContentType.JSON).body(recognition)
                .when().post(base + "/recognitions").then().statusCode(201).extract().jsonPath().getLong("sequence");
        assertThat(CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement").then()
                .extract().path("recognitions").toString()).isEqualTo("6.00");

        long reversal = CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("sequence", sequence,
                        "reason", "认定有误", "evidence", "复核意见 1"))
                .when().post(base + "/reversals").then().statusCode(201).extract().jsonPath().getLong("sequence");
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("sequence", reversal, "reason", "再冲正",
                "evidence", "x")).when().post(base + "/reversals").then().statusCode(400);
        assertThat(CreditFixtures.as(world.worker().username()).when().get("/api/credits/me/statement").then()
                .extract().path("recognitions").toString()).isEqualTo("0.00");
        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).hasSize(4);

        CreditFixtures.as(world.worker().username()).contentType(ContentType.JSON).body(recognition)
                .when().post(base + "/recognitions").then().statusCode(403);
        CreditFixtures.as(AdminFixtures.officer(world.tree().districtB()).username()).contentType(ContentType.JSON)
                .body(recognition).when().post(base + "/recognitions").then().statusCode(404);
    }
    @Test
    void shouldRecordAndApproveAnOfflineClassThroughThePages() {
        CreditFixtures.World world = CreditFixtures.world();
        long institution = AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.APPROVED);
        String institutionAdmin = AdminFixtures.institutionAdmin(institution).username();
        String officer = AdminFixtures.officer(world.tree().districtA()).username();

        CreditFixtures.as(institutionAdmin).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("course", "有限空间作业安全").formParam("trainingType", "ROUTINE")
                .formParam("startsOn", TODAY.withDayOfMonth(1).toString()).formParam("endsOn", TODAY.withDayOfMonth(1).toString())
                .formParam("hours", "4").formParam("attendees", world.worker().idNumber() + "\n")
                .when().post("/credits/offline-classes").then().statusCode(303);
        String list = CreditFixtures.as(officer).when().get("/credits/offline-classes").then().statusCode(200).extract().asString();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("data-class=\"(\\d+)\" data-class-status=\"PENDING\"").matcher(list);
        assertThat(row.find()).as("the officer sees the pending class").isTrue();

        CreditFixtures.as(officer).redirects().follow(false).contentType(ContentType.URLENC).formParam("approve", "true")
                .when().post("/credits/offline-classes/" + row.group(1) + "/check").then().statusCode(303);

        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).singleElement()
                .satisfies(e -> assertThat(e.creditedHours().canonical()).isEqualTo("4.00"));
        assertThat(CreditFixtures.as(officer).when().get("/credits/people/" + world.worker().personId()).then().statusCode(200)
                .extract().asString()).contains("data-officer-forms").contains("data-kind=\"OFFLINE_CLASS_ATTENDED\"");
        assertThat(CreditFixtures.as(world.worker().username()).when().get("/my/credits").then().statusCode(200)
                .extract().asString()).doesNotContain("data-officer-forms");
        CreditFixtures.as(officer).redirects().follow(false).contentType(ContentType.URLENC).formParam("sequence", "1")
                .formParam("reason", "名单有误").formParam("evidence", "复核 2")
                .when().post("/credits/people/" + world.worker().personId() + "/reversals").then().statusCode(303);
        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).hasSize(2);
    }

    @Test
    void shouldRecordTheTrainingInstitutionOfACertificateInTheLedgerUnderTheHash() throws Exception {
        CreditFixtures.World world = CreditFixtures.world();
        long institution = AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.APPROVED);
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        String admin = TestAccounts.create(org.anxue.security.Role.PLATFORM_ADMIN).username();
        String base = "/api/credits/people/" + world.worker().personId();

        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("operationType", "LOW_VOLTAGE_ELECTRICIAN",
                        "issuedOn", "2024-05-01", "evidence", "证书档案 1", "institutionId", institution))
                .when().post(base + "/certificates").then().statusCode(201);
        // one without an institution beside it: the column stays empty
        CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of("operationType", "WELDING",
                        "issuedOn", "2024-06-01", "evidence", "证书档案 2"))
                .when().post(base + "/certificates").then().statusCode(201);

        assertThat(institutionRefs(world.worker().idNumber())).containsExactly("institution-" + institution, null);
        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber())))
                .extracting(e -> ((org.anxue.creditbank.model.CertificateRecorded) e.details()).institutionId())
                .containsExactly("institution-" + institution, null);
        assertThat(brokenOf(admin, world.worker().idNumber())).isEmpty();

        // the institution is covered by the hash: changing it in the database breaks the chain at that entry
        alter("update credit_entry set institution_ref = 'institution-1' where id_number = ? and sequence = 1",
                world.worker().idNumber());
        try {
            assertThat(brokenOf(admin, world.worker().idNumber())).singleElement().satisfies(b -> {
                assertThat(b.get("sequence")).isEqualTo(1);
                assertThat(b.get("reason")).isEqualTo("ALTERED");
            });
        } finally {
            alter("update credit_entry set institution_ref = 'institution-" + institution + "' where id_number = ?"
                    + " and sequence = 1", world.worker().idNumber());
        }
        assertThat(brokenOf(admin, world.worker().idNumber())).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownOrUnapprovedInstitutionWithA400AndRecordNothing() throws Exception {
        CreditFixtures.World world = CreditFixtures.world();
        long pending = AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.PENDING);
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        String base = "/api/credits/people/" + world.worker().personId();

        for (Object bad : List.of(Long.MAX_VALUE, "institution-" + pending, pending, "某培训学校", "-3")) {
            JsonPath refused = CreditFixtures.as(officer).contentType(ContentType.JSON).body(Map.of(
                            "operationType", "LOW_VOLTAGE_ELECTRICIAN", "issuedOn", "2024-05-01", "evidence", "证书档案 1",
                            "institutionId", bad))
                    .when().post(base + "/certificates").then().statusCode(400).extract().jsonPath();
            assertThat(refused.getString("error")).as("for %s", bad).isEqualTo("unknownInstitution");
            assertThat(refused.getString("message")).contains("培训机构").contains(String.valueOf(bad));
        }
        assertThat(CreditFixtures.as(officer).cookie("lang", "en").contentType(ContentType.JSON).body(Map.of(
                        "operationType", "LOW_VOLTAGE_ELECTRICIAN", "issuedOn", "2024-05-01", "evidence", "证书档案 1",
                        "institutionId", "999999999"))
                .when().post(base + "/certificates").then().statusCode(400).extract().path("message").toString())
                .isEqualTo("There is no approved training institution 999999999 (choose one of the approved institutions,"
                        + " or leave it empty).");
        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).isEmpty();
        assertThat(institutionRefs(world.worker().idNumber())).isEmpty();
    }

    @Test
    void shouldOfferTheApprovedInstitutionsOnThePersonPageAndRecordTheOneChosen() throws Exception {
        CreditFixtures.World world = CreditFixtures.world();
        long approved = AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.APPROVED);
        long pending = AdminFixtures.institution(world.tree().districtA(), ApprovalStatus.PENDING);
        String officer = AdminFixtures.officer(world.tree().districtA()).username();
        String page = "/credits/people/" + world.worker().personId();
        String approvedName = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> org.anxue.org.Institution.<org.anxue.org.Institution>findById(approved).name);

        String form = CreditFixtures.as(officer).when().get(page).then().statusCode(200).extract().asString();
        assertThat(form).contains("data-certificate-institution-select")
                .contains("<option value=\"" + approved + "\">" + approvedName + "</option>")
                .doesNotContain("<option value=\"" + pending + "\">");

        // an unapproved one sent through the form: a page in the caller's language, nothing written
        assertThat(CreditFixtures.as(officer).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("operationType", "LOW_VOLTAGE_ELECTRICIAN").formParam("issuedOn", "2024-05-01")
                .formParam("evidence", "证书档案 3").formParam("institutionId", String.valueOf(pending))
                .when().post(page + "/certificates").then().statusCode(400).extract().asString())
                .contains("培训机构 " + pending + " 不存在或未获批准");
        assertThat(ledger.entriesOf(new PersonKey(world.worker().idNumber()))).isEmpty();

        CreditFixtures.as(officer).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("operationType", "LOW_VOLTAGE_ELECTRICIAN").formParam("issuedOn", "2024-05-01")
                .formParam("evidence", "证书档案 3").formParam("institutionId", String.valueOf(approved))
                .when().post(page + "/certificates").then().statusCode(303);
        // "not recorded" is the empty choice
        CreditFixtures.as(officer).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("operationType", "WELDING").formParam("issuedOn", "2024-06-01")
                .formParam("evidence", "证书档案 4").formParam("institutionId", "")
                .when().post(page + "/certificates").then().statusCode(303);

        assertThat(institutionRefs(world.worker().idNumber())).containsExactly("institution-" + approved, null);
        assertThat(CreditFixtures.as(officer).when().get(page).then().statusCode(200).extract().asString())
                .contains("<span data-certificate-institution>培训机构：" + approvedName + "</span>");
    }

    /** The institution_ref column of a person's entries, by sequence. */
    private List<String> institutionRefs(String idNumber) throws Exception {
        List<String> refs = new java.util.ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement q = c.prepareStatement(
                "select institution_ref from credit_entry where id_number = ? order by sequence")) {
            q.setString(1, idNumber);
            try (java.sql.ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    refs.add(r.getString(1));
                }
            }
        }
        return refs;
    }

    /** What the ledger verification endpoint reports broken in one person's account. */
    private static List<Map<String, Object>> brokenOf(String platformAdmin, String idNumber) {
        List<Map<String, Object>> broken = CreditFixtures.as(platformAdmin).when().get("/api/credits/verification")
                .then().statusCode(200).extract().jsonPath().getList("broken");
        return broken.stream().filter(b -> idNumber.equals(b.get("idNumber"))).toList();
    }

    /** Runs one statement with the append-only trigger disabled, in a transaction of its own. */
    private void alter(String sql, String idNumber) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("alter table credit_entry disable trigger credit_entry_no_update");
                try (java.sql.PreparedStatement q = c.prepareStatement(sql)) {
                    q.setString(1, idNumber);
                    q.executeUpdate();
                }
                s.execute("alter table credit_entry enable trigger credit_entry_no_update");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
