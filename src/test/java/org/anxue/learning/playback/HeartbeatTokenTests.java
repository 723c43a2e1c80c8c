package org.anxue.learning.playback;

import static io.restassured.RestAssured.given;
import static org.anxue.learning.playback.Learners.heartbeatWithToken;
import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.anxue.security.AccountStatus;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heartbeat token: heartbeats and the close may come without cookies, with the token the
 * opening handed out, which speaks for one person's one session only; a disabled account's
 * heartbeats are refused even so.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class HeartbeatTokenTests {

    @Inject
    TestCatalog catalog;

    @Inject
    TestServerClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    PlaybackTokens tokens;

    StudyRecords records;
    Learners.Learner learner;
    LessonVideo lesson;
    String session;
    String token;

    @BeforeEach
    void setUp() {
        records = new StudyRecords(dataSource);
        learner = Learners.signedIn();
        lesson = catalog.addLesson(600_000);
        clock.freeze();
        JsonPath opened = Learners.open(learner, lesson.lessonId()).then().statusCode(200).extract().jsonPath();
        session = opened.getString("sessionId");
        token = opened.getString("heartbeatToken");
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    @Test
    void shouldTakeHeartbeatsAndTheCloseWithTheSessionsTokenAndNoCookies() {
        assertThat(token).startsWith("p1." + learner.personId() + ".");
        clock.advance(Duration.ofSeconds(15));

        heartbeatWithToken(token, session, 1, range(0, 15)).then().statusCode(200)
                .body("creditedSeconds", equalTo(15.0f)).body("state", equalTo("OPEN"));
        given().header(PlaybackTokens.HEADER, token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/playback-sessions/" + session + "/close")
                .then().statusCode(200).body("state", equalTo("ENDED"));

        assertThat(records.heartbeats(session)).hasSize(1);
        assertThat(records.session(session).state()).isEqualTo("ENDED");
    }

    @Test
    void shouldRefuseATokenOfAnotherSessionAForgedOneAndNone() {
        Learners.Learner other = Learners.signedIn();
        String othersSession = Learners.openSession(other, catalog.addLesson(600_000).lessonId());
        clock.advance(Duration.ofSeconds(15));

        heartbeatWithToken(token, othersSession, 1, range(0, 15)).then().statusCode(404);
        String forged = "p1." + other.personId() + token.substring(token.lastIndexOf('.'));
        heartbeatWithToken(forged, othersSession, 1, range(0, 15)).then().statusCode(404);
        heartbeatWithToken("p1.x.y", session, 1, range(0, 15)).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Learners.heartbeatBody(1, "TICK", range(0, 15)))
                .when().post("/api/playback-sessions/" + session + "/heartbeats")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));

        assertThat(records.heartbeats(session)).isEmpty();
        assertThat(records.heartbeats(othersSession)).isEmpty();
    }

    @Test
    void shouldRefuseHeartbeatsOnceTheWorkersAccountIsDisabled() {
        clock.advance(Duration.ofSeconds(15));
        heartbeatWithToken(token, session, 1, range(0, 15)).then().statusCode(200);

        TestAccounts.change(learner.username(), account -> account.status = AccountStatus.DISABLED);
        clock.advance(Duration.ofSeconds(15));

        heartbeatWithToken(token, session, 2, range(15, 30)).then().statusCode(401);
        Learners.heartbeat(learner, session, 2, range(15, 30)).then().statusCode(401);
        assertThat(records.heartbeats(session)).extracting(StudyRecords.HeartbeatRow::sequence).containsExactly(1L);
    }

    @Test
    void shouldVerifyOnlyTheTokensItIssued() {
        UUID id = UUID.randomUUID();
        String issued = tokens.issue(id, 42);

        assertThat(tokens.personOf(id, issued)).isEqualTo(OptionalLong.of(42));
        assertThat(tokens.personOf(UUID.randomUUID(), issued)).isEmpty();
        assertThat(tokens.personOf(id, issued.replace("p1.42.", "p1.43."))).isEmpty();
        assertThat(tokens.personOf(id, issued.substring(0, issued.length() - 1))).isEmpty();
        assertThat(tokens.personOf(id, new PlaybackTokens(java.util.Optional.of("another key of 32 characters....")).issue(id, 42)))
                .isEmpty();
        assertThat(tokens.personOf(id, null)).isEmpty();
    }
}
