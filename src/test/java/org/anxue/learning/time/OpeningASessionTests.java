package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.ALICE;
import static org.anxue.learning.time.StudyDesk.BOB;
import static org.anxue.learning.time.StudyDesk.LESSON;
import static org.anxue.learning.time.StudyDesk.OTHER_LESSON;
import static org.anxue.learning.time.StudyDesk.TWENTY_MINUTES;
import static org.anxue.learning.time.StudyDesk.at;
import static org.anxue.learning.time.StudyDesk.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OpeningASessionTests {

    private final StudyTimePolicy policy = StudyTimePolicy.defaults();
    private final OpeningASession opening = new OpeningASession(policy, new SplittableRandom(1));

    @Test
    void shouldOpenASessionThatHasEarnedNothingYet() {
        SessionOpened opened = opening.open(ALICE, LESSON, TWENTY_MINUTES, at(0), Optional.empty());

        PlaybackSession session = opened.opened();
        assertThat(opened.superseded()).isEmpty();
        assertThat(session.state()).isEqualTo(SessionState.OPEN);
        assertThat(session.person()).isEqualTo(ALICE);
        assertThat(session.lesson()).isEqualTo(LESSON);
        assertThat(session.videoDurationMillis()).isEqualTo(TWENTY_MINUTES);
        assertThat(session.openedAt()).isEqualTo(at(0));
        assertThat(session.elapsedClockFrom()).isEqualTo(at(0));
        assertThat(session.lastSequence()).isZero();
        assertThat(session.creditedMillis()).isZero();
        assertThat(session.pendingCheckpoint()).isEmpty();
        assertThat(session.checkpointDueAtCreditedMillis()).isBetween(300_000L, 900_000L);
    }

    @Test
    void shouldGiveEverySessionItsOwnId() {
        SessionOpened first = opening.open(ALICE, LESSON, TWENTY_MINUTES, at(0), Optional.empty());
        SessionOpened second = opening.open(BOB, LESSON, TWENTY_MINUTES, at(0), Optional.empty());

        assertThat(first.opened().id()).isNotEqualTo(second.opened().id());
        assertThat(first.opened().id().value().version()).isEqualTo(4);
    }

    @Test
    void shouldSupersedeThePersonsOpenSessionWhichEarnsNothingAfterwards() {
        StudyDesk desk = StudyDesk.withoutCheckpoints();
        PlaybackSession firstTab = desk.open(at(0));
        desk.heartbeat(firstTab, 1, at(15), range(0, 15));

        PlaybackSession secondTab = desk.open(ALICE, OTHER_LESSON, TWENTY_MINUTES, at(20));

        assertThat(firstTab.state()).isEqualTo(SessionState.SUPERSEDED);
        assertThat(firstTab.supersededBy()).contains(secondTab.id());
        assertThat(firstTab.endedAt()).contains(at(20));
        assertThat(desk.heartbeat(firstTab, 2, at(30), range(15, 30)).creditedMillis()).isZero();
        assertThat(desk.heartbeat(secondTab, 1, at(35), range(0, 15)).creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldReportTheSupersededSessionSoItCanBeStored() {
        SessionOpened first = opening.open(ALICE, LESSON, TWENTY_MINUTES, at(0), Optional.empty());

        SessionOpened second = opening.open(ALICE, LESSON, TWENTY_MINUTES, at(60), Optional.of(first.opened()));

        assertThat(second.superseded()).containsSame(first.opened());
    }

    @Test
    void shouldLeaveAPreviousSessionThatAlreadyStoppedAsItIs() {
        SessionOpened first = opening.open(ALICE, LESSON, TWENTY_MINUTES, at(0), Optional.empty());
        new ClosingASession().close(first.opened(), at(30));

        SessionOpened second = opening.open(ALICE, LESSON, TWENTY_MINUTES, at(60), Optional.of(first.opened()));

        assertThat(second.superseded()).isEmpty();
        assertThat(first.opened().state()).isEqualTo(SessionState.ENDED);
    }

    @Test
    void shouldRefuseAnotherPersonsSessionAsThePrevious() {
        SessionOpened bobs = opening.open(BOB, LESSON, TWENTY_MINUTES, at(0), Optional.empty());

        assertThatThrownBy(() -> opening.open(ALICE, LESSON, TWENTY_MINUTES, at(60), Optional.of(bobs.opened())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(bobs.opened().isOpen()).isTrue();
    }

    @Test
    void shouldRefuseAVideoWithoutDuration() {
        assertThatThrownBy(() -> opening.open(ALICE, LESSON, 0, at(0), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldStartWithACheckpointWhenThePreviousSessionLeftOneUnanswered() {
        StudyDesk desk = new StudyDesk(policy.withCheckpointMeanInterval(Duration.ofSeconds(20)), 3);
        PlaybackSession first = desk.open(at(0));
        desk.heartbeat(first, 1, at(15), range(0, 15));
        desk.heartbeat(first, 2, at(30), range(15, 30));
        assertThat(first.pendingCheckpoint()).isPresent();
        desk.close(first, at(31));

        PlaybackSession second = desk.open(at(40));

        assertThat(second.pendingCheckpoint()).isPresent();
        assertThat(second.pendingCheckpoint().orElseThrow().nonce()).isNotEqualTo(first.pendingCheckpoint().orElseThrow().nonce());
        assertThat(desk.heartbeat(second, 1, at(55), range(30, 45)).creditedMillis()).isZero();
    }

    @Test
    void shouldStartWithACheckpointAfterASessionTerminatedByCheckpoints() {
        StudyDesk desk = new StudyDesk(policy.withCheckpointMeanInterval(Duration.ofSeconds(20)).withMaxWrongAnswers(1), 3);
        PlaybackSession first = desk.open(at(0));
        desk.heartbeat(first, 1, at(15), range(0, 15));
        desk.heartbeat(first, 2, at(30), range(15, 30));
        desk.answer(first, first.pendingCheckpoint().orElseThrow().nonce(), false, at(35));
        assertThat(first.state()).isEqualTo(SessionState.TERMINATED_BY_CHECKPOINT);

        PlaybackSession second = desk.open(at(40));

        assertThat(second.pendingCheckpoint()).isPresent();
    }

    @Test
    void shouldNotLetANewSessionRestartTheCountTowardsTheNextCheckpoint() {
        StudyDesk desk = new StudyDesk(policy, 9);
        PlaybackSession first = desk.open(at(0));
        long due = first.checkpointDueAtCreditedMillis();
        desk.heartbeat(first, 1, at(15), range(0, 15));
        desk.heartbeat(first, 2, at(30), range(15, 30));

        PlaybackSession second = desk.open(at(31));

        assertThat(second.checkpointDueAtCreditedMillis()).isEqualTo(due - 30_000);
    }

    @Test
    void shouldStartTheNewSessionsElapsedClockAtItsOpening() {
        StudyDesk desk = StudyDesk.withoutCheckpoints();
        PlaybackSession first = desk.open(at(0));
        desk.heartbeat(first, 1, at(15), range(0, 15));

        PlaybackSession second = desk.open(at(20));
        HeartbeatOutcome outcome = desk.heartbeat(second, 1, at(30), range(15, 45));

        assertThat(outcome.creditedMillis()).isEqualTo(10_000);
    }
}
