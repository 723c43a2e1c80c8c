package org.anxue.learning.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The aggregate: one person playing one lesson's video from one page. At most one session per
 * person is open at a time; only an open session earns study time.
 *
 * <p>The rules live in the use cases ({@link OpeningASession}, {@link AcceptingAHeartbeat},
 * {@link AnsweringACheckpoint}, {@link ClosingASession}); this class holds the state they change
 * and refuses changes that would break its invariants. Its state round-trips through
 * {@link #snapshot()} and {@link #restore(PlaybackSessionSnapshot)}.
 */
public final class PlaybackSession {

    private final SessionId id;
    private final PersonId person;
    private final LessonId lesson;
    private final long videoDurationMillis;
    private final Instant openedAt;
    private SessionState state;
    private Instant endedAt;
    private SessionId supersededBy;
    private long lastSequence;
    private Instant elapsedClockFrom;
    private long playheadMillis;
    private long carriedAllowanceMillis;
    private long creditedMillis;
    private long checkpointDueAtCreditedMillis;
    private PendingCheckpoint pendingCheckpoint;
    private HeartbeatOutcome lastOutcome;

    private PlaybackSession(PlaybackSessionSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.person = Objects.requireNonNull(s.person(), "person");
        this.lesson = Objects.requireNonNull(s.lesson(), "lesson");
        if (s.videoDurationMillis() <= 0) {
            throw new IllegalArgumentException("a video has a positive duration: " + s.videoDurationMillis());
        }
        this.videoDurationMillis = s.videoDurationMillis();
        this.openedAt = Objects.requireNonNull(s.openedAt(), "openedAt");
        this.state = Objects.requireNonNull(s.state(), "state");
        if ((state == SessionState.OPEN) != (s.endedAt() == null)) {
            throw new IllegalArgumentException("endedAt is set exactly when the session is not open");
        }
        if ((state == SessionState.SUPERSEDED) != (s.supersededBy() != null)) {
            throw new IllegalArgumentException("supersededBy is set exactly when the session is superseded");
        }
        this.endedAt = s.endedAt();
        this.supersededBy = s.supersededBy();
        if (s.lastSequence() < 0 || s.playheadMillis() < 0 || s.carriedAllowanceMillis() < 0
                || s.creditedMillis() < 0 || s.checkpointDueAtCreditedMillis() < 0) {
            throw new IllegalArgumentException("counters cannot be negative: " + s);
        }
        if ((s.lastSequence() == 0) != (s.lastOutcome() == null)) {
            throw new IllegalArgumentException("lastOutcome is set exactly when a heartbeat was accepted");
        }
        this.lastSequence = s.lastSequence();
        this.elapsedClockFrom = Objects.requireNonNull(s.elapsedClockFrom(), "elapsedClockFrom");
        this.playheadMillis = s.playheadMillis();
        this.carriedAllowanceMillis = s.carriedAllowanceMillis();
        this.creditedMillis = s.creditedMillis();
        this.checkpointDueAtCreditedMillis = s.checkpointDueAtCreditedMillis();
        this.pendingCheckpoint = s.pendingCheckpoint();
        this.lastOutcome = s.lastOutcome();
    }

    /** Rebuilds a session from stored state, checking its invariants. */
    public static PlaybackSession restore(PlaybackSessionSnapshot snapshot) {
        return new PlaybackSession(snapshot);
    }

    static PlaybackSession open(SessionId id, PersonId person, LessonId lesson, long videoDurationMillis,
            Instant openedAt, long checkpointDueAtCreditedMillis, PendingCheckpoint pendingCheckpoint) {
        return new PlaybackSession(new PlaybackSessionSnapshot(id, person, lesson, videoDurationMillis, openedAt,
                SessionState.OPEN, null, null, 0, openedAt, 0, 0, 0, checkpointDueAtCreditedMillis,
                pendingCheckpoint, null));
    }

    public PlaybackSessionSnapshot snapshot() {
        return new PlaybackSessionSnapshot(id, person, lesson, videoDurationMillis, openedAt, state, endedAt,
                supersededBy, lastSequence, elapsedClockFrom, playheadMillis, carriedAllowanceMillis, creditedMillis,
                checkpointDueAtCreditedMillis, pendingCheckpoint, lastOutcome);
    }

    // --- state changes, used by the use cases of this package ---

    void supersede(Instant at, SessionId by) {
        requireOpen();
        if (by.equals(id)) {
            throw new IllegalArgumentException("a session cannot supersede itself");
        }
        state = SessionState.SUPERSEDED;
        supersededBy = by;
        endedAt = at;
    }

    void end(Instant at) {
        requireOpen();
        state = SessionState.ENDED;
        endedAt = at;
    }

    void terminateByCheckpoint(Instant at) {
        requireOpen();
        state = SessionState.TERMINATED_BY_CHECKPOINT;
        endedAt = at;
    }

    /** Records a judged heartbeat: its sequence becomes the last, and the clock moves to its receipt. */
    void recordHeartbeat(HeartbeatOutcome outcome, long newPlayheadMillis, long newCarriedAllowanceMillis) {
        requireOpen();
        if (outcome.sequence() <= lastSequence) {
            throw new IllegalStateException("sequence " + outcome.sequence() + " is not after " + lastSequence);
        }
        lastSequence = outcome.sequence();
        if (outcome.receivedAt().isAfter(elapsedClockFrom)) {
            elapsedClockFrom = outcome.receivedAt();
        }
        playheadMillis = Math.max(playheadMillis, newPlayheadMillis);
        carriedAllowanceMillis = newCarriedAllowanceMillis;
        creditedMillis += outcome.creditedMillis();
        lastOutcome = outcome;
    }

    void askCheckpoint(PendingCheckpoint checkpoint) {
        requireOpen();
        pendingCheckpoint = Objects.requireNonNull(checkpoint);
    }

    /** A correct answer: earning resumes, with real time counted from the answer. */
    void resumeAfterCheckpoint(Instant answeredAt, long newCarriedAllowanceMillis, long nextCheckpointDistanceMillis) {
        requireOpen();
        if (pendingCheckpoint == null) {
            throw new IllegalStateException("no checkpoint is pending");
        }
        pendingCheckpoint = null;
        if (answeredAt.isAfter(elapsedClockFrom)) {
            elapsedClockFrom = answeredAt;
        }
        carriedAllowanceMillis = newCarriedAllowanceMillis;
        checkpointDueAtCreditedMillis = creditedMillis + nextCheckpointDistanceMillis;
    }

    private void requireOpen() {
        if (state != SessionState.OPEN) {
            throw new IllegalStateException("session " + id + " is " + state);
        }
    }

    // --- reading ---

    public SessionId id() {
        return id;
    }

    public PersonId person() {
        return person;
    }

    public LessonId lesson() {
        return lesson;
    }

    public long videoDurationMillis() {
        return videoDurationMillis;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public SessionState state() {
        return state;
    }

    public boolean isOpen() {
        return state == SessionState.OPEN;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<SessionId> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public long lastSequence() {
        return lastSequence;
    }

    public Instant elapsedClockFrom() {
        return elapsedClockFrom;
    }

    public long playheadMillis() {
        return playheadMillis;
    }

    public long carriedAllowanceMillis() {
        return carriedAllowanceMillis;
    }

    public long creditedMillis() {
        return creditedMillis;
    }

    public Duration credited() {
        return Duration.ofMillis(creditedMillis);
    }

    public long checkpointDueAtCreditedMillis() {
        return checkpointDueAtCreditedMillis;
    }

    /** Credited study time left before the next checkpoint is asked; 0 while one is pending. */
    public long creditedMillisUntilCheckpoint() {
        return pendingCheckpoint != null ? 0 : Math.max(0, checkpointDueAtCreditedMillis - creditedMillis);
    }

    public Optional<PendingCheckpoint> pendingCheckpoint() {
        return Optional.ofNullable(pendingCheckpoint);
    }

    public Optional<HeartbeatOutcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }

    @Override
    public String toString() {
        return "PlaybackSession[" + id + ", " + person + ", " + lesson + ", " + state + ", credited " + creditedMillis + " ms]";
    }
}
