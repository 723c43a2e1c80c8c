package org.anxue.learning.completion;

import static org.anxue.learning.LearningWorld.as;
import static org.anxue.learning.LearningWorld.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anxue.learning.LearningWorld;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Course completion: the last lesson complete and the test passed record one completion per person
 * and version and fire CourseCompleted once, inside that transaction (an observer's row commits and
 * rolls back with it), with the study time credited on the course's lessons.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CourseCompletionTests {

    @Inject
    FinalTests tests;

    @BeforeEach
    void record() throws Exception {
        CompletionRecorder.createTable(LearningWorld.dataSource());
        CompletionRecorder.RECORDING.set(true);
    }

    @AfterEach
    void stop() {
        CompletionRecorder.RECORDING.set(false);
    }

    private static Map<String, String> rightAnswers(LearningWorld.CourseMade course, List<Long> drawn) {
        Map<String, String> answers = new HashMap<>();
        drawn.forEach(q -> answers.put(Long.toString(q), course.answers().get(q)));
        return answers;
    }

    /** A playback session with credited time on a lesson, as the playback feature leaves it. */
    private static UUID session(long person, long lesson, long creditedMs) {
        UUID id = UUID.randomUUID();
        LearningWorld.update("""
                insert into playback_session (id, person_id, lesson_id, course_id, video_duration_ms, opened_at, state,
                    ended_at, last_sequence, elapsed_clock_from, playhead_ms, carried_allowance_ms, credited_ms,
                    checkpoint_due_at_ms)
                values (?, ?, ?, 0, 100000, now(), 'ENDED', now(), 1, now(), 0, 0, ?, 0)""", id, person, lesson, creditedMs);
        return id;
    }

    @Test
    void shouldCompleteOnceAndFireTheEventInsideTheTransaction() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("结业" + world.tag, List.of(60_000L, 30_000L), false, 3, 60);
        TestAccounts.Browser worker = world.operator.signIn();
        long person = world.operator.personId();
        as(worker).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(201);
        LearningWorld.watchedAll(person, course);
        session(person, course.lessonIds().get(0), 61_500);
        session(person, course.lessonIds().get(1), 30_400);

        JsonPath attempt = as(worker).post("/api/courses/" + course.courseId() + "/test-attempts").then().statusCode(200)
                .extract().jsonPath();
        List<Long> drawn = attempt.getList("questions.id", Long.class);
        JsonPath result = as(worker).body(Map.of("answers", rightAnswers(course, drawn)))
                .post("/api/courses/" + course.courseId() + "/test-attempts/" + attempt.getLong("id") + "/submission")
                .then().statusCode(200).extract().jsonPath();
        assertThat(result.getBoolean("completed")).isTrue();
        assertThat(result.getInt("score")).isEqualTo(100);

        assertThat(count("select count(*) from course_completion where person_id = ? and course_version_id = ?",
                person, course.versionId())).isEqualTo(1);
        assertThat(count("select count(*) from test_course_completed where person_id = ?", person)).isEqualTo(1);
        assertThat(count("select studied_seconds from test_course_completed where person_id = ?", person)).isEqualTo(91);
        assertThat(count("select sessions from test_course_completed where person_id = ?", person)).isEqualTo(2);
        // the observer wrote in the transaction that recorded the submission and the completion
        assertThat(count("""
                select count(*) from test_course_completed t
                where t.person_id = ? and t.txid = (select (xmin::text)::bigint from course_completion
                                                    where person_id = ? and course_version_id = ?)""",
                person, person, course.versionId())).isEqualTo(1);
        assertThat(count("select studied_seconds from course_completion where person_id = ?", person)).isEqualTo(91);

        // completing again is impossible: no new attempt, no second event
        as(worker).post("/api/courses/" + course.courseId() + "/test-attempts").then().statusCode(409);
        assertThat(count("select count(*) from test_course_completed where person_id = ?", person)).isEqualTo(1);
        // the completion page shows the score and the credited time
        String page = io.restassured.RestAssured.given().cookies(worker.cookies())
                .get("/my/courses/" + course.courseId() + "/completion").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-studied-seconds=\"91\"").contains("0:01:31").contains("data-score>100<");
    }

    @Test
    void shouldLeaveNoCompletionAndNoObserverRowWhenTheTransactionRollsBack() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("回滚" + world.tag, List.of(60_000L), false, 3, 60);
        long person = world.safetyOfficer.personId();
        as(world.safetyOfficer.signIn()).body(Map.of("courseId", course.courseId())).post("/api/enrolments")
                .then().statusCode(201);
        LearningWorld.watchedAll(person, course);
        FinalTests.AttemptView attempt = tests.start(person, course.courseId());

        QuarkusTransaction.begin();
        FinalTests.ResultView result = tests.submit(person, course.courseId(), attempt.id(),
                rightAnswers(course, attempt.questions().stream().map(FinalTests.QuestionView::id).toList()));
        assertThat(result.completed()).isTrue();
        QuarkusTransaction.rollback();

        assertThat(count("select count(*) from course_completion where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from test_course_completed where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from test_submission where attempt_id = ?", attempt.id())).isZero();

        // committed this time: exactly one of each
        FinalTests.ResultView committed = tests.submit(person, course.courseId(), attempt.id(),
                rightAnswers(course, attempt.questions().stream().map(FinalTests.QuestionView::id).toList()));
        assertThat(committed.completed()).isTrue();
        assertThat(count("select count(*) from course_completion where person_id = ?", person)).isEqualTo(1);
        assertThat(count("select count(*) from test_course_completed where person_id = ?", person)).isEqualTo(1);
    }

    @Test
    void shouldNotCompleteWhenTheTestIsPassedButALessonIsNoLongerComplete() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("未完成课时" + world.tag, List.of(60_000L), false, 3, 60);
        long person = world.electrician.personId();
        as(world.electrician.signIn()).body(Map.of("courseId", course.courseId())).post("/api/enrolments")
                .then().statusCode(201);
        LearningWorld.watchedAll(person, course);
        FinalTests.AttemptView attempt = tests.start(person, course.courseId());
        // coverage taken away (the fixture; playback only ever adds): passing alone does not complete
        LearningWorld.watched(person, course.lessonIds().get(0), 10_000);
        FinalTests.ResultView result = tests.submit(person, course.courseId(), attempt.id(),
                rightAnswers(course, attempt.questions().stream().map(FinalTests.QuestionView::id).toList()));
        assertThat(result.passed()).isTrue();
        assertThat(result.completed()).isFalse();
        assertThat(count("select count(*) from course_completion where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from test_course_completed where person_id = ?", person)).isZero();
    }
}
