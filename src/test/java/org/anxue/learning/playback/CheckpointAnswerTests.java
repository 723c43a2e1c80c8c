package org.anxue.learning.playback;

import static org.anxue.learning.playback.Learners.heartbeat;
import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checkpoint questions (随机弹题) through the API: asked by the server after some minutes of credited
 * study, graded on the server, answered by nonce. The server clock is stopped and moved by the test.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CheckpointAnswerTests {

    private static final long HALF_AN_HOUR = 30 * 60 * 1000;

    @Inject
    TestCatalog catalog;

    @Inject
    TestServerClock clock;

    @Inject
    DataSource dataSource;

    StudyRecords records;
    Learners.Learner learner;
    LessonVideo lesson;
    String session;
    long sequence;
    double position;

    @BeforeEach
    void setUp() {
        records = new StudyRecords(dataSource);
        learner = Learners.signedIn();
        lesson = catalog.addLesson(HALF_AN_HOUR);
        clock.freeze();
        session = Learners.openSession(learner, lesson.lessonId());
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    /** Watches at normal speed, a heartbeat every 15 s, until the server asks a question (5 to 15 minutes). */
    private JsonPath watchUntilAsked() {
        for (int i = 0; i < 80; i++) {
            JsonPath answer = watch15Seconds();
            if (answer.get("checkpoint") != null) {
                return answer;
            }
        }
        throw new AssertionError("no checkpoint was asked in 20 minutes of study");
    }

    private JsonPath watch15Seconds() {
        clock.advance(Duration.ofSeconds(15));
        JsonPath answer = heartbeat(learner, session, ++sequence, range(position, position + 15)).then().statusCode(200)
                .extract().jsonPath();
        position += 15;
        return answer;
    }

    @Test
    void shouldCreditNothingWhileAQuestionIsPendingAndResumeAfterTheRightAnswer() {
        JsonPath asked = watchUntilAsked();
        String nonce = asked.getString("checkpoint.nonce");
        assertThat(asked.getDouble("sessionCreditedSeconds")).isBetween(300.0, 900.0);
        assertThat(asked.getString("checkpoint.question")).contains(nonce.substring(0, 6));
        assertThat(asked.getList("checkpoint.options")).containsExactly(TestCatalog.RIGHT, TestCatalog.WRONG);
        assertThat(records.session(session).checkpointNonce()).isEqualTo(nonce);

        JsonPath pending = watch15Seconds();
        assertThat(pending.getDouble("creditedSeconds")).isZero();
        assertThat(pending.getList("anomalies")).containsExactly("CHECKPOINT_PENDING");
        assertThat(pending.getString("checkpoint.nonce")).isEqualTo(nonce);

        Learners.answer(learner, session, "ffffffffffffffffffffffffffffffff", TestCatalog.RIGHT).then().statusCode(200)
                .body("disposition", equalTo("REJECTED"))
                .body("anomalies", contains("CHECKPOINT_NONCE_MISMATCH"))
                .body("checkpoint.nonce", equalTo(nonce));
        Learners.answer(learner, session, nonce, TestCatalog.RIGHT).then().statusCode(200)
                .body("disposition", equalTo("RESUMED"))
                .body("checkpoint", nullValue())
                .body("state", equalTo("OPEN"));

        JsonPath resumed = watch15Seconds();
        assertThat(resumed.getDouble("creditedSeconds")).isEqualTo(15.0);
        assertThat((Object) resumed.get("checkpoint")).isNull();
        assertThat(records.session(session).checkpointNonce()).isNull();
        assertThat(records.count("select count(*) from checkpoint_answer where session_id = ?", UUID.fromString(session)))
                .isEqualTo(2);
        assertThat(records.count("select count(*) from checkpoint_answer where session_id = ? and correct and"
                + " disposition = 'RESUMED'", UUID.fromString(session))).isEqualTo(1);
        assertThat(records.anomalies(session)).contains("JUDGED:CHECKPOINT_PENDING", "ANSWER:CHECKPOINT_NONCE_MISMATCH");
    }

    @Test
    void shouldEndTheSessionAfterThreeWrongAnswersAndAskFirstInTheNextSession() {
        String nonce = watchUntilAsked().getString("checkpoint.nonce");

        String second = Learners.answer(learner, session, nonce, TestCatalog.WRONG).then().statusCode(200)
                .body("disposition", equalTo("ASKED_AGAIN"))
                .body("anomalies", contains("CHECKPOINT_WRONG_ANSWER"))
                .body("checkpoint.nonce", not(equalTo(nonce)))
                .extract().path("checkpoint.nonce");
        String third = Learners.answer(learner, session, second, TestCatalog.WRONG).then().statusCode(200)
                .body("disposition", equalTo("ASKED_AGAIN")).extract().path("checkpoint.nonce");
        Learners.answer(learner, session, third, TestCatalog.WRONG).then().statusCode(200)
                .body("disposition", equalTo("TERMINATED"))
                .body("anomalies", hasItem("CHECKPOINT_FAILED"))
                .body("state", equalTo("TERMINATED_BY_CHECKPOINT"));

        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, session, ++sequence, range(position, position + 15)).then().statusCode(200)
                .body("disposition", equalTo("REJECTED"))
                .body("anomalies", contains("SESSION_NOT_ACTIVE"));
        assertThat(records.session(session).state()).isEqualTo("TERMINATED_BY_CHECKPOINT");

        Learners.open(learner, lesson.lessonId()).then().statusCode(200)
                .body("checkpoint.nonce", notNullValue())
                .body("checkpoint.question", notNullValue());
    }
}
