package org.anxue.learning.playback;

import static org.anxue.catalog.CatalogFixtures.as;
import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.anxue.learning.enrolment.Enrolling;
import org.anxue.local.TestEngines;
import org.anxue.catalog.CatalogFixtures;
import org.junit.jupiter.api.Test;

/**
 * Playback of real catalog lessons: who may open a session (enrolled, or a free preview), which
 * lessons are playable, the canonical lesson id across course versions, and checkpoint questions
 * drawn from the course's question bank and graded on the server.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CatalogLessonsTests {

    @Inject
    CatalogLessons catalog;

    @Inject
    DataSource dataSource;

    @Inject
    Enrolling enrolling;

    @Test
    void shouldOpenSessionsOnlyForEnrolledLearnersOrFreePreviews() {
        PlayableCourses.Course course = PlayableCourses.published(4, 2, null);
        long preview = course.lessons().get(0);
        long other = course.lessons().get(1);
        StudyRecords records = new StudyRecords(dataSource);

        Learners.open(course.worker(), other).then().statusCode(403).body("error", equalTo("notEnrolled"));
        assertThat(records.count("select count(*) from playback_session where person_id = ?", course.worker().personId()))
                .isZero();
        Learners.open(course.worker(), preview).then().statusCode(200)
                .body("courseId", equalTo((int) course.courseId()))
                .body("videoDurationSeconds", equalTo(4.0f));

        enrolling.enrol(course.worker().personId(), course.courseId(), true);
        Learners.open(course.worker(), other).then().statusCode(200).body("lessonId", equalTo((int) other));

        // not a lesson at all, and a lesson of a draft that was never published
        Learners.open(course.worker(), 999_999_999L).then().statusCode(404).body("error", equalTo("lessonNotFound"));
        long draft = CatalogFixtures.createCourse(course.world().institutionA(), "草稿课程" + course.world().tag());
        long chapter = CatalogFixtures.addChapter(course.world().institutionA(), draft, "第一章");
        long draftLesson = CatalogFixtures.addLesson(course.world().institutionA(), draft, chapter, "未发布的课", true);
        Learners.open(course.worker(), draftLesson).then().statusCode(404);
    }

    @Test
    void shouldKeepProgressUnderTheCanonicalLessonWhileItsVideoStaysTheSame() {
        PlayableCourses.Course course = PlayableCourses.published(4, 2, enrolling);
        long first = course.lessons().get(0);
        long second = course.lessons().get(1);
        StudyRecords records = new StudyRecords(dataSource);

        // a new version: the first lesson keeps its video, the second gets another one
        as(course.world().institutionA()).post("/api/courses/" + course.courseId() + "/versions").then().statusCode(201);
        JsonPath draft = as(course.world().institutionA()).get("/api/courses/" + course.courseId() + "/draft")
                .then().statusCode(200).extract().jsonPath();
        long firstAgain = draft.getLong("chapters[0].lessons[0].id");
        long secondAgain = draft.getLong("chapters[0].lessons[1].id");
        assertThat(firstAgain).isNotEqualTo(first);
        CatalogFixtures.attach(course.world().institutionA(), course.courseId(), secondAgain,
                PlayableCourses.readyVideo(course.world(), 4));
        CatalogFixtures.publish(course.world(), course.courseId());

        String session = Learners.openSession(course.worker(), firstAgain);
        assertThat(records.lessonId(session)).isEqualTo(first);
        String newVideo = Learners.openSession(course.worker(), secondAgain);
        assertThat(records.lessonId(newVideo)).isEqualTo(secondAgain);
        // the superseded version's lesson is the same canonical lesson
        String old = Learners.openSession(course.worker(), second);
        assertThat(records.lessonId(old)).isEqualTo(second);
    }

    @Test
    void shouldDrawTheSameBankQuestionForTheSameNonceAndKeepTheAnswerOnTheServer() {
        PlayableCourses.Course course = PlayableCourses.published(8, 1, enrolling);
        String nonce = "0123456789abcdef0123456789abcdef";
        CheckpointQuestion question = catalog.draw(course.courseId(), nonce);
        assertThat(catalog.draw(course.courseId(), nonce)).isEqualTo(question);
        assertThat(question.text()).contains("动火作业前应当做什么");
        assertThat(question.options()).containsExactly("办理动火作业许可", "直接作业", "只口头告知");
        assertThat(catalog.isCorrect(course.courseId(), nonce, "办理动火作业许可")).isTrue();
        assertThat(catalog.isCorrect(course.courseId(), nonce, "直接作业")).isFalse();
        assertThat(catalog.isCorrect(course.courseId(), nonce, "A")).isFalse();

        // different nonces reach different questions of the bank (five questions, "第 n 题")
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            asked.add(catalog.draw(course.courseId(), Integer.toHexString(i * 7919) + nonce.substring(8)).text());
        }
        assertThat(asked).hasSize(5);
    }

    @Test
    void shouldAskTheBanksQuestionThroughThePlaybackApiWithoutItsAnswer() {
        PlayableCourses.Course course = PlayableCourses.published(8, 1, enrolling);
        // a learner whose last session owes an answer starts the next one with a question
        String first = Learners.openSession(course.worker(), course.lessons().get(0));
        StudyRecords records = new StudyRecords(dataSource);
        records.owesAnAnswer(first);
        String body = Learners.open(course.worker(), course.lessons().get(0)).then().statusCode(200)
                .body("checkpoint.options", equalTo(List.of("办理动火作业许可", "直接作业", "只口头告知")))
                .body(not(containsString("explanation"))).body(not(containsString("\"answer\"")))
                .extract().asString();
        JsonPath opened = JsonPath.from(body);
        String session = opened.getString("sessionId");
        String nonce = opened.getString("checkpoint.nonce");
        Learners.answer(course.worker(), session, nonce, "直接作业").then().statusCode(200)
                .body("disposition", equalTo("ASKED_AGAIN"));
        assertThat(records.count("select count(*) from checkpoint_answer where session_id = ?::uuid and not correct", session))
                .isEqualTo(1);
        Map<String, Object> again = Learners.heartbeat(course.worker(), session, 1, range(0, 1)).then().statusCode(200)
                .extract().jsonPath().getMap("checkpoint");
        assertThat(again).isNotNull();
        Learners.answer(course.worker(), session, (String) again.get("nonce"), "办理动火作业许可").then().statusCode(200)
                .body("disposition", equalTo("RESUMED")).body("checkpoint", equalTo(null));
    }
}
