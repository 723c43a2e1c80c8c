package org.anxue.learning.playback;

import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.anxue.learning.enrolment.Enrolling;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cheat suite's cheats that need no player, against a real published course (a 30-second
 * lesson video through the media pipeline, the bank's questions), through the HTTP API with the
 * server clock stopped and moved by the test: replayed heartbeats, forged played ranges, a client
 * with a skewed clock, and a script that posts plausible heartbeats but cannot answer the
 * checkpoint. Each earns no more than the (server) time it spent. The cheats that need a real
 * player (4x playback, seeking, two tabs, the honest viewer) are {@link CheatSuiteBrowserTests}.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CheatSuiteApiTests {

    private static final int VIDEO_SECONDS = 30;
    /** One course for the class: uploading and processing a video takes a few seconds. */
    private static PlayableCourses.Course course;

    @Inject
    TestServerClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    Enrolling enrolling;

    StudyRecords records;
    Learners.Learner learner;
    long lesson;
    long canonical;

    @BeforeEach
    void setUp() {
        if (course == null) {
            course = PlayableCourses.published(VIDEO_SECONDS, 1, null);
        }
        records = new StudyRecords(dataSource);
        learner = Learners.signedIn();
        enrolling.enrol(learner.personId(), course.courseId(), true);
        lesson = course.lessons().get(0);
        canonical = lesson;
        clock.freeze();
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    private long credited(String session) {
        return records.session(session).creditedMillis();
    }

    @Test
    void shouldCreditAReplayedHeartbeatOnce() {
        String session = Learners.openSession(learner, lesson);
        clock.advance(Duration.ofSeconds(10));
        Learners.heartbeat(learner, session, 1, range(0, 10)).then().statusCode(200).body("creditedSeconds", equalTo(10.0f));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(2));
            Learners.heartbeat(learner, session, 1, range(0, 10)).then().statusCode(200)
                    .body("repeat", equalTo(true)).body("creditedSeconds", equalTo(10.0f));
        }
        // the replays earned nothing: the sequence counted once
        assertThat(credited(session)).isEqualTo(10_000);
        assertThat(records.anomalies(session)).filteredOn(a -> a.equals("REPEATED:REPLAY")).hasSize(5);
        // an older sequence after a newer one is refused
        clock.advance(Duration.ofSeconds(5));
        Learners.heartbeat(learner, session, 3, range(0, 15)).then().statusCode(200);
        Learners.heartbeat(learner, session, 2, range(0, 20)).then().statusCode(200)
                .body("disposition", equalTo("REJECTED")).body("anomalies", hasItem("OUT_OF_ORDER"));
        assertThat(credited(session)).isEqualTo(15_000);
        assertThat(records.coveredMillis(learner.personId(), canonical)).isEqualTo(15_000);
    }

    @Test
    void shouldCreditForgedPlayedRangesNoMoreThanTheTimeSpent() {
        String session = Learners.openSession(learner, lesson);
        clock.advance(Duration.ofSeconds(5));
        Learners.heartbeat(learner, session, 1, range(0, 5)).then().statusCode(200).body("creditedSeconds", equalTo(5.0f));
        // a part far ahead of what was watched: seeking ahead earns nothing
        clock.advance(Duration.ofSeconds(5));
        Learners.heartbeat(learner, session, 2, range(25, VIDEO_SECONDS)).then().statusCode(200)
                .body("creditedSeconds", equalTo(0.0f)).body("anomalies", hasItem("SEEK_AHEAD"));
        // the whole video claimed: no more than the time spent
        clock.advance(Duration.ofSeconds(5));
        Learners.heartbeat(learner, session, 3, range(0, VIDEO_SECONDS)).then().statusCode(200)
                .body("anomalies", hasItem("FASTER_THAN_REAL_TIME"));
        assertThat(credited(session)).isLessThanOrEqualTo(15_000);
        // ranges beyond the end of the video, negative and inverted ones are dropped and recorded
        clock.advance(Duration.ofSeconds(5));
        Learners.heartbeat(learner, session, 4, range(5, 1000)).then().statusCode(200)
                .body("creditedSeconds", equalTo(0.0f)).body("anomalies", hasItem("RANGE_BEYOND_VIDEO"));
        clock.advance(Duration.ofSeconds(5));
        Learners.heartbeat(learner, session, 5, range(-5, 8)).then().statusCode(200)
                .body("creditedSeconds", equalTo(0.0f)).body("anomalies", hasItem("INVALID_RANGE"));
        clock.advance(Duration.ofSeconds(5));
        Learners.heartbeat(learner, session, 6, range(9, 6)).then().statusCode(200)
                .body("creditedSeconds", equalTo(0.0f)).body("anomalies", hasItem("INVALID_RANGE"));
        // 30 s spent, at most 15 s credited, all of it from the start of the video
        long credited = credited(session);
        assertThat(credited).isLessThanOrEqualTo(15_000);
        assertThat(records.covered(learner.personId(), canonical)).isEqualTo("{[0," + credited + ")}");
    }

    @Test
    void shouldIgnoreASkewedClientClock() {
        String session = Learners.openSession(learner, lesson);
        Instant now = clock.now();
        long position = 0;
        // the client's clock runs a day ahead, then a day behind, then leaps: only the server's counts
        String[] clientTimes = {now.plus(Duration.ofDays(1)).toString(), now.minus(Duration.ofDays(1)).toString(),
                now.plus(Duration.ofDays(365)).toString()};
        for (int i = 0; i < clientTimes.length; i++) {
            clock.advance(Duration.ofSeconds(4));
            position += 4;
            Learners.postHeartbeat(learner, session, "{\"sequence\":" + (i + 1) + ",\"playedRanges\":[[0," + (position + 6)
                    + "]],\"clientTime\":\"" + clientTimes[i] + "\",\"event\":\"TICK\"}").then().statusCode(200);
        }
        // 12 s spent on the server; the ranges claimed 18 s
        assertThat(credited(session)).isLessThanOrEqualTo(12_000).isGreaterThan(0);
        assertThat(records.heartbeats(session)).extracting(StudyRecords.HeartbeatRow::clientTime)
                .doesNotContainNull();
        assertThat(records.coveredMillis(learner.personId(), canonical)).isEqualTo(credited(session));
    }

    @Test
    void shouldCreditAScriptWithoutAPlayerNothingAfterTheCheckpointItCannotAnswer() {
        String session = Learners.openSession(learner, lesson);
        records.checkpointDueIn(session, 12_000);
        String nonce = null;
        double position = 0;
        long sequence = 0;
        long creditedAtQuestion = -1;
        // plausible heartbeats: 3 s of real time, 3 s of new content each, in order
        for (int i = 0; i < 9; i++) {
            clock.advance(Duration.ofSeconds(3));
            JsonPath beat = Learners.heartbeat(learner, session, ++sequence, range(0, position + 3)).then().statusCode(200)
                    .extract().jsonPath();
            position += 3;
            if (nonce == null && beat.get("checkpoint") != null) {
                nonce = beat.getString("checkpoint.nonce");
                creditedAtQuestion = credited(session);
            }
        }
        assertThat(nonce).as("a checkpoint question was asked").isNotNull();
        assertThat(creditedAtQuestion).isEqualTo(12_000);
        assertThat(credited(session)).as("nothing after the unanswered question").isEqualTo(creditedAtQuestion);
        assertThat(records.anomalies(session)).contains("JUDGED:CHECKPOINT_PENDING");

        // guessing wrong three times ends the session
        for (int i = 0; i < 3; i++) {
            JsonPath answered = Learners.answer(learner, session, nonce, "只口头告知").then().statusCode(200)
                    .extract().jsonPath();
            nonce = answered.getString("checkpoint.nonce");
        }
        assertThat(records.session(session).state()).isEqualTo("TERMINATED_BY_CHECKPOINT");
        clock.advance(Duration.ofSeconds(3));
        Learners.heartbeat(learner, session, ++sequence, range(0, position + 3)).then().statusCode(200)
                .body("creditedSeconds", equalTo(0.0f)).body("state", equalTo("TERMINATED_BY_CHECKPOINT"));

        // a new session starts with a question; the script still cannot answer it and earns nothing
        String next = Learners.open(learner, lesson).then().statusCode(200)
                .body("checkpoint.options", hasItem("办理动火作业许可")).extract().path("sessionId");
        for (int i = 1; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(3));
            Learners.heartbeat(learner, next, i, range(0, position + 3 * i)).then().statusCode(200)
                    .body("creditedSeconds", equalTo(0.0f));
        }
        assertThat(credited(next)).isZero();
        assertThat(records.dailyCreditMillis(learner.personId())).isEqualTo(creditedAtQuestion);
    }
}
