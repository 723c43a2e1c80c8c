package org.anxue.oversight;

import static org.anxue.oversight.OversightFixtures.as;
import static org.anxue.oversight.OversightFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spot exams through the API, against the real database: per-person draws from the question banks,
 * grading on the server, the deadline kept by the server clock (stopped and moved by the tests),
 * and the jurisdiction boundary between sibling bureaus.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class SpotExamTests {

    @Inject
    DataSource ds;

    @Inject
    TestOversightClock clock;

    OversightFixtures.World world;

    @BeforeEach
    void setUp() {
        world = OversightFixtures.world();
        OversightFixtures.publishedQuestions(ds, world.institutionId(), List.of("FIREWORKS"), List.of("SAFETY_MANAGER"), 12);
        OversightFixtures.publishedQuestions(ds, world.institutionId(), List.of("FIREWORKS"), List.of("PRINCIPAL"), 12);
        OversightFixtures.publishedQuestions(ds, world.institutionId(), List.of("FIREWORKS"), List.of("SPECIAL_OPERATION_WORKER"), 12);
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    @Test
    void shouldDrawADifferentSetForEachPersonFromTheBanksOfTheirPostAndIndustry() {
        JsonPath exam = OversightFixtures.start(world, 10, 5, "principal", "manager1", "manager2", "operator1", "operator2");
        List<Map<String, Object>> takers = exam.getList("exam.takers");
        assertThat(takers).hasSize(5);
        Set<List<Long>> orders = new HashSet<>();
        Set<Set<Long>> managerSets = new HashSet<>();
        for (Map<String, Object> taker : takers) {
            long takerId = ((Number) taker.get("id")).longValue();
            String kind = (String) taker.get("postKind");
            String catalogKind = QuestionDraw.catalogPostKind(kind);
            List<Long> questions = Sql.list(ds, "select question_id from spot_exam_question where taker_id = ? order by position",
                    r -> r.getLong(1), takerId);
            assertThat(questions).hasSize(5).doesNotHaveDuplicates();
            orders.add(questions);
            if (kind.equals("SAFETY_MANAGER")) {
                managerSets.add(new HashSet<>(questions));
            }
            // every question comes from a course for the person's post kind in the company's industry
            int matching = Sql.one(ds, """
                    select count(*) from spot_exam_question s join course_question q on q.id = s.question_id
                     where s.taker_id = ?
                       and exists (select 1 from course_version_industry i where i.version_id = q.version_id and i.industry = 'FIREWORKS')
                       and exists (select 1 from course_version_post_kind k where k.version_id = q.version_id and k.post_kind = ?)""",
                    r -> r.getInt(1), takerId, catalogKind).orElseThrow();
            assertThat(matching).as("questions of %s matching %s", taker.get("name"), catalogKind).isEqualTo(5);
        }
        assertThat(orders).as("every person's questions differ").hasSize(5);
        assertThat(managerSets).as("the two safety managers got different sets").hasSize(2);
        List<String> codes = exam.getList("exam.takers.code");
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[2-9A-HJKMNP-Z]{8}"));
    }

    @Test
    void shouldGradeOnTheServerWithoutEverSendingTheKeys() {
        JsonPath exam = OversightFixtures.start(world, 10, 5, "manager1");
        long examId = exam.getLong("exam.id");
        String code = exam.getString("exam.takers[0].code");
        OversightFixtures.Staff manager = world.person("manager1");

        JsonPath started = phone().body(Map.of("code", code.toLowerCase(), "name", manager.name(), "idLast4", manager.last4()))
                .post("/api/spot-exam-sessions").then().statusCode(201).extract().jsonPath();
        String token = started.getString("token");
        assertThat(started.getString("session.status")).isEqualTo("ANSWERING");
        assertThat(started.getList("session.questions")).hasSize(5);
        String body = phone().header(AnswerResource.TOKEN_HEADER, token).get("/api/spot-exam-sessions/" + code)
                .then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("\"answer\"").doesNotContain("\"correct\":true");

        // four right (the fixture's key is B), one wrong
        for (int position = 1; position <= 4; position++) {
            phone().header(AnswerResource.TOKEN_HEADER, token).body(Map.of("answer", "b"))
                    .put("/api/spot-exam-sessions/" + code + "/answers/" + position).then().statusCode(200);
        }
        phone().header(AnswerResource.TOKEN_HEADER, token).body(Map.of("answer", "D"))
                .put("/api/spot-exam-sessions/" + code + "/answers/5").then().statusCode(400);
        phone().header(AnswerResource.TOKEN_HEADER, token).body(Map.of("answers", Map.of("5", "C")))
                .post("/api/spot-exam-sessions/" + code + "/submission").then().statusCode(200)
                .body("status", equalTo("FINISHED")).body("correct", equalTo(4)).body("score", equalTo(80))
                .body("passed", equalTo(true));
        // a wrong token sees nothing; answers after handing in are refused
        phone().header(AnswerResource.TOKEN_HEADER, "not-the-token").get("/api/spot-exam-sessions/" + code).then().statusCode(404);
        phone().header(AnswerResource.TOKEN_HEADER, token).body(Map.of("answer", "B"))
                .put("/api/spot-exam-sessions/" + code + "/answers/5").then().statusCode(409);

        JsonPath seen = as(world.officerA()).get("/api/spot-exams/" + examId).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("exam.takers[0].status")).isEqualTo("FINISHED");
        assertThat(seen.getInt("exam.takers[0].score")).isEqualTo(80);
        assertThat(seen.getString("exam.takers[0].finishReason")).isEqualTo("SUBMITTED");
        // the person's record, as 一人一档 will read it
        int recorded = Sql.one(ds, "select score from spot_exam_taker where person_id = ? and exam_id = ?",
                r -> r.getInt(1), manager.personId(), examId).orElseThrow();
        assertThat(recorded).isEqualTo(80);
    }

    @Test
    void shouldRefuseAnswersAfterTheDeadlineAndGradeAtTheDeadline() {
        Instant start = clock.freeze();
        JsonPath exam = OversightFixtures.start(world, 5, 4, "manager1", "operator1");
        long examId = exam.getLong("exam.id");
        Map<String, String> codes = Map.of(exam.getString("exam.takers[0].postKind"), exam.getString("exam.takers[0].code"),
                exam.getString("exam.takers[1].postKind"), exam.getString("exam.takers[1].code"));
        OversightFixtures.Staff manager = world.person("manager1");
        OversightFixtures.Staff operator = world.person("operator1");
        String managerCode = codes.get("SAFETY_MANAGER");
        String operatorCode = codes.get("SPECIAL_OPERATION");
        String managerToken = phone().body(Map.of("code", managerCode, "name", manager.name(), "idLast4", manager.last4()))
                .post("/api/spot-exam-sessions").then().statusCode(201).extract().path("token");
        phone().body(Map.of("code", operatorCode, "name", operator.name(), "idLast4", operator.last4()))
                .post("/api/spot-exam-sessions").then().statusCode(201);

        clock.advance(Duration.ofMinutes(2));
        for (int position = 1; position <= 2; position++) {
            phone().header(AnswerResource.TOKEN_HEADER, managerToken).body(Map.of("answer", "B"))
                    .put("/api/spot-exam-sessions/" + managerCode + "/answers/" + position).then().statusCode(200);
        }
        clock.advance(Duration.ofMinutes(3)); // exactly at the deadline: too late
        phone().header(AnswerResource.TOKEN_HEADER, managerToken).body(Map.of("answer", "B"))
                .put("/api/spot-exam-sessions/" + managerCode + "/answers/3").then().statusCode(409)
                .body("error", equalTo("timeIsUp"));
        phone().header(AnswerResource.TOKEN_HEADER, managerToken).body(Map.of("answers", Map.of("4", "B")))
                .post("/api/spot-exam-sessions/" + managerCode + "/submission").then().statusCode(409);

        Instant deadline = start.plus(Duration.ofMinutes(5));
        record Graded(Instant finishedAt, String reason, int correct, Instant deadline) {
        }
        Graded managerResult = Sql.one(ds, "select finished_at, finish_reason, correct, deadline from spot_exam_taker where code = ?",
                r -> new Graded(r.getTimestamp(1).toInstant(), r.getString(2), r.getInt(3), r.getTimestamp(4).toInstant()),
                managerCode).orElseThrow();
        assertThat(managerResult.deadline()).isEqualTo(deadline);
        assertThat(managerResult.finishedAt()).isEqualTo(deadline);
        assertThat(managerResult.reason()).isEqualTo("DEADLINE");
        assertThat(managerResult.correct()).as("only the two answers in time count").isEqualTo(2);

        // the operator answered nothing and never handed in: the officer's page grades them at the deadline
        clock.advance(Duration.ofMinutes(10));
        JsonPath seen = as(world.officerA()).get("/api/spot-exams/" + examId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> takers = seen.getList("exam.takers");
        Map<String, Object> operatorRow = takers.stream().filter(t -> t.get("postKind").equals("SPECIAL_OPERATION")).findFirst().orElseThrow();
        assertThat(operatorRow.get("status")).isEqualTo("FINISHED");
        assertThat(operatorRow.get("score")).isEqualTo(0);
        assertThat(operatorRow.get("finishReason")).isEqualTo("DEADLINE");
        Timestamp finished = Sql.one(ds, "select finished_at from spot_exam_taker where code = ?", r -> r.getTimestamp(1),
                operatorCode).orElseThrow();
        assertThat(finished.toInstant()).isEqualTo(deadline);
        assertThat(((Number) operatorRow.get("secondsTaken")).longValue()).isEqualTo(300);
    }

    @Test
    void shouldRefuseAWrongIdentityAndLetTheSignedInWorkerStart() {
        JsonPath exam = OversightFixtures.start(world, 10, 3, "operator1", "operator2");
        String code1 = exam.getList("exam.takers", Map.class).stream()
                .filter(t -> ((Number) t.get("personId")).longValue() == world.person("operator1").personId())
                .map(t -> (String) t.get("code")).findFirst().orElseThrow();
        OversightFixtures.Staff other = world.person("operator2");
        phone().body(Map.of("code", code1, "name", other.name(), "idLast4", other.last4()))
                .post("/api/spot-exam-sessions").then().statusCode(400).body("error", equalTo("identityMismatch"));
        // operator1 has a worker account: signed in, no name or digits needed
        var worker = org.anxue.security.TestAccounts.signIn(world.workerUsername(), org.anxue.security.TestAccounts.PASSWORD);
        as(worker).body(Map.of("code", code1, "signedIn", true)).post("/api/spot-exam-sessions").then().statusCode(201)
                .body("session.name", equalTo(world.person("operator1").name()));
    }

    @Test
    void shouldShowNothingToASiblingBureau() {
        JsonPath exam = OversightFixtures.start(world, 10, 3, "principal");
        long examId = exam.getLong("exam.id");
        as(world.officerB()).get("/api/spot-exams/" + examId).then().statusCode(404);
        as(world.officerB()).post("/api/spot-exams/" + examId + "/closure").then().statusCode(404);
        assertThat(as(world.officerB()).get("/api/spot-exams").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(examId);
        as(world.officerB()).queryParam("companyId", world.companyId()).get("/api/spot-exams/candidates").then().statusCode(404);
        as(world.officerB()).body(Map.of("companyId", world.companyId(), "place", "x", "personIds",
                List.of(world.person("principal").personId()))).post("/api/spot-exams").then().statusCode(404);
        as(world.officerB()).queryParam("q", world.tag()).get("/api/spot-exams/companies").then().statusCode(200)
                .body("size()", equalTo(0));
        given404Page(world.officerB(), "/oversight/spot-exams/" + examId);
        // the city above both sees it
        as(world.officerCity()).get("/api/spot-exams/" + examId).then().statusCode(200);
        assertThat(as(world.officerCity()).get("/api/spot-exams").then().extract().jsonPath().getList("id", Long.class))
                .contains(examId);
        // a worker is no officer
        var worker = org.anxue.security.TestAccounts.signIn(world.workerUsername(), org.anxue.security.TestAccounts.PASSWORD);
        as(worker).get("/api/spot-exams/" + examId).then().statusCode(403);
    }

    @Test
    void shouldListTheCompanysCurrentEmployeesByPostKindDepartmentAndName() {
        List<String> all = as(world.officerA()).queryParam("companyId", world.companyId()).get("/api/spot-exams/candidates")
                .then().statusCode(200).extract().jsonPath().getList("postKind");
        assertThat(all).containsExactly("PRINCIPAL", "SAFETY_MANAGER", "SAFETY_MANAGER", "SPECIAL_OPERATION",
                "SPECIAL_OPERATION", "GENERAL");
        as(world.officerA()).queryParam("companyId", world.companyId()).queryParam("postKind", "SPECIAL_OPERATION")
                .get("/api/spot-exams/candidates").then().statusCode(200).body("size()", equalTo(2))
                .body("departmentName", org.hamcrest.Matchers.everyItem(equalTo("生产车间")));
        as(world.officerA()).queryParam("companyId", world.companyId()).queryParam("name", "王安全")
                .get("/api/spot-exams/candidates").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].personId", equalTo((int) world.person("manager2").personId()))
                .body("[0].maskedIdNumber", org.hamcrest.Matchers.endsWith(world.person("manager2").last4()));
        assertThat(as(world.officerA()).queryParam("q", world.tag()).get("/api/spot-exams/companies").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).containsExactly(world.companyId());
    }

    @Test
    void shouldRefuseBadInputAndChangeNothing() {
        long before = Sql.one(ds, "select count(*) from spot_exam", r -> r.getLong(1)).orElseThrow();
        as(world.officerA()).body(Map.of("companyId", world.companyId(), "place", "车间", "personIds", List.of(-1)))
                .post("/api/spot-exams").then().statusCode(400).body("error", equalTo("notAnEmployee"));
        as(world.officerA()).body(Map.of("companyId", world.companyId(), "place", " ", "personIds",
                List.of(world.person("principal").personId()))).post("/api/spot-exams").then().statusCode(400)
                .body("error", equalTo("placeRequired"));
        as(world.officerA()).body(Map.of("companyId", world.companyId(), "place", "车间", "timeLimitMinutes", 0,
                "personIds", List.of(world.person("principal").personId()))).post("/api/spot-exams").then().statusCode(400)
                .body("error", equalTo("badTimeLimit"));
        long after = Sql.one(ds, "select count(*) from spot_exam", r -> r.getLong(1)).orElseThrow();
        assertThat(after).isEqualTo(before);
    }

    private static void given404Page(org.anxue.security.TestAccounts.Browser browser, String path) {
        io.restassured.RestAssured.given().cookies(browser.cookies()).accept("text/html").get(path).then().statusCode(404);
    }
}
