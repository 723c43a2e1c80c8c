package org.anxue.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person completed a course: every lesson covered to the threshold and the final test passed.
 * Fired once per person and course version, synchronously inside the transaction that records the
 * completion, so that an observer's writes (the credit bank posting the online hours) commit or
 * roll back with it: a completion is never recorded without its posting, nor the reverse.
 *
 * @param personId         the learner
 * @param courseId         the course
 * @param courseVersionId  the published version studied (its declared hours and training type)
 * @param courseTitle      the version's title, for the ledger entry's description
 * @param trainingType     the version's training type (INITIAL, REFRESHER, REVIEW, PRE_JOB, ROUTINE)
 * @param declaredHours    the version's declared 学时
 * @param studiedSeconds   study time credited to the person on the course's lessons (seconds)
 * @param sessionIds       the playback sessions behind that time (evidence)
 * @param testAttemptId    the passed final-test attempt (evidence)
 * @param testScore        its score, 0–100
 * @param completedAt      when the test was passed (server time)
 */
public record CourseCompleted(
        long personId,
        long courseId,
        long courseVersionId,
        String courseTitle,
        String trainingType,
        BigDecimal declaredHours,
        long studiedSeconds,
        List<UUID> sessionIds,
        long testAttemptId,
        int testScore,
        Instant completedAt) {

    public CourseCompleted {
        sessionIds = List.copyOf(sessionIds);
    }
}
