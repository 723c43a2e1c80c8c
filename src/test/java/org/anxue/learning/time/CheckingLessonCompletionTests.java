package org.anxue.learning.time;

import static org.anxue.learning.time.StudyDesk.ALICE;
import static org.anxue.learning.time.StudyDesk.LESSON;
import static org.anxue.learning.time.StudyDesk.at;
import static org.anxue.learning.time.StudyDesk.range;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckingLessonCompletionTests {

    private final CheckingLessonCompletion checking = new CheckingLessonCompletion(StudyTimePolicy.defaults());

    @Test
    void shouldCompleteALessonWhenCoverageReachesNinetyFivePercent() {
        CoveredIntervals covered = CoveredIntervals.of(TimelineInterval.ofSeconds(0, 570), TimelineInterval.ofSeconds(580, 590));

        LessonProgress progress = checking.progressOf(covered, 600_000);

        assertThat(progress.coveredMillis()).isEqualTo(580_000);
        assertThat(progress.coveredShare()).isGreaterThanOrEqualTo(0.95);
        assertThat(progress.complete()).isTrue();
    }

    @Test
    void shouldNotCompleteALessonJustBelowTheThreshold() {
        CoveredIntervals covered = CoveredIntervals.of(TimelineInterval.ofMillis(0, 569_999));

        assertThat(checking.progressOf(covered, 600_000).complete()).isFalse();
    }

    @Test
    void shouldHonourAConfiguredThreshold() {
        CheckingLessonCompletion lenient = new CheckingLessonCompletion(StudyTimePolicy.defaults().withCompletionThreshold(0.8));
        CoveredIntervals covered = CoveredIntervals.of(TimelineInterval.ofSeconds(0, 480));

        assertThat(lenient.progressOf(covered, 600_000).complete()).isTrue();
        assertThat(checking.progressOf(covered, 600_000).complete()).isFalse();
    }

    @Test
    void shouldNotCompleteALessonBySeekingToTheEnd() {
        StudyDesk desk = StudyDesk.withoutCheckpoints();
        PlaybackSession session = desk.open(ALICE, LESSON, 600_000, at(0));
        desk.heartbeat(session, 1, at(15), range(0, 15));

        HeartbeatOutcome atTheEnd = desk.heartbeat(session, 2, at(30), range(585, 600));

        assertThat(atTheEnd.hasAnomaly(AnomalyKind.SEEK_AHEAD)).isTrue();
        assertThat(desk.progress(ALICE, LESSON, 600_000).complete()).isFalse();
        assertThat(desk.progress(ALICE, LESSON, 600_000).coveredMillis()).isEqualTo(15_000);
    }

    @Test
    void shouldCompleteALessonWatchedStraightThrough() {
        StudyDesk desk = StudyDesk.withoutCheckpoints();
        PlaybackSession session = desk.open(ALICE, LESSON, 600_000, at(0));
        for (int beat = 1; beat <= 40; beat++) {
            desk.heartbeat(session, beat, at(beat * 15), range((beat - 1) * 15, beat * 15));
        }

        LessonProgress progress = desk.progress(ALICE, LESSON, 600_000);

        assertThat(progress.coveredShare()).isEqualTo(1.0);
        assertThat(progress.complete()).isTrue();
    }
}
