package org.anxue.learning.completion;

import static org.anxue.learning.LearningWorld.as;
import static org.anxue.learning.LearningWorld.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.learning.LearningWorld;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The final test over the API: not before every lesson is complete, the drawn set stored with the
 * attempt and no answer key in what the client gets, server grading of every kind, pass and fail,
 * the attempt limit, double submission, another person's attempt — refusals write nothing.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class FinalTestTests {

    private static String attempts(LearningWorld.CourseMade course) {
        return "/api/courses/" + course.courseId() + "/test-attempts";
    }

    private static Map<String, String> answers(LearningWorld.CourseMade course, JsonPath attempt, boolean right) {
        Map<String, String> answers = new HashMap<>();
        for (Object id : attempt.getList("questions.id")) {
            long question = ((Number) id).longValue();
            String key = course.answers().get(question);
            String wrong = switch (course.kinds().get(question)) {
                case "TRUE_FALSE" -> "FALSE";
                case "MULTIPLE" -> "AB";
                default -> "B";
            };
            answers.put(Long.toString(question), right ? key : wrong);
        }
        return answers;
    }

    private static long rows(String table, long personId) {
        return count("select count(*) from " + table + " where " + (table.equals("test_submission")
                ? "attempt_id in (select id from test_attempt where person_id = ?)" : "person_id = ?"), personId);
    }

    @Test
    void shouldRefuseTheTestBeforeEveryLessonIsComplete() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("未学完" + world.tag, List.of(100_000L, 40_000L), true, 4, 60);
        TestAccounts.Browser worker = world.operator.signIn();
        long person = world.operator.personId();

        // not enrolled: 403
        as(worker).post(attempts(course)).then().statusCode(403);
        as(worker).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(201);
        // 94 % of the first video, all of the second, the document not opened: refused
        LearningWorld.watched(person, course.lessonIds().get(0), 94_000);
        LearningWorld.watched(person, course.lessonIds().get(1), 40_000);
        Response refused = as(worker).post(attempts(course));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.jsonPath().getString("error")).isEqualTo("lessonsNotComplete");
        // 95 % and the document opened through My courses: allowed
        LearningWorld.watched(person, course.lessonIds().get(0), 95_000);
        io.restassured.RestAssured.given().cookies(worker.cookies()).redirects().follow(false)
                .get("/my/courses/" + course.courseId() + "/lessons/" + course.lessonIds().get(2) + "/document")
                .then().statusCode(303);
        assertThat(rows("test_attempt", person)).isZero();
        as(worker).get(attempts(course)).then().statusCode(200).body("lessonsComplete", org.hamcrest.Matchers.is(true));
        as(worker).post(attempts(course)).then().statusCode(200);
        assertThat(rows("test_attempt", person)).isEqualTo(1);
    }

    @Test
    void shouldDrawAndStoreTheQuestionsWithoutTheAnswerKey() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("抽题" + world.tag, List.of(30_000L), false, 14, 60);
        TestAccounts.Browser worker = world.operator.signIn();
        as(worker).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(201);
        LearningWorld.watchedAll(world.operator.personId(), course);

        Response started = as(worker).post(attempts(course));
        assertThat(started.statusCode()).isEqualTo(200);
        String body = started.asString();
        assertThat(body).doesNotContain("answer").doesNotContain("explanation").doesNotContain("解析");
        JsonPath attempt = started.jsonPath();
        List<Long> drawn = new ArrayList<>();
        attempt.getList("questions.id").forEach(id -> drawn.add(((Number) id).longValue()));
        // ten of the fourteen, all from the bank, no repeats, stored in the order shown
        assertThat(drawn).hasSize(10).doesNotHaveDuplicates();
        assertThat(course.answers().keySet()).containsAll(drawn);
        long attemptId = attempt.getLong("id");
        @SuppressWarnings("unchecked")
        List<Object> stored = LearningWorld.column(
                "select unnest(question_ids) from test_attempt where id = ? order by array_position(question_ids, unnest(question_ids))",
                attemptId);
        assertThat(stored.stream().map(o -> ((Number) o).longValue()).toList()).isEqualTo(drawn);
        // starting again gives back the open attempt; reading it shows no key either
        as(worker).post(attempts(course)).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo((int) attemptId));
        String again = as(worker).get(attempts(course) + "/" + attemptId).then().statusCode(200).extract().asString();
        assertThat(again).doesNotContain("answer").doesNotContain("explanation");
        assertThat(count("select count(*) from test_attempt where person_id = ?", world.operator.personId())).isEqualTo(1);
        // the test page carries no answer either
        String page = io.restassured.RestAssured.given().cookies(worker.cookies())
                .get("/my/courses/" + course.courseId() + "/test").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-test-form=\"" + attemptId + "\"").doesNotContain("解析");
    }

    @Test
    void shouldGradeOnTheServerAndLimitTheAttempts() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("评分" + world.tag, List.of(30_000L), false, 5, 80);
        TestAccounts.Browser worker = world.electrician.signIn();
        long person = world.electrician.personId();
        as(worker).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(201);
        LearningWorld.watchedAll(person, course);

        // attempt 1: all wrong → 0, failed, nothing completed
        JsonPath first = as(worker).post(attempts(course)).then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("questions")).hasSize(5);
        JsonPath failed = as(worker).body(Map.of("answers", answers(course, first, false)))
                .post(attempts(course) + "/" + first.getLong("id") + "/submission").then().statusCode(200)
                .extract().jsonPath();
        assertThat(failed.getInt("score")).isZero();
        assertThat(failed.getBoolean("passed")).isFalse();
        assertThat(failed.getBoolean("completed")).isFalse();
        assertThat(failed.getInt("attemptsLeft")).isEqualTo(2);
        // submitting twice: 409, nothing written
        long submissions = rows("test_submission", person);
        Response twice = as(worker).body(Map.of("answers", answers(course, first, true)))
                .post(attempts(course) + "/" + first.getLong("id") + "/submission");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.jsonPath().getString("error")).isEqualTo("alreadySubmitted");
        assertThat(rows("test_submission", person)).isEqualTo(submissions);

        // attempt 2: four of five right (the multiple choice answered with only one of its two letters) → 80 = pass mark
        JsonPath second = as(worker).post(attempts(course)).then().statusCode(200).extract().jsonPath();
        Map<String, String> mostly = answers(course, second, true);
        String multiple = course.kinds().entrySet().stream().filter(e -> e.getValue().equals("MULTIPLE"))
                .findFirst().orElseThrow().getKey().toString();
        mostly.put(multiple, "A");
        // lower case, with separators: normalised on the server
        String trueFalse = course.kinds().entrySet().stream().filter(e -> e.getValue().equals("TRUE_FALSE"))
                .findFirst().orElseThrow().getKey().toString();
        mostly.put(trueFalse, "true");
        // malformed answers and questions not drawn are refused, nothing written
        Map<String, String> malformed = new HashMap<>(mostly);
        malformed.put(multiple, "AZ");
        as(worker).body(Map.of("answers", malformed)).post(attempts(course) + "/" + second.getLong("id") + "/submission")
                .then().statusCode(400);
        Map<String, String> foreign = new HashMap<>(mostly);
        foreign.put("123456789", "A");
        as(worker).body(Map.of("answers", foreign)).post(attempts(course) + "/" + second.getLong("id") + "/submission")
                .then().statusCode(400);
        assertThat(rows("test_submission", person)).isEqualTo(1);
        // another person cannot submit or read it
        TestAccounts.Browser other = world.operator.signIn();
        as(other).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(201);
        as(other).body(Map.of("answers", mostly)).post(attempts(course) + "/" + second.getLong("id") + "/submission")
                .then().statusCode(404);
        as(other).get(attempts(course) + "/" + second.getLong("id")).then().statusCode(404);
        assertThat(rows("test_submission", person)).isEqualTo(1);

        JsonPath passed = as(worker).body(Map.of("answers", mostly))
                .post(attempts(course) + "/" + second.getLong("id") + "/submission").then().statusCode(200)
                .extract().jsonPath();
        assertThat(passed.getInt("correct")).isEqualTo(4);
        assertThat(passed.getInt("score")).isEqualTo(80);
        assertThat(passed.getBoolean("passed")).isTrue();
        assertThat(passed.getBoolean("completed")).isTrue();
        assertThat(count("select count(*) from course_completion where person_id = ? and course_version_id = ?",
                person, course.versionId())).isEqualTo(1);
        // every attempt kept with its answers and score
        assertThat(LearningWorld.column("""
                select s.score from test_submission s join test_attempt a on a.id = s.attempt_id
                where a.person_id = ? order by s.submitted_at""", person)).containsExactly(0, 80);
        // completed: no further attempt
        as(worker).post(attempts(course)).then().statusCode(409);
        // the completion page shows the score
        String page = io.restassured.RestAssured.given().cookies(worker.cookies())
                .get("/my/courses/" + course.courseId() + "/completion").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-score>80<");
    }

    @Test
    void shouldRefuseAFourthAttempt() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("限次" + world.tag, List.of(30_000L), false, 3, 100);
        TestAccounts.Browser worker = world.operator.signIn();
        long person = world.operator.personId();
        as(worker).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(201);
        LearningWorld.watchedAll(person, course);
        for (int i = 0; i < 3; i++) {
            JsonPath attempt = as(worker).post(attempts(course)).then().statusCode(200).extract().jsonPath();
            as(worker).body(Map.of("answers", answers(course, attempt, false)))
                    .post(attempts(course) + "/" + attempt.getLong("id") + "/submission").then().statusCode(200);
        }
        Response fourth = as(worker).post(attempts(course));
        assertThat(fourth.statusCode()).isEqualTo(409);
        assertThat(fourth.jsonPath().getString("error")).isEqualTo("noAttemptsLeft");
        assertThat(rows("test_attempt", person)).isEqualTo(3);
        assertThat(rows("test_submission", person)).isEqualTo(3);
        assertThat(rows("course_completion", person)).isZero();
    }
}
