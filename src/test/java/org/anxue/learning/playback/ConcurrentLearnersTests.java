package org.anxue.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * Many learners at once through the HTTP API, each sending its heartbeats one after the other as a
 * player does: every acknowledged heartbeat is stored exactly once, and every total agrees with
 * the heartbeats it is made of.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ConcurrentLearnersTests {

    private static final int LEARNERS = 200;
    private static final int HEARTBEATS = 20;
    private static final Pattern SESSION_CREDITED = Pattern.compile("\"sessionCreditedSeconds\":([0-9.]+)");

    @Inject
    TestCatalog catalog;

    @Inject
    DataSource dataSource;

    /** What one learner saw: its session and the last acknowledged session credit. */
    record Played(Learners.Learner learner, long lessonId, String session, List<Long> acknowledged, double lastCredit) {
    }

    @Test
    void shouldStoreEveryAcknowledgedHeartbeatOfManyConcurrentLearnersExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Played>> opened = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            opened.add(pool.submit(() -> {
                Learners.Learner learner = Learners.signedIn();
                long lessonId = catalog.addLesson(3_600_000).lessonId();
                return new Played(learner, lessonId, Learners.openSession(learner, lessonId), List.of(), 0);
            }));
        }
        List<Played> learners = new ArrayList<>();
        for (Future<Played> future : opened) {
            learners.add(future.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        Map<String, Played> results = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> players = learners.stream()
                .map(played -> play(http, played, 1, new ArrayList<>(), 0).thenAccept(done -> results.put(done.session(), done)))
                .toList();
        CompletableFuture.allOf(players.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

        StudyRecords records = new StudyRecords(dataSource);
        Map<String, List<Long>> stored = records.sequences(learners.stream().map(Played::session).toList());
        List<Long> oneToTwenty = LongStream.rangeClosed(1, HEARTBEATS).boxed().toList();
        for (Played played : results.values()) {
            assertThat(played.acknowledged()).as("acknowledged by %s", played.session()).isEqualTo(oneToTwenty);
            assertThat(stored.get(played.session())).as("stored for %s", played.session()).isEqualTo(oneToTwenty);
            UUID session = UUID.fromString(played.session());
            long sumOfHeartbeats = records.count("select sum(credited_ms) from heartbeat where session_id = ?", session);
            long sessionTotal = records.session(played.session()).creditedMillis();
            assertThat(sessionTotal).isEqualTo(sumOfHeartbeats);
            assertThat(Math.round(played.lastCredit() * 1000)).isEqualTo(sessionTotal);
            assertThat(records.coveredMillis(played.learner().personId(), played.lessonId())).isEqualTo(sessionTotal);
            assertThat(records.dailyCreditMillis(played.learner().personId())).isEqualTo(sessionTotal);
        }
        assertThat(results).hasSize(LEARNERS);
        assertThat(stored.values().stream().mapToInt(List::size).sum()).isEqualTo(LEARNERS * HEARTBEATS);
        assertThat(records.count("select count(*) from heartbeat where session_id = any(?::uuid[])",
                (Object) learners.stream().map(Played::session).collect(Collectors.joining(",", "{", "}"))))
                .isEqualTo(LEARNERS * HEARTBEATS);
    }

    /**
     * Sends heartbeat {@code sequence} and, once it is acknowledged, the next; a 503 is retried
     * with the same sequence after the pause the server asks for.
     */
    private CompletableFuture<Played> play(HttpClient http, Played played, long sequence, List<Long> acknowledged,
            double lastCredit) {
        if (sequence > HEARTBEATS) {
            return CompletableFuture.completedFuture(new Played(played.learner(), played.lessonId(), played.session(),
                    acknowledged, lastCredit));
        }
        String body = Learners.heartbeatBody(sequence, "TICK", Learners.range((sequence - 1) * 0.25, sequence * 0.25));
        String cookies = played.learner().cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/playback-sessions/" + played.session() + "/heartbeats"))
                .header("Content-Type", "application/json").header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            if (response.statusCode() == 503) {
                long pause = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"));
                return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(pause, TimeUnit.SECONDS))
                        .thenCompose(ignored -> play(http, played, sequence, acknowledged, lastCredit));
            }
            if (response.statusCode() != 200) {
                throw new AssertionError("heartbeat " + sequence + " of " + played.session() + ": " + response.statusCode()
                        + " " + response.body());
            }
            Matcher credit = SESSION_CREDITED.matcher(response.body());
            if (!credit.find()) {
                throw new AssertionError("no credit in " + response.body());
            }
            acknowledged.add(sequence);
            return play(http, played, sequence + 1, acknowledged, Double.parseDouble(credit.group(1)));
        });
    }
}
