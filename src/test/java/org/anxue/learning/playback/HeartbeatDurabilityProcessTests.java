package org.anxue.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.anxue.local.AnxueProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every acknowledged heartbeat survives a crash: learners post heartbeats to the packaged
 * application while it is killed with SIGKILL, and PostgreSQL with it (as in a power cut, minus the
 * operating system); after a restart every heartbeat that was answered 200 is in the database, and
 * every total still agrees with the heartbeats stored. Runs after `package` (failsafe).
 */
class HeartbeatDurabilityProcessTests {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final int LEARNERS = 20;
    private static final long FIRST_PERSON_ID = 800_000_000L;

    @TempDir
    Path dataDir;

    /** A heartbeat answered 200. */
    record Acknowledged(String session, long sequence) {
    }

    @Test
    void shouldKeepEveryAcknowledgedHeartbeatAcrossAKillOfTheApplicationAndItsDatabase() throws Exception {
        AnxueProcess app = AnxueProcess.withDataDir(dataDir)
                .env("ANXUE_LEARNING_BENCH_ENABLED", "true")
                .env("ANXUE_LOCAL_ELASTICSEARCH_ENABLED", "false")
                .env("ANXUE_CONTENT_DEMO", "false");
        int pgPort = Integer.parseInt(app.env("ANXUE_LOCAL_POSTGRES_PORT"));
        try (app) {
            app.start().awaitReady(READY_TIMEOUT);
            try (Connection db = postgres(pgPort)) {
                PackagedAppLearners.seed(db, LEARNERS, FIRST_PERSON_ID);
            }
            HttpClient http = PackagedAppLearners.client();
            URI base = app.uri("/");
            List<String> cookies = new ArrayList<>();
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                cookies.add(PackagedAppLearners.signIn(http, base, i));
                sessions.add(PackagedAppLearners.openSession(http, base, cookies.get(i), i + 1).sessionId());
            }

            ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean crashed = new AtomicBoolean();
            List<Thread> players = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                int learner = i;
                Thread player = new Thread(() -> play(http, base, cookies.get(learner), sessions.get(learner),
                        acknowledged, crashed), "player-" + i);
                players.add(player);
                player.start();
            }
            Thread.sleep(4000);
            int beforeCrash = acknowledged.size();
            app.kill();
            killPostgres(dataDir.resolve("postgres"));
            crashed.set(true);
            for (Thread player : players) {
                player.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(beforeCrash).as("heartbeats acknowledged before the crash").isGreaterThan(100);

            app.start().awaitReady(READY_TIMEOUT);
            try (Connection db = postgres(pgPort)) {
                Set<Acknowledged> stored = stored(db, sessions);
                System.out.printf("%d heartbeats acknowledged (%d before the kill), %d stored%n",
                        acknowledged.size(), beforeCrash, stored.size());
                for (Acknowledged ack : acknowledged) {
                    assertThat(stored).as("acknowledged heartbeat %s is stored", ack).contains(ack);
                }
                assertTotalsAgree(db, sessions);
            }
            // the restarted application carries on from the database
            long next = acknowledged.stream().filter(a -> a.session().equals(sessions.get(0)))
                    .mapToLong(Acknowledged::sequence).max().orElse(0) + 1_000;
            HttpResponse<String> after = heartbeat(http, base, cookies.get(0), sessions.get(0), next);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("\"disposition\":\"ACCEPTED\"");
        }
    }

    /** Posts heartbeats one after the other until the application is gone. */
    private static void play(HttpClient http, URI base, String cookies, String session,
            ConcurrentLinkedQueue<Acknowledged> acknowledged, AtomicBoolean crashed) {
        for (long sequence = 1; !crashed.get(); sequence++) {
            try {
                HttpResponse<String> response = heartbeat(http, base, cookies, session, sequence);
                if (response.statusCode() == 200) {
                    acknowledged.add(new Acknowledged(session, sequence));
                }
            } catch (Exception connectionLost) {
                return;
            }
        }
    }

    private static HttpResponse<String> heartbeat(HttpClient http, URI base, String cookies, String session,
            long sequence) throws Exception {
        double from = (sequence % 30_000) * 0.1;
        String body = "{\"sequence\":" + sequence + ",\"playedRanges\":[[" + from + "," + (from + 0.1)
                + "]],\"event\":\"TICK\"}";
        return http.send(HttpRequest.newBuilder(base.resolve("/api/playback-sessions/" + session + "/heartbeats"))
                .header("Cookie", cookies).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL to the postmaster and every PostgreSQL process under it, as a power cut would stop them. */
    private static void killPostgres(Path pgData) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow(() ->
                new AssertionError("the postmaster outlives the JVM after kill -9; it is gone"));
        List<ProcessHandle> all = new ArrayList<>(handle.descendants().toList());
        all.add(handle);
        for (ProcessHandle process : all) {
            process.destroyForcibly();
        }
        for (ProcessHandle process : all) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static Set<Acknowledged> stored(Connection db, List<String> sessions) throws Exception {
        Set<Acknowledged> stored = new HashSet<>();
        try (PreparedStatement select = db.prepareStatement(
                "select session_id::text, sequence from heartbeat where session_id = any(?)")) {
            select.setArray(1, db.createArrayOf("uuid", sessions.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.add(new Acknowledged(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return stored;
    }

    /** The session's credit, the person's coverage and daily credit all equal the sum over its heartbeats. */
    private static void assertTotalsAgree(Connection db, List<String> sessions) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select s.credited_ms,"
                + " (select coalesce(sum(h.credited_ms), 0) from heartbeat h where h.session_id = s.id),"
                + " (select coalesce(sum(c.covered_ms), 0) from lesson_coverage c where c.person_id = s.person_id),"
                + " (select coalesce(sum(d.credited_ms), 0) from daily_study_credit d where d.person_id = s.person_id)"
                + " from playback_session s where s.id = ?")) {
            for (String session : sessions) {
                select.setObject(1, UUID.fromString(session));
                try (ResultSet rs = select.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    long credited = rs.getLong(1);
                    assertThat(rs.getLong(2)).as("heartbeats of %s", session).isEqualTo(credited);
                    assertThat(rs.getLong(3)).as("coverage of %s", session).isEqualTo(credited);
                    assertThat(rs.getLong(4)).as("daily credit of %s", session).isEqualTo(credited);
                }
            }
        }
    }

    private static Connection postgres(int port) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }
}
