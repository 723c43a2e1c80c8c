package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.ALICE;
import static org.anxue.learning.time.StudyDesk.LESSON;
import static org.anxue.learning.time.StudyDesk.T0;
import static org.anxue.learning.time.StudyDesk.TWENTY_MINUTES;
import static org.anxue.learning.time.StudyDesk.at;
import static org.anxue.learning.time.StudyDesk.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AcceptingAHeartbeatTests {

    private final StudyDesk desk = StudyDesk.withoutCheckpoints();

    @Test
    void shouldCreditNewlyPlayedContentWhenItMatchesTheRealTimeElapsed() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(15), range(0, 15));

        assertThat(outcome.disposition()).isEqualTo(HeartbeatDisposition.ACCEPTED);
        assertThat(outcome.creditedMillis()).isEqualTo(15_000);
        assertThat(outcome.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(0, 15));
        assertThat(outcome.anomalies()).isEmpty();
        assertThat(session.lastSequence()).isEqualTo(1);
        assertThat(session.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldCreditNoMoreThanTheRealTimeElapsedSoDoubleSpeedEarnsHalf() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome first = desk.heartbeat(session, 1, at(15), range(0, 30));
        HeartbeatOutcome second = desk.heartbeat(session, 2, at(30), range(30, 60));

        assertThat(first.creditedMillis()).isEqualTo(15_000);
        assertThat(second.creditedMillis()).isEqualTo(15_000);
        assertThat(first.anomaliesOf(AnomalyKind.FASTER_THAN_REAL_TIME))
                .singleElement().extracting(Anomaly::affectedMillis).isEqualTo(15_000L);
    }

    @Test
    void shouldCoverOnlyTheCreditedEarliestPartSoTheRestCanBeWatchedAgain() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(10), range(0, 30));

        assertThat(outcome.creditedMillis()).isEqualTo(10_000);
        assertThat(outcome.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(0, 10));
        assertThat(desk.coverage().intervals()).containsExactly(TimelineInterval.ofSeconds(0, 10));
    }

    @Test
    void shouldTakeTheEarliestUncreditedPartsAcrossSeveralRangesInTimelineOrder() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(10), range(0, 10));

        // Reported out of timeline order; [0, 10) is covered already.
        HeartbeatOutcome outcome = desk.heartbeat(session, 2, at(22), range(25, 40), range(5, 20));

        assertThat(outcome.creditedMillis()).isEqualTo(12_000);
        assertThat(outcome.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(10, 20), TimelineInterval.ofSeconds(25, 27));
    }

    @Test
    void shouldCreditTheUncoveredRestWhenItIsWatchedAgain() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 30));

        HeartbeatOutcome rewatch = desk.heartbeat(session, 2, at(30), range(15, 30));

        assertThat(rewatch.creditedMillis()).isEqualTo(15_000);
        assertThat(desk.coverage().intervals()).containsExactly(TimelineInterval.ofSeconds(0, 30));
    }

    @Test
    void shouldCreditNothingForContentAlreadyCovered() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome again = desk.heartbeat(session, 2, at(30), range(0, 15));

        assertThat(again.creditedMillis()).isZero();
        assertThat(again.anomalies()).isEmpty();
    }

    @Test
    void shouldIgnoreTheClientClockBecauseOnlyServerTimeCounts() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome farAhead = desk.heartbeat(session, 1, at(15), T0.plus(Duration.ofHours(5)), range(0, 15));
        HeartbeatOutcome farBehind = desk.heartbeat(session, 2, at(30), T0.minus(Duration.ofDays(400)), range(15, 60));

        assertThat(farAhead.creditedMillis()).isEqualTo(15_000);
        assertThat(farBehind.creditedMillis()).isEqualTo(15_000);
        assertThat(farBehind.clientTime()).contains(T0.minus(Duration.ofDays(400)));
    }

    @Test
    void shouldAnswerAReplayedSequenceWithTheOriginalOutcomeAndCreditNothingAgain() {
        PlaybackSession session = desk.open(at(0));
        HeartbeatOutcome original = desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome replay = desk.heartbeat(session, 1, at(40), range(0, 15), range(15, 40));

        assertThat(replay.disposition()).isEqualTo(HeartbeatDisposition.REPLAYED);
        assertThat(replay.creditedMillis()).isZero();
        assertThat(replay.newlyCovered()).isEmpty();
        assertThat(replay.original()).contains(original);
        assertThat(replay.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.REPLAY);
        assertThat(session.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldNotLetAReplayMoveTheElapsedClock() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));
        desk.heartbeat(session, 1, at(29), range(0, 15));

        HeartbeatOutcome next = desk.heartbeat(session, 2, at(30), range(15, 30));

        assertThat(next.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldRejectALowerSequenceAsOutOfOrder() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));
        desk.heartbeat(session, 2, at(30), range(15, 30));

        HeartbeatOutcome late = desk.heartbeat(session, 1, at(45), range(30, 45));

        assertThat(late.disposition()).isEqualTo(HeartbeatDisposition.REJECTED);
        assertThat(late.creditedMillis()).isZero();
        assertThat(late.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.OUT_OF_ORDER);
        assertThat(session.lastSequence()).isEqualTo(2);
    }

    @Test
    void shouldRejectASequenceNumberBelowOne() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome zero = desk.heartbeat(session, 0, at(15), range(0, 15));

        assertThat(zero.disposition()).isEqualTo(HeartbeatDisposition.REJECTED);
        assertThat(zero.hasAnomaly(AnomalyKind.OUT_OF_ORDER)).isTrue();
    }

    @Test
    void shouldAllowAGapInSequenceNumbersAndCreditTheTimeAcrossIt() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        // Heartbeats 2 and 3 were lost; the client resends what was never acknowledged.
        HeartbeatOutcome afterLoss = desk.heartbeat(session, 4, at(45), range(15, 45));

        assertThat(afterLoss.disposition()).isEqualTo(HeartbeatDisposition.ACCEPTED);
        assertThat(afterLoss.creditedMillis()).isEqualTo(30_000);
        assertThat(session.lastSequence()).isEqualTo(4);
    }

    @Test
    void shouldStillLimitTheCreditAcrossAGapInSequenceNumbersToTheRealTimeElapsed() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome afterLoss = desk.heartbeat(session, 9, at(30), range(15, 135));

        assertThat(afterLoss.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldRejectARangeBeyondTheVideo() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(15), range(1195, 1210));

        assertThat(outcome.creditedMillis()).isZero();
        assertThat(outcome.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.RANGE_BEYOND_VIDEO);
    }

    @Test
    void shouldCutARangeEndingWithinTheEndToleranceToTheDuration() {
        PlaybackSession session = desk.open(ALICE, LESSON, 10_000, at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(11), range(0, 10.6));

        assertThat(outcome.anomalies()).isEmpty();
        assertThat(outcome.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(0, 10));
    }

    @Test
    void shouldRejectNegativeInvertedAndNonNumericRanges() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(15),
                range(-5, 10), range(10, 5), range(Double.NaN, 3), range(0, Double.POSITIVE_INFINITY));

        assertThat(outcome.creditedMillis()).isZero();
        assertThat(outcome.anomaliesOf(AnomalyKind.INVALID_RANGE)).hasSize(4);
    }

    @Test
    void shouldStillCreditTheValidRangesOfAHeartbeatWithAnInvalidOne() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(15), range(0, 15), range(20, 10));

        assertThat(outcome.creditedMillis()).isEqualTo(15_000);
        assertThat(outcome.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.INVALID_RANGE);
    }

    @Test
    void shouldNotCreditARangeStartingBeyondTheFurthestPointPlusTheSeekTolerance() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome seek = desk.heartbeat(session, 2, at(30), range(25.001, 40));

        assertThat(seek.creditedMillis()).isZero();
        assertThat(seek.anomaliesOf(AnomalyKind.SEEK_AHEAD)).singleElement()
                .extracting(Anomaly::affectedMillis).isEqualTo(14_999L);
        assertThat(session.playheadMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldCreditARangeStartingExactlyAtTheSeekTolerance() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome smallSkip = desk.heartbeat(session, 2, at(30), range(25, 40));

        assertThat(smallSkip.creditedMillis()).isEqualTo(15_000);
        assertThat(desk.coverage().intervals())
                .containsExactly(TimelineInterval.ofSeconds(0, 15), TimelineInterval.ofSeconds(25, 40));
    }

    @Test
    void shouldNotCreditAFirstRangeThatStartsFarIntoAnUnwatchedVideo() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(15), range(600, 615));

        assertThat(outcome.creditedMillis()).isZero();
        assertThat(outcome.hasAnomaly(AnomalyKind.SEEK_AHEAD)).isTrue();
    }

    @Test
    void shouldLetARangeContinueFromContentCoveredInAnEarlierSession() {
        PlaybackSession first = desk.open(at(0));
        desk.heartbeat(first, 1, at(15), range(0, 15));
        desk.close(first, at(16));
        PlaybackSession second = desk.open(at(100));

        HeartbeatOutcome outcome = desk.heartbeat(second, 1, at(115), range(15, 30));

        assertThat(outcome.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldJudgeEveryRangeOfAHeartbeatAgainstThePointReachedByTheRangesBeforeIt() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(30), range(20, 30), range(0, 12), range(100, 110));

        // [0, 12) continues from 0; [20, 30) starts 8 s after 12; [100, 110) starts 70 s after 30.
        assertThat(outcome.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(0, 12), TimelineInterval.ofSeconds(20, 30));
        assertThat(outcome.anomaliesOf(AnomalyKind.SEEK_AHEAD)).singleElement()
                .extracting(Anomaly::affectedMillis).isEqualTo(10_000L);
    }

    @Test
    void shouldKeepFollowingContinuousPlaybackThatTimeLimitsLeftUncredited() {
        PlaybackSession session = desk.open(at(0));

        // At double speed half of each heartbeat is not credited, yet playback is continuous.
        desk.heartbeat(session, 1, at(15), range(0, 30));
        HeartbeatOutcome second = desk.heartbeat(session, 2, at(30), range(30, 60));

        assertThat(second.hasAnomaly(AnomalyKind.SEEK_AHEAD)).isFalse();
        assertThat(second.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(30, 45));
        assertThat(session.playheadMillis()).isEqualTo(60_000);
    }

    @Test
    void shouldEarnNothingForAGapLongerThanTheToleranceAndRestartTheClock() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome afterGap = desk.heartbeat(session, 2, at(61), range(15, 61));
        HeartbeatOutcome next = desk.heartbeat(session, 3, at(76), range(61, 76));

        assertThat(afterGap.creditedMillis()).isZero();
        assertThat(afterGap.anomaliesOf(AnomalyKind.GAP)).singleElement()
                .extracting(Anomaly::affectedMillis).isEqualTo(46_000L);
        assertThat(next.creditedMillis()).isEqualTo(15_000);
        assertThat(next.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(61, 76));
        assertThat(desk.coverage().intervals())
                .containsExactly(TimelineInterval.ofSeconds(0, 15), TimelineInterval.ofSeconds(61, 76));
    }

    @Test
    void shouldTreatASilenceOfExactlyTheGapToleranceAsContinuous() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome outcome = desk.heartbeat(session, 2, at(60), range(15, 60));

        assertThat(outcome.hasAnomaly(AnomalyKind.GAP)).isFalse();
        assertThat(outcome.creditedMillis()).isEqualTo(45_000);
    }

    @Test
    void shouldHonourAConfiguredGapTolerance() {
        StudyDesk strict = new StudyDesk(StudyTimePolicy.defaults().withGapTolerance(Duration.ofSeconds(20))
                .withCheckpointMeanInterval(Duration.ofDays(100)), 1);
        PlaybackSession session = strict.open(at(0));

        HeartbeatOutcome outcome = strict.heartbeat(session, 1, at(21), range(0, 21));

        assertThat(outcome.hasAnomaly(AnomalyKind.GAP)).isTrue();
        assertThat(outcome.creditedMillis()).isZero();
    }

    @Test
    void shouldLetTheNextHeartbeatUseUnusedRealTimeOnlyUpToTheJitterAllowance() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(17), range(0, 15));   // 2 s of real time left over
        HeartbeatOutcome early = desk.heartbeat(session, 2, at(30), range(15, 30)); // 13 s elapsed

        assertThat(early.creditedMillis()).isEqualTo(15_000);
        assertThat(early.anomalies()).isEmpty();

        desk.heartbeat(session, 3, at(60), range(30, 30)); // paused: 30 s unused, 5 s carried
        HeartbeatOutcome fast = desk.heartbeat(session, 4, at(75), range(30, 60));

        assertThat(fast.creditedMillis()).isEqualTo(20_000);
    }

    @Test
    void shouldNotCarryUnusedTimeAcrossAGap() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));
        desk.heartbeat(session, 2, at(75));

        HeartbeatOutcome next = desk.heartbeat(session, 3, at(90), range(15, 45));

        assertThat(next.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldNeverCountNegativeElapsedTimeWhenServerClocksDisagree() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome behind = desk.heartbeat(session, 2, at(14.5), range(15, 30));
        HeartbeatOutcome next = desk.heartbeat(session, 3, at(30), range(15, 30));

        assertThat(behind.creditedMillis()).isZero();
        assertThat(next.creditedMillis()).isEqualTo(15_000);
        assertThat(session.elapsedClockFrom()).isEqualTo(at(30));
    }

    @Test
    void shouldRecordAPlaybackRateAboveThePlayersMaximumAsATamperedPlayer() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome quadruple = desk.heartbeat(session, 1, at(15), range(0, 60));

        assertThat(quadruple.creditedMillis()).isEqualTo(15_000);
        assertThat(quadruple.hasAnomaly(AnomalyKind.PLAYBACK_RATE_EXCEEDED)).isTrue();
    }

    @Test
    void shouldNotFlagDoubleSpeedWhichThePlayerOffers() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome doubleSpeed = desk.heartbeat(session, 1, at(15), range(0, 30));

        assertThat(doubleSpeed.hasAnomaly(AnomalyKind.PLAYBACK_RATE_EXCEEDED)).isFalse();
        assertThat(doubleSpeed.hasAnomaly(AnomalyKind.FASTER_THAN_REAL_TIME)).isTrue();
    }

    @Test
    void shouldCreditNothingToASupersededSession() {
        PlaybackSession firstTab = desk.open(at(0));
        desk.heartbeat(firstTab, 1, at(15), range(0, 15));
        desk.open(at(20));

        HeartbeatOutcome outcome = desk.heartbeat(firstTab, 2, at(30), range(15, 30));

        assertThat(outcome.disposition()).isEqualTo(HeartbeatDisposition.REJECTED);
        assertThat(outcome.creditedMillis()).isZero();
        assertThat(outcome.sessionState()).isEqualTo(SessionState.SUPERSEDED);
        assertThat(outcome.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.SESSION_NOT_ACTIVE);
    }

    @Test
    void shouldCreditNothingToAnEndedSession() {
        PlaybackSession session = desk.open(at(0));
        desk.close(session, at(10));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(15), range(0, 15));

        assertThat(outcome.creditedMillis()).isZero();
        assertThat(outcome.hasAnomaly(AnomalyKind.SESSION_NOT_ACTIVE)).isTrue();
    }

    @Test
    void shouldCreditOnlyUpToTheDailyCapAndRecordTheExcess() {
        StudyDesk capped = new StudyDesk(StudyTimePolicy.defaults().withDailyCap(Duration.ofSeconds(20))
                .withCheckpointMeanInterval(Duration.ofDays(100)), 1);
        PlaybackSession session = capped.open(at(0));
        capped.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome reachingCap = capped.heartbeat(session, 2, at(30), range(15, 30));
        HeartbeatOutcome overCap = capped.heartbeat(session, 3, at(45), range(30, 45));

        assertThat(reachingCap.creditedMillis()).isEqualTo(5_000);
        assertThat(reachingCap.anomaliesOf(AnomalyKind.DAILY_CAP)).singleElement()
                .extracting(Anomaly::affectedMillis).isEqualTo(10_000L);
        assertThat(overCap.creditedMillis()).isZero();
        assertThat(overCap.hasAnomaly(AnomalyKind.DAILY_CAP)).isTrue();
        assertThat(capped.coverage().coveredMillis()).isEqualTo(20_000);
    }

    @Test
    void shouldCountTheDailyCapOverAllLessonsOfThePerson() {
        StudyDesk capped = new StudyDesk(StudyTimePolicy.defaults().withDailyCap(Duration.ofSeconds(20))
                .withCheckpointMeanInterval(Duration.ofDays(100)), 1);
        PlaybackSession first = capped.open(ALICE, LESSON, TWENTY_MINUTES, at(0));
        capped.heartbeat(first, 1, at(15), range(0, 15));
        PlaybackSession second = capped.open(ALICE, StudyDesk.OTHER_LESSON, TWENTY_MINUTES, at(20));

        HeartbeatOutcome outcome = capped.heartbeat(second, 1, at(35), range(0, 15));

        assertThat(outcome.creditedMillis()).isEqualTo(5_000);
    }

    @Test
    void shouldStartANewDailyCapAtMidnightInTheStudyDayZone() {
        StudyTimePolicy policy = StudyTimePolicy.defaults().withDailyCap(Duration.ofSeconds(20))
                .withCheckpointMeanInterval(Duration.ofDays(100));
        StudyDesk capped = new StudyDesk(policy, 1);
        // 23:59:30 in Shanghai is 15:59:30 UTC.
        java.time.Instant beforeMidnight = java.time.Instant.parse("2025-03-03T15:59:30Z");
        PlaybackSession session = capped.open(ALICE, LESSON, TWENTY_MINUTES, beforeMidnight);
        capped.heartbeat(session, 1, beforeMidnight.plusSeconds(15), range(0, 15));
        HeartbeatOutcome capReached = capped.heartbeat(session, 2, beforeMidnight.plusSeconds(29), range(15, 29));

        HeartbeatOutcome afterMidnight = capped.heartbeat(session, 3, beforeMidnight.plusSeconds(44), range(29, 44));

        assertThat(capReached.creditedMillis()).isEqualTo(5_000);
        assertThat(afterMidnight.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldCarryEverythingARepositoryNeedsInTheOutcome() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session, 1, at(15), at(14), range(0, 20), range(700, 710));

        assertThat(outcome.sessionId()).isEqualTo(session.id());
        assertThat(outcome.sequence()).isEqualTo(1);
        assertThat(outcome.receivedAt()).isEqualTo(at(15));
        assertThat(outcome.clientTime()).contains(at(14));
        assertThat(outcome.creditedMillis()).isEqualTo(15_000);
        assertThat(outcome.newlyCovered()).containsExactly(TimelineInterval.ofSeconds(0, 15));
        assertThat(outcome.anomalies()).extracting(Anomaly::kind)
                .containsExactly(AnomalyKind.SEEK_AHEAD, AnomalyKind.FASTER_THAN_REAL_TIME);
        assertThat(outcome.anomalies()).allSatisfy(anomaly -> assertThat(anomaly.detail()).isNotBlank());
        assertThat(outcome.sessionState()).isEqualTo(SessionState.OPEN);
        assertThat(session.lastOutcome()).contains(outcome);
    }

    @Test
    void shouldNeverCreditMoreThanTheServerTimeElapsedWhateverTheClientSends() {
        for (int seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            StudyDesk adversary = new StudyDesk(StudyTimePolicy.defaults(), seed);
            PlaybackSession session = adversary.open(at(0));
            double now = 0;
            long sequence = 0;
            long coveredBefore = 0;
            for (int beat = 0; beat < 120; beat++) {
                now += random.nextDouble(0, 60);
                sequence += random.nextInt(-1, 4);
                int rangeCount = random.nextInt(0, 4);
                ReportedRange[] ranges = new ReportedRange[rangeCount];
                for (int i = 0; i < rangeCount; i++) {
                    double start = random.nextDouble(-10, 1210);
                    ranges[i] = range(start, start + random.nextDouble(-5, 400));
                }
                HeartbeatOutcome outcome = adversary.heartbeat(session, sequence, at(now), ranges);
                double answeredAt = now;
                session.pendingCheckpoint().filter(c -> random.nextBoolean())
                        .ifPresent(c -> adversary.answer(session, c.nonce(), true, at(answeredAt)));

                long covered = adversary.coverage().coveredMillis();
                assertThat(covered - coveredBefore).isEqualTo(outcome.creditedMillis());
                coveredBefore = covered;
                assertThat(adversary.creditedMillis(ALICE)).isLessThanOrEqualTo(Math.round(now * 1000));
                assertThat(adversary.coverage().furthestCoveredPoint()).isLessThanOrEqualTo(TWENTY_MINUTES);
            }
            assertThat(adversary.creditedMillis(ALICE)).isEqualTo(session.creditedMillis());
        }
    }

    @Test
    void shouldOfferTheReportedClientTimeAsOptional() {
        PlaybackSession session = desk.open(at(0));

        HeartbeatOutcome outcome = desk.heartbeat(session,
                new HeartbeatReport(1, List.of(range(0, 15)), Optional.empty(), at(15)));

        assertThat(outcome.clientTime()).isEmpty();
        assertThat(outcome.creditedMillis()).isEqualTo(15_000);
    }
}
