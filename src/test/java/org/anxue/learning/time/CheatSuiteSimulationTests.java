package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.ALICE;
import static org.anxue.learning.time.StudyDesk.LESSON;
import static org.anxue.learning.time.StudyDesk.TWENTY_MINUTES;
import static org.anxue.learning.time.StudyDesk.at;
import static org.anxue.learning.time.StudyDesk.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The cheat suite at the level of the model: whole viewing sessions simulated with the
 * default policy, realistic network jitter and checkpoint questions.
 */
class CheatSuiteSimulationTests {

    private static final double VIDEO_SECONDS = TWENTY_MINUTES / 1000.0;
    private static final int SEEDS = 20;
    /**
     * Server time between two messages can exceed the time between their sending by the spread of
     * one-way delays, 4 s in {@link SimulatedPlayer}.
     */
    private static final double DELAY_SPREAD = 4;
    /** Real time left unused by one heartbeat, or spent on a question, that may carry to the next. */
    private static final double JITTER_ALLOWANCE = 5;

    private static StudyDesk desk(long seed) {
        return new StudyDesk(StudyTimePolicy.defaults(), seed);
    }

    private static SimulatedPlayer player(StudyDesk desk, long seed) {
        return new SimulatedPlayer(desk, ALICE, LESSON, TWENTY_MINUTES, seed);
    }

    private static SimulatedPlayer honestRun(long seed) {
        return player(desk(seed), seed).openAt(0).playToTheEnd().close();
    }

    @Test
    void shouldCreditAnHonestViewerAtLeast99PercentOfATwentyMinuteVideoDespiteJitterAndCheckpoints() {
        for (long seed = 1; seed <= 5 * SEEDS; seed++) {
            SimulatedPlayer viewer = honestRun(seed);

            assertThat(viewer.creditedSeconds()).as("seed %d", seed)
                    .isGreaterThanOrEqualTo(0.99 * VIDEO_SECONDS)
                    .isLessThanOrEqualTo(VIDEO_SECONDS)
                    .isLessThanOrEqualTo(viewer.realSeconds());
            assertThat(viewer.checkpointsAnswered()).as("seed %d", seed).isGreaterThanOrEqualTo(1);
            assertThat(viewer.progress().complete()).as("seed %d", seed).isTrue();
        }
    }

    @Test
    void shouldCreditFourTimesSpeedNoMoreThanTheRealTimeItTook() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            StudyDesk desk = desk(seed);
            SimulatedPlayer fast = player(desk, seed).atRate(4).openAt(0).playToTheEnd().close();

            assertThat(fast.creditedSeconds()).as("seed %d", seed)
                    .isLessThanOrEqualTo(fast.realSeconds())
                    .isGreaterThanOrEqualTo(0.95 * VIDEO_SECONDS / 4);
            assertThat(fast.progress().complete()).isFalse();
            assertThat(desk.anomalies(AnomalyKind.PLAYBACK_RATE_EXCEEDED)).isPositive();
        }
    }

    @Test
    void shouldCreditSeekingToTheEndNothingForTheSkippedPartAndNotCompleteTheLesson() {
        StudyDesk desk = desk(3);
        SimulatedPlayer seeker = player(desk, 3).openAt(0).playFor(60).seekTo(VIDEO_SECONDS - 10).playToTheEnd().close();

        assertThat(seeker.creditedSeconds()).isLessThanOrEqualTo(60);
        assertThat(desk.anomalies(AnomalyKind.SEEK_AHEAD)).isPositive();
        assertThat(seeker.progress().complete()).isFalse();
        assertThat(desk.coverage().furthestCoveredPoint()).isLessThanOrEqualTo(60_000);
    }

    @Test
    void shouldCreditTwoTabsNoMoreThanOneBecauseEachOpeningSupersedesTheOther() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            StudyDesk desk = desk(seed);
            SimulatedPlayer firstTab = player(desk, seed).openAt(0);
            SimulatedPlayer secondTab = player(desk, seed + 1000);
            firstTab.playFor(120);
            secondTab.openAt(firstTab.now());
            PlaybackSession firstSession = firstTab.session();
            long creditedBeforeSecondTab = firstSession.creditedMillis();
            for (int round = 0; round < 40; round++) {
                firstTab.playFor(15);
                secondTab.playFor(15);
                if (round % 10 == 9) {
                    // The tabs fight: each in turn opens again, superseding the other.
                    (round % 20 == 9 ? firstTab : secondTab).openAt(Math.max(firstTab.now(), secondTab.now()));
                }
            }

            double realSeconds = Math.max(firstTab.now(), secondTab.now());
            assertThat(desk.creditedSeconds(ALICE)).as("seed %d", seed).isLessThanOrEqualTo(realSeconds);
            assertThat(firstSession.creditedMillis()).isEqualTo(creditedBeforeSecondTab);
            assertThat(desk.anomalies(AnomalyKind.SESSION_NOT_ACTIVE)).isPositive();
        }
    }

    @Test
    void shouldCreditReplayedHeartbeatsNothing() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            StudyDesk desk = desk(seed);
            SimulatedPlayer replayer = player(desk, seed).replayingOldHeartbeats().openAt(0).playToTheEnd().close();

            assertThat(replayer.creditedSeconds()).as("seed %d", seed).isEqualTo(honestRun(seed).creditedSeconds());
            assertThat(desk.anomalies(AnomalyKind.REPLAY) + desk.anomalies(AnomalyKind.OUT_OF_ORDER)).isPositive();
        }
    }

    @Test
    void shouldCreditAClientWithASkewedClockExactlyLikeAnHonestOne() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            SimulatedPlayer ahead = player(desk(seed), seed).withClockSkew(Duration.ofHours(3)).openAt(0).playToTheEnd().close();
            SimulatedPlayer behind = player(desk(seed), seed).withClockSkew(Duration.ofDays(-400)).openAt(0).playToTheEnd().close();

            double honest = honestRun(seed).creditedSeconds();
            assertThat(ahead.creditedSeconds()).as("seed %d", seed).isEqualTo(honest);
            assertThat(behind.creditedSeconds()).as("seed %d", seed).isEqualTo(honest);
        }
    }

    @Test
    void shouldCreditForgedRangesCoveringTheWholeVideoNoMoreThanTheRealTimeSpent() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            StudyDesk desk = desk(seed);
            SplittableRandom network = new SplittableRandom(seed);
            PlaybackSession session = desk.open(at(0));
            double now = 0;
            for (long sequence = 1; now < 600; sequence++) {
                now += 15 + network.nextDouble(-2, 2);
                desk.heartbeat(session, sequence, at(now), range(0, VIDEO_SECONDS));
                double answeredAt = now + 5;
                session.pendingCheckpoint().ifPresent(c -> desk.answer(session, c.nonce(), true, at(answeredAt)));
            }

            assertThat(desk.creditedMillis(ALICE)).as("seed %d", seed)
                    .isLessThanOrEqualTo(Duration.between(at(0), at(now)).toMillis());
            assertThat(desk.coverage().coveredMillis()).isEqualTo(desk.creditedMillis(ALICE));
            assertThat(desk.progress(ALICE, LESSON, TWENTY_MINUTES).complete()).isFalse();
            assertThat(desk.anomalies(AnomalyKind.PLAYBACK_RATE_EXCEEDED)).isPositive();
        }
    }

    @Test
    void shouldCreditAScriptThatCannotAnswerNothingAfterTheFirstCheckpoint() {
        long hour = Duration.ofHours(1).toMillis();
        for (long seed = 1; seed <= SEEDS; seed++) {
            StudyDesk desk = desk(seed);
            SimulatedPlayer script = new SimulatedPlayer(desk, ALICE, LESSON, hour, seed).ignoringCheckpoints();

            script.openAt(0).playFor(40 * 60);
            double creditedAtCheckpoint = script.creditedWhenFirstCheckpointWasIgnored();
            // Opening a fresh session does not shake the question off.
            script.close().openAt(script.now() + 60).playFor(10 * 60);

            assertThat(creditedAtCheckpoint).as("seed %d", seed).isBetween(300.0, 915.0);
            assertThat(script.creditedSeconds()).as("seed %d", seed).isEqualTo(creditedAtCheckpoint);
            assertThat(desk.anomalies(AnomalyKind.CHECKPOINT_PENDING)).isPositive();
            assertThat(script.session().pendingCheckpoint()).isPresent();
        }
    }

    @Test
    void shouldEndTheSessionOfAScriptThatGuessesAnswers() {
        StudyDesk desk = desk(4);
        SimulatedPlayer script = player(desk, 4).ignoringCheckpoints().openAt(0).playFor(16 * 60);
        PlaybackSession session = script.session();

        for (int guess = 0; guess < 3; guess++) {
            desk.answer(session, session.pendingCheckpoint().orElseThrow().nonce(), false, at(script.now() + guess));
        }
        double credited = script.creditedSeconds();
        script.playFor(60);

        assertThat(session.state()).isEqualTo(SessionState.TERMINATED_BY_CHECKPOINT);
        assertThat(script.creditedSeconds()).isEqualTo(credited);
    }

    @Test
    void shouldCreditNothingForATenMinutePauseWithoutHeartbeats() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            StudyDesk desk = desk(seed);
            // After the pause the viewer plays at double speed, which could only earn double if the pause had earned.
            SimulatedPlayer viewer = player(desk, seed).openAt(0).playFor(300).pauseFor(600, false)
                    .atRate(2).playFor(150).close();

            // The first heartbeat after the pause follows a gap and earns nothing either; each answered
            // question may carry the jitter allowance.
            assertThat(viewer.creditedSeconds()).as("seed %d", seed)
                    .isLessThanOrEqualTo(viewer.playingSeconds() - 15
                            + JITTER_ALLOWANCE * viewer.checkpointsAnswered() + DELAY_SPREAD)
                    .isGreaterThanOrEqualTo(viewer.playingSeconds() - 30);
            assertThat(desk.anomalies(AnomalyKind.GAP)).isEqualTo(1);
        }
    }

    @Test
    void shouldCreditNothingForATenMinutePauseWhileHeartbeatsGoOn() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            StudyDesk desk = desk(seed);
            SimulatedPlayer viewer = player(desk, seed).openAt(0).playFor(300).pauseFor(600, true)
                    .atRate(2).playFor(150).close();

            // At most the jitter allowance of the pause, and of each answered question, is carried into playback.
            assertThat(viewer.creditedSeconds()).as("seed %d", seed)
                    .isLessThanOrEqualTo(viewer.playingSeconds()
                            + JITTER_ALLOWANCE * (1 + viewer.checkpointsAnswered()) + DELAY_SPREAD)
                    .isGreaterThanOrEqualTo(viewer.playingSeconds() - 15);
            assertThat(desk.anomalies(AnomalyKind.GAP)).isZero();
        }
    }
}
