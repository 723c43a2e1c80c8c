package org.anxue.learning.playback;

import static io.restassured.RestAssured.given;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Person;
import org.anxue.security.Account;
import org.anxue.security.TestAccounts;

/** Signed-in workers for the playback tests, and the player's requests as a browser sends them. */
final class Learners {

    /** A worker's person id and browser cookies. */
    record Learner(long personId, String username, TestAccounts.Browser browser) {
        Map<String, String> cookies() {
            return browser.cookies();
        }
    }

    private Learners() {
    }

    /**
     * A new worker, signed in. The password hash uses bcrypt's lowest cost so that tests can sign in
     * hundreds of learners quickly; the login itself is the real form login.
     */
    static Learner signedIn() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        long personId = QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.of(new IdentityNumber(TestAccounts.idNumber()), "学员" + tag, null);
            person.persist();
            Account account = Account.worker("l-" + tag, person);
            account.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD, 4));
            account.persist();
            return person.id;
        });
        return new Learner(personId, "l-" + tag, TestAccounts.signIn("l-" + tag, TestAccounts.PASSWORD));
    }

    static Response open(Learner learner, long lessonId) {
        return given().cookies(learner.cookies()).contentType(ContentType.JSON)
                .body("{\"lessonId\":" + lessonId + "}").when().post("/api/playback-sessions");
    }

    /** Opens a session and returns its id; fails unless the open succeeded. */
    static String openSession(Learner learner, long lessonId) {
        return open(learner, lessonId).then().statusCode(200).extract().path("sessionId");
    }

    static Response heartbeat(Learner learner, String sessionId, long sequence, double[]... ranges) {
        return postHeartbeat(learner, sessionId, heartbeatBody(sequence, "TICK", ranges));
    }

    static Response postHeartbeat(Learner learner, String sessionId, String body) {
        return given().cookies(learner.cookies()).contentType(ContentType.JSON).body(body)
                .when().post("/api/playback-sessions/" + sessionId + "/heartbeats");
    }

    static String heartbeatBody(long sequence, String event, double[]... ranges) {
        StringBuilder played = new StringBuilder("[");
        for (double[] range : ranges) {
            played.append(played.length() > 1 ? "," : "").append('[').append(range[0]).append(',').append(range[1]).append(']');
        }
        return "{\"sequence\":" + sequence + ",\"playedRanges\":" + played + "],\"clientTime\":\"2025-03-03T09:00:00+08:00\","
                + "\"event\":\"" + event + "\"}";
    }

    /** A heartbeat as the player sends it with the session's token and no cookies. */
    static Response heartbeatWithToken(String token, String sessionId, long sequence, double[]... ranges) {
        return given().header(PlaybackTokens.HEADER, token).contentType(ContentType.JSON)
                .body(heartbeatBody(sequence, "TICK", ranges))
                .when().post("/api/playback-sessions/" + sessionId + "/heartbeats");
    }

    static Response answer(Learner learner, String sessionId, String nonce, String answer) {
        return given().cookies(learner.cookies()).contentType(ContentType.JSON)
                .body("{\"nonce\":\"" + nonce + "\",\"answer\":\"" + answer + "\"}")
                .when().post("/api/playback-sessions/" + sessionId + "/checkpoint-answers");
    }

    static Response close(Learner learner, String sessionId) {
        return given().cookies(learner.cookies()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/playback-sessions/" + sessionId + "/close");
    }

    static double[] range(double fromSeconds, double toSeconds) {
        return new double[] {fromSeconds, toSeconds};
    }
}
