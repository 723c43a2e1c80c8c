package org.anxue.learning.time;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Use case: the person answers the pending checkpoint question (随机弹题).
 *
 * <ul>
 * <li>The answer must name the pending checkpoint's server-issued nonce; any other nonce is
 *     rejected and recorded, and does not count as a wrong answer (it may be a stale retry).</li>
 * <li>A correct answer clears the checkpoint and the next one is drawn. The answer counts like a
 *     heartbeat without played content: real time is counted from the answer, so the time spent on
 *     the question earns nothing, except that, as after any heartbeat, up to the jitter allowance
 *     of it may carry over (none after a silence longer than the gap tolerance).</li>
 * <li>A wrong answer is recorded and a new question with a new nonce is asked; the
 *     {@link StudyTimePolicy#maxWrongAnswers()}-th wrong answer to the same checkpoint terminates
 *     the session.</li>
 * </ul>
 */
public final class AnsweringACheckpoint {

    private final StudyTimePolicy policy;
    private final CheckpointSchedule schedule;

    public AnsweringACheckpoint(StudyTimePolicy policy, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.schedule = new CheckpointSchedule(policy, Objects.requireNonNull(random, "random"));
    }

    public CheckpointOutcome answer(PlaybackSession session, CheckpointAnswer answer) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(answer, "answer");
        if (!session.isOpen()) {
            return rejected(session, answer, Anomaly.of(AnomalyKind.SESSION_NOT_ACTIVE, 0,
                    "session " + session.id() + " is " + session.state() + "; the answer is not considered"));
        }
        Optional<PendingCheckpoint> pending = session.pendingCheckpoint();
        if (pending.isEmpty()) {
            return rejected(session, answer, Anomaly.of(AnomalyKind.CHECKPOINT_NOT_PENDING, 0,
                    "no checkpoint question is pending"));
        }
        PendingCheckpoint checkpoint = pending.get();
        if (!sameNonce(checkpoint.nonce(), answer.nonce())) {
            return rejected(session, answer, Anomaly.of(AnomalyKind.CHECKPOINT_NONCE_MISMATCH, 0,
                    "the answer names a nonce other than the pending checkpoint's"));
        }
        if (answer.correct()) {
            long sinceClock = Math.max(0, Duration.between(session.elapsedClockFrom(), answer.answeredAt()).toMillis());
            long carried = sinceClock > policy.gapTolerance().toMillis() ? 0
                    : Math.min(policy.jitterAllowance().toMillis(), session.carriedAllowanceMillis() + sinceClock);
            session.resumeAfterCheckpoint(answer.answeredAt(), carried, schedule.nextDistanceMillis());
            return new CheckpointOutcome(session.id(), answer.answeredAt(), CheckpointDisposition.RESUMED,
                    Optional.empty(), List.of(), session.state());
        }

        int wrong = checkpoint.wrongAnswers() + 1;
        List<Anomaly> anomalies = new ArrayList<>();
        anomalies.add(Anomaly.of(AnomalyKind.CHECKPOINT_WRONG_ANSWER, 0,
                "wrong answer " + wrong + " of at most " + policy.maxWrongAnswers()));
        if (wrong >= policy.maxWrongAnswers()) {
            anomalies.add(Anomaly.of(AnomalyKind.CHECKPOINT_FAILED, 0, wrong
                    + " wrong answers to the checkpoint asked at " + checkpoint.issuedAt() + "; the session is terminated"));
            session.terminateByCheckpoint(answer.answeredAt());
            return new CheckpointOutcome(session.id(), answer.answeredAt(), CheckpointDisposition.TERMINATED,
                    session.pendingCheckpoint(), anomalies, session.state());
        }
        PendingCheckpoint again = new PendingCheckpoint(schedule.newNonce(), answer.answeredAt(), wrong);
        session.askCheckpoint(again);
        return new CheckpointOutcome(session.id(), answer.answeredAt(), CheckpointDisposition.ASKED_AGAIN,
                Optional.of(again), anomalies, session.state());
    }

    /** Compares in constant time, so response timing reveals nothing about the nonce. */
    private static boolean sameNonce(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static CheckpointOutcome rejected(PlaybackSession session, CheckpointAnswer answer, Anomaly anomaly) {
        return new CheckpointOutcome(session.id(), answer.answeredAt(), CheckpointDisposition.REJECTED,
                session.pendingCheckpoint(), List.of(anomaly), session.state());
    }
}
