package org.anxue.learning.playback;

import static org.anxue.learning.playback.Learners.heartbeat;
import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Heartbeats through the HTTP API, checked against what the database holds afterwards. The server
 * clock is stopped and moved by the tests, so credited times are exact.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class HeartbeatIngestTests {

    private static final long TWENTY_MINUTES = 20 * 60 * 1000;

    @Inject
    TestCatalog catalog;

    @Inject
    TestServerClock clock;

    @Inject
    DataSource dataSource;

    StudyRecords records;
    Learners.Learner learner;
    LessonVideo lesson;

    @BeforeEach
    void setUp() {
        records = new StudyRecords(dataSource);
        learner = Learners.signedIn();
        lesson = catalog.addLesson(TWENTY_MINUTES);
        clock.freeze();
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    @Test
    void shouldHaveStoredAHeartbeatWhenItIsAcknowledged() {
        String session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));

        JsonPath answer = heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200).extract().jsonPath();

        assertThat(answer.getDouble("creditedSeconds")).isEqualTo(15.0);
        assertThat(answer.getString("disposition")).isEqualTo("ACCEPTED");
        assertThat(answer.getBoolean("repeat")).isFalse();
        List<StudyRecords.HeartbeatRow> rows = records.heartbeats(session);
        assertThat(rows).hasSize(1);
        StudyRecords.HeartbeatRow row = rows.get(0);
        assertThat(row.sequence()).isEqualTo(1);
        assertThat(row.disposition()).isEqualTo("ACCEPTED");
        assertThat(row.creditedMillis()).isEqualTo(15_000);
        assertThat(row.event()).isEqualTo("TICK");
        assertThat(row.reportedRanges()).isEqualTo("[[0.0, 15.0]]");
        assertThat(row.newlyCovered()).isEqualTo("{[0,15000)}");
        assertThat(row.clientTime()).isEqualTo("2025-03-03T01:00:00Z");
        StudyRecords.SessionRow stored = records.session(session);
        assertThat(stored.lastSequence()).isEqualTo(1);
        assertThat(stored.creditedMillis()).isEqualTo(15_000);
        assertThat(records.coveredMillis(learner.personId(), lesson.lessonId())).isEqualTo(15_000);
        assertThat(records.dailyCreditMillis(learner.personId())).isEqualTo(15_000);
    }

    @Test
    void shouldAnswerARepeatedSequenceWithItsStoredOutcomeAndCreditItOnce() {
        String session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));
        JsonPath first = heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200).extract().jsonPath();
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, session, 2, range(15, 30)).then().statusCode(200);
        clock.advance(Duration.ofSeconds(15));

        // the last sequence again, and an older one, both with more content than before
        JsonPath repeatLast = heartbeat(learner, session, 2, range(15, 45)).then().statusCode(200).extract().jsonPath();
        JsonPath repeatOlder = heartbeat(learner, session, 1, range(0, 45)).then().statusCode(200).extract().jsonPath();

        assertThat(repeatLast.getBoolean("repeat")).isTrue();
        assertThat(repeatLast.getLong("sequence")).isEqualTo(2);
        assertThat(repeatLast.getDouble("creditedSeconds")).isEqualTo(15.0);
        assertThat(repeatLast.getDouble("sessionCreditedSeconds")).isEqualTo(30.0);
        assertThat(repeatOlder.getBoolean("repeat")).isTrue();
        assertThat(repeatOlder.getDouble("creditedSeconds")).isEqualTo(first.getDouble("creditedSeconds"));
        assertThat(repeatOlder.getDouble("sessionCreditedSeconds")).isEqualTo(15.0);
        assertThat(records.heartbeats(session)).extracting(StudyRecords.HeartbeatRow::sequence).containsExactly(1L, 2L);
        assertThat(records.session(session).creditedMillis()).isEqualTo(30_000);
        assertThat(records.coveredMillis(learner.personId(), lesson.lessonId())).isEqualTo(30_000);
        assertThat(records.dailyCreditMillis(learner.personId())).isEqualTo(30_000);
        assertThat(records.anomalies(session)).containsExactly("REPEATED:REPLAY", "REPEATED:REPLAY");

        // the next new sequence still earns what real time allows since sequence 2
        heartbeat(learner, session, 3, range(30, 45)).then().statusCode(200)
                .body("creditedSeconds", equalTo(15.0f)).body("sessionCreditedSeconds", equalTo(45.0f));
    }

    @Test
    void shouldStopTheFirstSessionEarningWhenTheSameLearnerOpensASecond() {
        String first = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, first, 1, range(0, 15)).then().statusCode(200).body("creditedSeconds", equalTo(15.0f));

        String second = Learners.open(learner, lesson.lessonId()).then().statusCode(200)
                .body("supersededSessionId", equalTo(first)).extract().path("sessionId");
        clock.advance(Duration.ofSeconds(15));

        heartbeat(learner, first, 2, range(15, 30)).then().statusCode(200)
                .body("disposition", equalTo("REJECTED"))
                .body("creditedSeconds", equalTo(0.0f))
                .body("anomalies", contains("SESSION_NOT_ACTIVE"))
                .body("state", equalTo("SUPERSEDED"));
        heartbeat(learner, second, 1, range(15, 30)).then().statusCode(200)
                .body("creditedSeconds", equalTo(15.0f))
                .body("lessonCreditedSeconds", equalTo(30.0f));
        assertThat(records.session(first).state()).isEqualTo("SUPERSEDED");
        assertThat(records.session(first).creditedMillis()).isEqualTo(15_000);
        assertThat(records.session(second).state()).isEqualTo("OPEN");
        assertThat(records.count("select count(*) from playback_session where person_id = ? and state = 'OPEN'",
                learner.personId())).isEqualTo(1);
    }

    @Test
    void shouldCreditNoMoreThanTheRealTimeThatPassedAtDoubleSpeed() {
        String session = Learners.openSession(learner, lesson.lessonId());

        double credited = 0;
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(15));
            // 30 s of video in every 15 s of real time
            JsonPath answer = heartbeat(learner, session, i + 1, range(30 * i, 30 * (i + 1))).then().statusCode(200)
                    .body("anomalies", hasItem("FASTER_THAN_REAL_TIME")).extract().jsonPath();
            credited += answer.getDouble("creditedSeconds");
        }

        assertThat(credited).isEqualTo(60.0);
        assertThat(records.session(session).creditedMillis()).isEqualTo(60_000);
        assertThat(records.coveredMillis(learner.personId(), lesson.lessonId())).isEqualTo(60_000);
        assertThat(records.anomalies(session)).containsOnly("JUDGED:FASTER_THAN_REAL_TIME");
    }

    @Test
    void shouldRecordARangeBeyondTheVideoAsAnAnomalyAndCreditTheRest() {
        String session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));

        heartbeat(learner, session, 1, range(0, 15), range(1190, 5000)).then().statusCode(200)
                .body("creditedSeconds", equalTo(15.0f))
                .body("anomalies", contains("RANGE_BEYOND_VIDEO"));

        assertThat(records.anomalies(session)).containsExactly("JUDGED:RANGE_BEYOND_VIDEO");
        assertThat(records.covered(learner.personId(), lesson.lessonId())).isEqualTo("{[0,15000)}");
    }

    @Test
    void shouldCreditNothingAfterASeekPastTheFurthestPoint() {
        String session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));

        heartbeat(learner, session, 1, range(1185, 1200)).then().statusCode(200)
                .body("creditedSeconds", equalTo(0.0f))
                .body("coveredShare", equalTo(0.0f))
                .body("lessonComplete", equalTo(false))
                .body("anomalies", contains("SEEK_AHEAD"));

        assertThat(records.coveredMillis(learner.personId(), lesson.lessonId())).isZero();
    }

    @Test
    void shouldAnswerAHeartbeatWithNoCheckpointWhileNoneIsDue() {
        String session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));

        heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200)
                .body("checkpoint", nullValue())
                .body("anomalies", empty())
                .body("state", equalTo("OPEN"));
    }
}
