package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.at;
import static org.anxue.learning.time.StudyDesk.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlaybackSessionTests {

    private final StudyTimePolicy policy = StudyTimePolicy.defaults().withCheckpointMeanInterval(Duration.ofSeconds(40));

    @Test
    void shouldRestoreFromItsSnapshotAndJudgeTheNextHeartbeatAlike() {
        StudyDesk desk = new StudyDesk(policy, 21);
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(17), range(0, 15));
        desk.heartbeat(session, 2, at(30), range(15, 40));
        PlaybackSession restored = PlaybackSession.restore(session.snapshot());

        assertThat(restored.snapshot()).isEqualTo(session.snapshot());

        AcceptingAHeartbeat accepting = new AcceptingAHeartbeat(policy, (person, day) -> Duration.ZERO, new SplittableRandom(5));
        AcceptingAHeartbeat sameAccepting = new AcceptingAHeartbeat(policy, (person, day) -> Duration.ZERO, new SplittableRandom(5));
        HeartbeatReport next = new HeartbeatReport(3, List.of(range(40, 55)), at(44), at(45));
        HeartbeatOutcome fromOriginal = accepting.accept(session, desk.coverage(), next);
        HeartbeatOutcome fromRestored = sameAccepting.accept(restored, desk.coverage(), next);

        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(restored.snapshot()).isEqualTo(session.snapshot());
    }

    @Test
    void shouldKeepEveryFieldThroughASnapshot() {
        StudyDesk desk = new StudyDesk(policy, 21);
        PlaybackSession session = desk.open(at(0));
        for (int beat = 1; session.pendingCheckpoint().isEmpty(); beat++) {
            desk.heartbeat(session, beat, at(beat * 15 + 1), range((beat - 1) * 15, beat * 15));
        }
        desk.open(at(200));

        PlaybackSessionSnapshot snapshot = session.snapshot();

        assertThat(snapshot.state()).isEqualTo(SessionState.SUPERSEDED);
        assertThat(snapshot.supersededBy()).isNotNull();
        assertThat(snapshot.endedAt()).isEqualTo(at(200));
        assertThat(snapshot.pendingCheckpoint()).isNotNull();
        assertThat(snapshot.lastOutcome()).isNotNull();
        assertThat(snapshot.carriedAllowanceMillis()).isEqualTo(session.carriedAllowanceMillis()).isBetween(0L, 5_000L);
        assertThat(PlaybackSession.restore(snapshot).snapshot()).isEqualTo(snapshot);
    }

    @Test
    void shouldRefuseASnapshotThatBreaksItsInvariants() {
        PlaybackSessionSnapshot open = new StudyDesk(policy, 1).open(at(0)).snapshot();

        assertThatThrownBy(() -> PlaybackSession.restore(withState(open, SessionState.ENDED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlaybackSession.restore(withLastSequence(open, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PlaybackSessionSnapshot withState(PlaybackSessionSnapshot s, SessionState state) {
        return new PlaybackSessionSnapshot(s.id(), s.person(), s.lesson(), s.videoDurationMillis(), s.openedAt(), state,
                s.endedAt(), s.supersededBy(), s.lastSequence(), s.elapsedClockFrom(), s.playheadMillis(),
                s.carriedAllowanceMillis(), s.creditedMillis(), s.checkpointDueAtCreditedMillis(), s.pendingCheckpoint(),
                s.lastOutcome());
    }

    private static PlaybackSessionSnapshot withLastSequence(PlaybackSessionSnapshot s, long lastSequence) {
        return new PlaybackSessionSnapshot(s.id(), s.person(), s.lesson(), s.videoDurationMillis(), s.openedAt(), s.state(),
                s.endedAt(), s.supersededBy(), lastSequence, s.elapsedClockFrom(), s.playheadMillis(),
                s.carriedAllowanceMillis(), s.creditedMillis(), s.checkpointDueAtCreditedMillis(), s.pendingCheckpoint(),
                s.lastOutcome());
    }
}
