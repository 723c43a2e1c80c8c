package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.at;
import static org.anxue.learning.time.StudyDesk.range;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClosingASessionTests {

    private final StudyDesk desk = StudyDesk.withoutCheckpoints();

    @Test
    void shouldEndAnOpenSessionSoItEarnsNothingMore() {
        PlaybackSession session = desk.open(at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        SessionClosed closed = desk.close(session, at(16));

        assertThat(closed.endedNow()).isTrue();
        assertThat(closed.stateBefore()).isEqualTo(SessionState.OPEN);
        assertThat(closed.stateAfter()).isEqualTo(SessionState.ENDED);
        assertThat(session.endedAt()).contains(at(16));
        assertThat(desk.heartbeat(session, 2, at(30), range(15, 30)).creditedMillis()).isZero();
        assertThat(session.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldChangeNothingWhenClosingASessionThatAlreadyStopped() {
        PlaybackSession session = desk.open(at(0));
        desk.close(session, at(10));

        SessionClosed again = desk.close(session, at(20));

        assertThat(again.endedNow()).isFalse();
        assertThat(again.stateAfter()).isEqualTo(SessionState.ENDED);
        assertThat(session.endedAt()).contains(at(10));
    }

    @Test
    void shouldLeaveASupersededSessionSuperseded() {
        PlaybackSession first = desk.open(at(0));
        desk.open(at(5));

        SessionClosed closed = desk.close(first, at(10));

        assertThat(closed.endedNow()).isFalse();
        assertThat(first.state()).isEqualTo(SessionState.SUPERSEDED);
    }
}
