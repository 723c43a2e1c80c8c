package org.anxue.learning.playback;

import static org.anxue.learning.playback.Learners.heartbeat;
import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.anxue.learning.time.HeartbeatReport;
import org.anxue.learning.time.ReportedRange;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database is the truth: a restarted ingest (a restarted replica) carries on from it, a second
 * replica taking turns on the same session judges every heartbeat on the current state, and a full
 * queue or a stopped ingest refuses with 503 rather than losing anything.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class IngestReplicaTests {

    private static final long TWENTY_MINUTES = 20 * 60 * 1000;

    @Inject
    TestCatalog catalog;

    @Inject
    TestServerClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    PlaybackIngest ingest;

    @Inject
    LearningConfig config;

    StudyRecords records;
    Learners.Learner learner;
    LessonVideo lesson;
    String session;

    @BeforeEach
    void setUp() {
        records = new StudyRecords(dataSource);
        learner = Learners.signedIn();
        lesson = catalog.addLesson(TWENTY_MINUTES);
        clock.freeze();
        session = Learners.openSession(learner, lesson.lessonId());
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    @Test
    void shouldCarryOnFromTheDatabaseAfterARestart() {
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200);
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, session, 2, range(15, 30)).then().statusCode(200);

        ingest.restart();

        heartbeat(learner, session, 2, range(15, 30)).then().statusCode(200)
                .body("repeat", equalTo(true)).body("creditedSeconds", equalTo(15.0f))
                .body("sessionCreditedSeconds", equalTo(30.0f));
        clock.advance(Duration.ofSeconds(15));
        heartbeat(learner, session, 3, range(30, 45)).then().statusCode(200)
                .body("repeat", equalTo(false)).body("creditedSeconds", equalTo(15.0f))
                .body("sessionCreditedSeconds", equalTo(45.0f)).body("lessonCreditedSeconds", equalTo(45.0f));
        assertThat(records.heartbeats(session)).extracting(StudyRecords.HeartbeatRow::sequence).containsExactly(1L, 2L, 3L);
        assertThat(records.session(session).creditedMillis()).isEqualTo(45_000);
        assertThat(records.dailyCreditMillis(learner.personId())).isEqualTo(45_000);
    }

    @Test
    void shouldJudgeEveryHeartbeatOnTheCurrentStateWhenTwoReplicasTakeTurns() throws Exception {
        PlaybackIngest replicaB = new PlaybackIngest();
        replicaB.start(dataSource, config.ingest(), config.policy(), clock, IngestMetrics.unregistered());
        try {
            clock.advance(Duration.ofSeconds(15));
            heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200).body("creditedSeconds", equalTo(15.0f));
            clock.advance(Duration.ofSeconds(15));
            assertThat(answered(replicaB, 2, 15, 30).stored().sessionCreditedMillis()).isEqualTo(30_000);
            clock.advance(Duration.ofSeconds(15));

            // replica A's cached session is one version behind: it must reload, not credit from stale state
            heartbeat(learner, session, 3, range(30, 45)).then().statusCode(200)
                    .body("creditedSeconds", equalTo(15.0f)).body("sessionCreditedSeconds", equalTo(45.0f));
            heartbeat(learner, session, 2, range(15, 30)).then().statusCode(200)
                    .body("repeat", equalTo(true)).body("sessionCreditedSeconds", equalTo(30.0f));
            IngestResult.HeartbeatAnswered repeated = answered(replicaB, 3, 30, 45);
            assertThat(repeated.repeat()).isTrue();
            assertThat(repeated.stored().sessionCreditedMillis()).isEqualTo(45_000);
            clock.advance(Duration.ofSeconds(15));
            assertThat(answered(replicaB, 4, 45, 60).stored().creditedMillis()).isEqualTo(15_000);
        } finally {
            replicaB.stop(Duration.ofSeconds(10));
        }

        assertThat(records.heartbeats(session)).extracting(StudyRecords.HeartbeatRow::sequence)
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.heartbeats(session)).extracting(StudyRecords.HeartbeatRow::creditedMillis)
                .containsOnly(15_000L);
        assertThat(records.session(session).creditedMillis()).isEqualTo(60_000);
        assertThat(records.session(session).version()).isEqualTo(4);
        assertThat(records.coveredMillis(learner.personId(), lesson.lessonId())).isEqualTo(60_000);
        assertThat(records.dailyCreditMillis(learner.personId())).isEqualTo(60_000);
        assertThat(records.anomalies(session)).containsExactly("REPEATED:REPLAY", "REPEATED:REPLAY");
    }

    @Test
    void shouldAnswer503WithRetryAfterAndStoreNothingWhileTheIngestIsStopped() {
        clock.advance(Duration.ofSeconds(15));
        ingest.stop(Duration.ofSeconds(10));
        try {
            heartbeat(learner, session, 1, range(0, 15)).then().statusCode(503)
                    .header("Retry-After", "1")
                    .body("error", equalTo("busy"));
            Learners.close(learner, session).then().statusCode(503);
        } finally {
            ingest.restart();
        }
        assertThat(records.heartbeats(session)).isEmpty();

        // the client retries the same sequence and it counts once
        heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200).body("creditedSeconds", equalTo(15.0f));
    }

    @Test
    void shouldRefuseCommandsBeyondTheQueueWhileTheWriterIsBusy() throws Exception {
        PlaybackIngest small = new PlaybackIngest();
        small.start(dataSource, new SmallQueue(config.ingest()), config.policy(), clock, IngestMetrics.unregistered());
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("select 1 from playback_session where id = ? for update")) {
                lock.setObject(1, UUID.fromString(session));
                lock.executeQuery().close();
            }
            clock.advance(Duration.ofSeconds(15));
            CompletableFuture<IngestResult> first = submit(small, 1, 0, 15);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (small.queued() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(small.queued()).as("the writer took the first heartbeat and waits for the row lock").isZero();
            CompletableFuture<IngestResult> second = submit(small, 2, 15, 30);
            CompletableFuture<IngestResult> third = submit(small, 3, 30, 45);

            assertThatThrownBy(() -> third.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IngestUnavailableException.class);
            assertThat(first).isNotDone();
            blocker.commit();

            assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(IngestResult.HeartbeatAnswered.class);
            assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOf(IngestResult.HeartbeatAnswered.class);
        } finally {
            small.stop(Duration.ofSeconds(10));
        }
        assertThat(records.heartbeats(session)).extracting(StudyRecords.HeartbeatRow::sequence).containsExactly(1L, 2L);
    }

    private CompletableFuture<IngestResult> submit(PlaybackIngest replica, long sequence, double from, double to) {
        HeartbeatReport report = new HeartbeatReport(sequence, List.of(new ReportedRange(from, to)), java.util.Optional.empty(), clock.now());
        return replica.submit(new IngestCommand.Heartbeat(UUID.fromString(session), learner.personId(), report,
                PlayerEvent.TICK, "[[" + from + "," + to + "]]")).toCompletableFuture();
    }

    private IngestResult.HeartbeatAnswered answered(PlaybackIngest replica, long sequence, double from, double to)
            throws Exception {
        return (IngestResult.HeartbeatAnswered) submit(replica, sequence, from, to).get(10, TimeUnit.SECONDS);
    }

    /** One writer with room for one waiting command. */
    private record SmallQueue(LearningConfig.Ingest defaults) implements LearningConfig.Ingest {
        public IngestMode mode() {
            return IngestMode.GROUP_COMMIT;
        }

        public int writers() {
            return 1;
        }

        public int batchSize() {
            return defaults.batchSize();
        }

        public Duration maxWait() {
            return Duration.ZERO;
        }

        public int queueCapacity() {
            return 1;
        }

        public Duration retryAfter() {
            return defaults.retryAfter();
        }

        public int perHeartbeatWriters() {
            return defaults.perHeartbeatWriters();
        }

        public Duration cacheIdle() {
            return defaults.cacheIdle();
        }

        public int cacheSize() {
            return defaults.cacheSize();
        }

        public int maxRanges() {
            return defaults.maxRanges();
        }
    }
}
