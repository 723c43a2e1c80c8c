package org.anxue.learning.playback;

import static io.restassured.RestAssured.given;
import static org.anxue.learning.playback.Learners.heartbeat;
import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.anxue.security.Role;
import org.anxue.security.TestAccounts;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The player's API: who may use it, what it answers, and what it refuses. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class PlaybackSessionResourceTests {

    private static final long TEN_MINUTES = 10 * 60 * 1000;

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
        lesson = catalog.addLesson(TEN_MINUTES);
        clock.freeze();
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    @Test
    void shouldOpenASessionWithWhatThePlayerNeeds() {
        Learners.open(learner, lesson.lessonId()).then().statusCode(200)
                .body("sessionId", notNullValue())
                .body("lessonId", equalTo(lesson.lessonId()))
                .body("courseId", equalTo(lesson.courseId()))
                .body("state", equalTo("OPEN"))
                .body("videoDurationSeconds", equalTo(600.0f))
                .body("heartbeatIntervalSeconds", equalTo(15.0f))
                .body("maxPlaybackRate", equalTo(2.0f))
                .body("maxRangesPerHeartbeat", equalTo(200))
                .body("covered", hasSize(0))
                .body("coveredShare", equalTo(0.0f))
                .body("furthestSeconds", equalTo(0.0f))
                .body("checkpoint", nullValue())
                .body("supersededSessionId", nullValue());
    }

    @Test
    void shouldOpenTheNextSessionWhereTheLearnerLeftOff() {
        String first = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, first, 1, range(0, 15)).then().statusCode(200);
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, first, 2, range(15, 30)).then().statusCode(200);
        Learners.close(learner, first).then().statusCode(200);

        Learners.open(learner, lesson.lessonId()).then().statusCode(200)
                .body("covered", hasSize(1))
                .body("covered[0][0]", equalTo(0.0f))
                .body("covered[0][1]", equalTo(30.0f))
                .body("coveredSeconds", equalTo(30.0f))
                .body("coveredShare", equalTo(0.05f))
                .body("furthestSeconds", equalTo(30.0f))
                .body("supersededSessionId", nullValue());
    }

    @Test
    void shouldAnswerLessonNotFoundForALessonTheCatalogDoesNotHave() {
        Learners.open(learner, 987_654_321_987L).then().statusCode(404)
                .body("error", equalTo("lessonNotFound"))
                .body("message", containsString("987654321987"));
        assertThat(records.count("select count(*) from playback_session where person_id = ?", learner.personId())).isZero();
    }

    @Test
    void shouldLetOnlySignedInWorkersPlay() {
        given().contentType(ContentType.JSON).body("{\"lessonId\":" + lesson.lessonId() + "}")
                .when().post("/api/playback-sessions").then().statusCode(401);

        TestAccounts.Made admin = TestAccounts.create(Role.COMPANY_ADMIN);
        TestAccounts.Browser browser = TestAccounts.signIn(admin.username(), TestAccounts.PASSWORD);
        given().cookies(browser.cookies()).contentType(ContentType.JSON).body("{\"lessonId\":" + lesson.lessonId() + "}")
                .when().post("/api/playback-sessions").then().statusCode(403);
    }

    @Test
    void shouldAnswer404ForAnotherPersonsSessionAndRecordNothing() {
        String session = Learners.openSession(learner, lesson.lessonId());
        Learners.Learner someoneElse = Learners.signedIn();
        clock.advance(Duration.ofSeconds(15));

        heartbeat(someoneElse, session, 1, range(0, 15)).then().statusCode(404).body("error", equalTo("sessionNotFound"));
        Learners.answer(someoneElse, session, "0123456789abcdef", TestCatalog.RIGHT).then().statusCode(404);
        Learners.close(someoneElse, session).then().statusCode(404);

        assertThat(records.heartbeats(session)).isEmpty();
        assertThat(records.anomalies(session)).isEmpty();
        assertThat(records.session(session).state()).isEqualTo("OPEN");
        // the owner's heartbeat 1 is still new
        heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200).body("creditedSeconds", equalTo(15.0f));
    }

    @Test
    void shouldAnswer404ForASessionThatDoesNotExist() {
        heartbeat(learner, UUID.randomUUID().toString(), 1, range(0, 15)).then().statusCode(404);
        heartbeat(learner, "not-a-session", 1, range(0, 15)).then().statusCode(404);
    }

    static Stream<Arguments> malformedHeartbeats() {
        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i < 201; i++) {
            tooMany.append(i == 0 ? "" : ",").append("[").append(i).append(",").append(i + 1).append("]");
        }
        tooMany.append("]");
        return Stream.of(
                Arguments.of("not JSON", "sequence=1", "notJson"),
                Arguments.of("an array", "[1, 2]", "notJson"),
                Arguments.of("no sequence", "{\"playedRanges\":[],\"event\":\"TICK\"}", "missingField"),
                Arguments.of("a textual sequence", "{\"sequence\":\"1\",\"playedRanges\":[],\"event\":\"TICK\"}", "notWholeNumber"),
                Arguments.of("a fractional sequence", "{\"sequence\":1.5,\"playedRanges\":[],\"event\":\"TICK\"}", "notWholeNumber"),
                Arguments.of("sequence 0", "{\"sequence\":0,\"playedRanges\":[],\"event\":\"TICK\"}", "notWholeNumber"),
                Arguments.of("no ranges", "{\"sequence\":1,\"event\":\"TICK\"}", "missingField"),
                Arguments.of("ranges not an array", "{\"sequence\":1,\"playedRanges\":\"0-15\",\"event\":\"TICK\"}", "notRanges"),
                Arguments.of("a range of one number", "{\"sequence\":1,\"playedRanges\":[[0]],\"event\":\"TICK\"}", "notRanges"),
                Arguments.of("a non-numeric range", "{\"sequence\":1,\"playedRanges\":[[\"0\",\"15\"]],\"event\":\"TICK\"}", "notRanges"),
                Arguments.of("an overflowing number", "{\"sequence\":1,\"playedRanges\":[[0,1e999]],\"event\":\"TICK\"}", "notRanges"),
                Arguments.of("201 ranges", "{\"sequence\":1,\"playedRanges\":" + tooMany + ",\"event\":\"TICK\"}", "tooManyRanges"),
                Arguments.of("no event", "{\"sequence\":1,\"playedRanges\":[]}", "missingField"),
                Arguments.of("an unknown event", "{\"sequence\":1,\"playedRanges\":[],\"event\":\"CHEAT\"}", "badEvent"),
                Arguments.of("a clock that is not a time", "{\"sequence\":1,\"playedRanges\":[],\"event\":\"TICK\",\"clientTime\":\"soon\"}", "badClientTime"),
                Arguments.of("a clock far beyond year 9999", "{\"sequence\":1,\"playedRanges\":[],\"event\":\"TICK\",\"clientTime\":9007199254740991}", "badClientTime"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedHeartbeats")
    void shouldRefuseAMalformedHeartbeatWith400AndRecordNothing(String what, String body, String error) {
        String session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));

        Learners.postHeartbeat(learner, session, body).then().statusCode(400)
                .body("error", equalTo(error))
                .body("message", notNullValue());

        assertThat(records.heartbeats(session)).isEmpty();
        assertThat(records.anomalies(session)).isEmpty();
        assertThat(records.session(session).version()).isZero();
    }

    @Test
    void shouldRefuseAHeartbeatThatIsNotJsonAsUnsupported() {
        String session = Learners.openSession(learner, lesson.lessonId());

        given().cookies(learner.cookies()).contentType("application/xml").body("<heartbeat/>")
                .when().post("/api/playback-sessions/" + session + "/heartbeats").then().statusCode(415);

        assertThat(records.heartbeats(session)).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedOpeningOrAnswerWith400() {
        Learners.open(learner, 0).then().statusCode(400).body("error", equalTo("notWholeNumber"));
        given().cookies(learner.cookies()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/playback-sessions").then().statusCode(400).body("error", equalTo("missingField"));
        String session = Learners.openSession(learner, lesson.lessonId());
        given().cookies(learner.cookies()).contentType(ContentType.JSON).body("{\"nonce\":\"abc\"}")
                .when().post("/api/playback-sessions/" + session + "/checkpoint-answers")
                .then().statusCode(400).body("error", equalTo("missingField"));
        given().cookies(learner.cookies()).contentType(ContentType.JSON).body("{\"nonce\":\"abc\",\"answer\":\"" + "x".repeat(201) + "\"}")
                .when().post("/api/playback-sessions/" + session + "/checkpoint-answers")
                .then().statusCode(400).body("error", equalTo("notText"));
        assertThat(records.count("select count(*) from checkpoint_answer where session_id = ?", UUID.fromString(session))).isZero();
    }

    @Test
    void shouldCloseASessionSoThatItEarnsNothingMore() {
        String session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200);

        Learners.close(learner, session).then().statusCode(200)
                .body("stateBefore", equalTo("OPEN")).body("state", equalTo("ENDED"));
        Learners.close(learner, session).then().statusCode(200)
                .body("stateBefore", equalTo("ENDED")).body("state", equalTo("ENDED"));
        clock.advance(Duration.ofSeconds(15));

        heartbeat(learner, session, 2, range(15, 30)).then().statusCode(200)
                .body("disposition", equalTo("REJECTED"))
                .body("creditedSeconds", equalTo(0.0f))
                .body("anomalies", contains("SESSION_NOT_ACTIVE"))
                .body("state", equalTo("ENDED"));
        assertThat(records.session(session).state()).isEqualTo("ENDED");
        assertThat(records.coveredMillis(learner.personId(), lesson.lessonId())).isEqualTo(15_000);
    }

    @Test
    void shouldCloseWithoutABodyOnlyWithTheCsrfToken() {
        String session = Learners.openSession(learner, lesson.lessonId());

        given().cookies(learner.cookies()).when().post("/api/playback-sessions/" + session + "/close")
                .then().statusCode(403);
        given().cookies(learner.cookies()).header("X-CSRF-Token", learner.browser().csrf())
                .when().post("/api/playback-sessions/" + session + "/close")
                .then().statusCode(200).body("state", equalTo("ENDED"));
    }

    @Test
    void shouldNotServeTheBenchmarkEndpointUnlessSwitchedOn() {
        given().when().get("/api/bench/noop").then().statusCode(404);
    }
}
