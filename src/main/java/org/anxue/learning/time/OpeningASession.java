package org.anxue.learning.time;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Use case: a person starts playing a lesson. Opens a new session and supersedes the person's
 * open one, if any (another tab or device), which earns nothing from then on.
 *
 * <p>Checkpoints follow the person, not the session, so that closing and reopening cannot dodge
 * them: if the person's previous session ended with a checkpoint unanswered or failed, the new one
 * opens with a checkpoint pending; otherwise it inherits the credited time left until the previous
 * session's next checkpoint. Only a person's first session draws a fresh distance.
 */
public final class OpeningASession {

    private final CheckpointSchedule schedule;
    private final RandomGenerator random;

    public OpeningASession(StudyTimePolicy policy, RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        this.schedule = new CheckpointSchedule(Objects.requireNonNull(policy, "policy"), random);
    }

    /**
     * @param person who plays
     * @param lesson what they play
     * @param videoDurationMillis the lesson video's duration
     * @param openedAt server time
     * @param personsLatestSession the person's most recently opened session, open or not, over all
     *     lessons; empty if they never had one
     */
    public SessionOpened open(PersonId person, LessonId lesson, long videoDurationMillis, Instant openedAt,
            Optional<PlaybackSession> personsLatestSession) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(personsLatestSession, "personsLatestSession");
        personsLatestSession.ifPresent(latest -> {
            if (!latest.person().equals(person)) {
                throw new IllegalArgumentException("session " + latest.id() + " belongs to " + latest.person()
                        + ", not " + person);
            }
        });

        SessionId id = SessionId.random(random);
        long checkpointDue;
        PendingCheckpoint pending = null;
        if (personsLatestSession.isEmpty()) {
            checkpointDue = schedule.nextDistanceMillis();
        } else {
            PlaybackSession latest = personsLatestSession.get();
            boolean owesAnAnswer = latest.pendingCheckpoint().isPresent()
                    || latest.state() == SessionState.TERMINATED_BY_CHECKPOINT;
            if (owesAnAnswer) {
                checkpointDue = 0;
                pending = new PendingCheckpoint(schedule.newNonce(), openedAt, 0);
            } else {
                checkpointDue = Math.max(1, latest.creditedMillisUntilCheckpoint());
            }
        }
        PlaybackSession opened = PlaybackSession.open(id, person, lesson, videoDurationMillis, openedAt,
                checkpointDue, pending);

        Optional<PlaybackSession> superseded = Optional.empty();
        if (personsLatestSession.isPresent() && personsLatestSession.get().isOpen()) {
            personsLatestSession.get().supersede(openedAt, id);
            superseded = personsLatestSession;
        }
        return new SessionOpened(opened, superseded);
    }
}
