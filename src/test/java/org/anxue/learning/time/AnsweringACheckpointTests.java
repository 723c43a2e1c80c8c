package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.at;
import static org.anxue.learning.time.StudyDesk.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Asking checkpoint questions while heartbeats arrive, and answering them. */
class AnsweringACheckpointTests {

    /** A checkpoint after 30 to 90 s of credited study. */
    private final StudyDesk desk = new StudyDesk(StudyTimePolicy.defaults()
            .withCheckpointMeanInterval(Duration.ofMinutes(1)), 11);
    private final PlaybackSession session = desk.open(at(0));
    private long sequence;
    private double position;
    private double now;

    /** Plays on in 15 s heartbeats until one of them asks a checkpoint. */
    private HeartbeatOutcome playUntilACheckpointIsAsked() {
        for (int i = 0; i < 100; i++) {
            HeartbeatOutcome outcome = playFifteenSeconds();
            if (outcome.pendingCheckpoint().isPresent()) {
                return outcome;
            }
        }
        throw new AssertionError("no checkpoint was asked");
    }

    private HeartbeatOutcome playFifteenSeconds() {
        now += 15;
        HeartbeatOutcome outcome = desk.heartbeat(session, ++sequence, at(now), range(position, position + 15));
        position += 15;
        return outcome;
    }

    private String pendingNonce() {
        return session.pendingCheckpoint().orElseThrow().nonce();
    }

    @Test
    void shouldAskACheckpointWithTheHeartbeatThatReachesTheDrawnAmountOfStudy() {
        long due = session.checkpointDueAtCreditedMillis();

        HeartbeatOutcome asking = playUntilACheckpointIsAsked();

        assertThat(due).isBetween(30_000L, 90_000L);
        assertThat(session.creditedMillis()).isGreaterThanOrEqualTo(due).isLessThan(due + 15_000);
        assertThat(asking.creditedMillis()).isEqualTo(15_000);
        assertThat(asking.pendingCheckpoint().orElseThrow().issuedAt()).isEqualTo(asking.receivedAt());
        assertThat(asking.pendingCheckpoint().orElseThrow().wrongAnswers()).isZero();
    }

    @Test
    void shouldCreditNothingWhileACheckpointIsPendingButFollowThePlayhead() {
        playUntilACheckpointIsAsked();
        long credited = session.creditedMillis();

        HeartbeatOutcome whilePending = playFifteenSeconds();

        assertThat(whilePending.creditedMillis()).isZero();
        assertThat(whilePending.newlyCovered()).isEmpty();
        assertThat(whilePending.anomaliesOf(AnomalyKind.CHECKPOINT_PENDING)).singleElement()
                .extracting(Anomaly::affectedMillis).isEqualTo(15_000L);
        assertThat(whilePending.pendingCheckpoint()).isEqualTo(session.pendingCheckpoint());
        assertThat(session.creditedMillis()).isEqualTo(credited);
        assertThat(session.playheadMillis()).isEqualTo(Math.round(position * 1000));
    }

    @Test
    void shouldNotRecordAPendingCheckpointForAHeartbeatThatReportsNoPlayback() {
        playUntilACheckpointIsAsked();

        HeartbeatOutcome keepAlive = desk.heartbeat(session, ++sequence, at(now + 15));

        assertThat(keepAlive.anomalies()).isEmpty();
        assertThat(keepAlive.pendingCheckpoint()).isPresent();
    }

    @Test
    void shouldResumeEarningAfterACorrectAnswerCountingTimeFromTheAnswer() {
        playUntilACheckpointIsAsked();
        String nonce = pendingNonce();

        // 50 s on the question: longer than the gap tolerance, so nothing of it carries over.
        CheckpointOutcome answered = desk.answer(session, nonce, true, at(now + 50));
        HeartbeatOutcome next = desk.heartbeat(session, ++sequence, at(now + 60), range(position, position + 15));

        assertThat(answered.disposition()).isEqualTo(CheckpointDisposition.RESUMED);
        assertThat(answered.pendingCheckpoint()).isEmpty();
        assertThat(answered.anomalies()).isEmpty();
        assertThat(next.hasAnomaly(AnomalyKind.GAP)).isFalse();
        assertThat(next.creditedMillis()).isEqualTo(10_000);
    }

    @Test
    void shouldCarryNoMoreThanTheJitterAllowanceOfTheTimeSpentOnTheQuestion() {
        playUntilACheckpointIsAsked();

        desk.answer(session, pendingNonce(), true, at(now + 20));
        HeartbeatOutcome next = desk.heartbeat(session, ++sequence, at(now + 30), range(position, position + 20));

        assertThat(next.creditedMillis()).isEqualTo(15_000);
        assertThat(next.anomaliesOf(AnomalyKind.FASTER_THAN_REAL_TIME)).singleElement()
                .extracting(Anomaly::affectedMillis).isEqualTo(5_000L);
    }

    @Test
    void shouldDrawTheNextCheckpointAfterACorrectAnswer() {
        playUntilACheckpointIsAsked();
        long creditedAtAnswer = session.creditedMillis();

        desk.answer(session, pendingNonce(), true, at(now + 5));

        assertThat(session.pendingCheckpoint()).isEmpty();
        assertThat(session.checkpointDueAtCreditedMillis() - creditedAtAnswer).isBetween(30_000L, 90_000L);
    }

    @Test
    void shouldRejectAnAnswerWithAnotherNonceWithoutCountingItAsWrong() {
        playUntilACheckpointIsAsked();
        PendingCheckpoint pending = session.pendingCheckpoint().orElseThrow();

        CheckpointOutcome forged = desk.answer(session, "0123456789abcdef0123456789abcdef", true, at(now + 5));

        assertThat(forged.disposition()).isEqualTo(CheckpointDisposition.REJECTED);
        assertThat(forged.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.CHECKPOINT_NONCE_MISMATCH);
        assertThat(session.pendingCheckpoint()).contains(pending);
        assertThat(playFifteenSeconds().creditedMillis()).isZero();
    }

    @Test
    void shouldAskAgainWithANewNonceAfterAWrongAnswer() {
        playUntilACheckpointIsAsked();
        String first = pendingNonce();

        CheckpointOutcome wrong = desk.answer(session, first, false, at(now + 5));

        assertThat(wrong.disposition()).isEqualTo(CheckpointDisposition.ASKED_AGAIN);
        assertThat(wrong.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.CHECKPOINT_WRONG_ANSWER);
        assertThat(wrong.pendingCheckpoint().orElseThrow().nonce()).isNotEqualTo(first);
        assertThat(wrong.pendingCheckpoint().orElseThrow().wrongAnswers()).isEqualTo(1);
        assertThat(desk.answer(session, first, true, at(now + 6)).disposition()).isEqualTo(CheckpointDisposition.REJECTED);
        assertThat(desk.answer(session, pendingNonce(), true, at(now + 7)).disposition())
                .isEqualTo(CheckpointDisposition.RESUMED);
    }

    @Test
    void shouldTerminateTheSessionAtTheThirdWrongAnswerByDefault() {
        playUntilACheckpointIsAsked();

        CheckpointOutcome first = desk.answer(session, pendingNonce(), false, at(now + 5));
        CheckpointOutcome second = desk.answer(session, pendingNonce(), false, at(now + 10));
        CheckpointOutcome third = desk.answer(session, pendingNonce(), false, at(now + 15));

        assertThat(first.disposition()).isEqualTo(CheckpointDisposition.ASKED_AGAIN);
        assertThat(second.disposition()).isEqualTo(CheckpointDisposition.ASKED_AGAIN);
        assertThat(third.disposition()).isEqualTo(CheckpointDisposition.TERMINATED);
        assertThat(third.anomalies()).extracting(Anomaly::kind)
                .containsExactly(AnomalyKind.CHECKPOINT_WRONG_ANSWER, AnomalyKind.CHECKPOINT_FAILED);
        assertThat(session.state()).isEqualTo(SessionState.TERMINATED_BY_CHECKPOINT);
        assertThat(session.endedAt()).contains(at(now + 15));
        assertThat(playFifteenSeconds().hasAnomaly(AnomalyKind.SESSION_NOT_ACTIVE)).isTrue();
    }

    @Test
    void shouldHonourAConfiguredNumberOfWrongAnswers() {
        StudyDesk strict = new StudyDesk(StudyTimePolicy.defaults().withMaxWrongAnswers(1)
                .withCheckpointMeanInterval(Duration.ofSeconds(20)), 5);
        PlaybackSession strictSession = strict.open(at(0));
        strict.heartbeat(strictSession, 1, at(15), range(0, 15));
        strict.heartbeat(strictSession, 2, at(30), range(15, 30));
        String nonce = strictSession.pendingCheckpoint().orElseThrow().nonce();

        CheckpointOutcome wrong = strict.answer(strictSession, nonce, false, at(35));

        assertThat(wrong.disposition()).isEqualTo(CheckpointDisposition.TERMINATED);
    }

    @Test
    void shouldCountWrongAnswersPerCheckpoint() {
        playUntilACheckpointIsAsked();
        desk.answer(session, pendingNonce(), false, at(now + 5));
        desk.answer(session, pendingNonce(), false, at(now + 10));
        desk.answer(session, pendingNonce(), true, at(now + 15));
        now += 15;

        playUntilACheckpointIsAsked();
        CheckpointOutcome wrong = desk.answer(session, pendingNonce(), false, at(now + 5));

        assertThat(wrong.disposition()).isEqualTo(CheckpointDisposition.ASKED_AGAIN);
    }

    @Test
    void shouldRejectAnAnswerWhenNoCheckpointIsPending() {
        CheckpointOutcome outcome = desk.answer(session, "whatever", true, at(5));

        assertThat(outcome.disposition()).isEqualTo(CheckpointDisposition.REJECTED);
        assertThat(outcome.hasAnomaly(AnomalyKind.CHECKPOINT_NOT_PENDING)).isTrue();
    }

    @Test
    void shouldRejectAnAnswerToASessionThatIsNotOpen() {
        playUntilACheckpointIsAsked();
        String nonce = pendingNonce();
        desk.close(session, at(now + 1));

        CheckpointOutcome outcome = desk.answer(session, nonce, true, at(now + 2));

        assertThat(outcome.disposition()).isEqualTo(CheckpointDisposition.REJECTED);
        assertThat(outcome.hasAnomaly(AnomalyKind.SESSION_NOT_ACTIVE)).isTrue();
        assertThat(session.pendingCheckpoint()).isPresent();
    }
}
