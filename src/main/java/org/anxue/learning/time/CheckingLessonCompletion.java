package org.anxue.learning.time;

import java.util.Objects;

/**
 * Use case: is a lesson complete for a person? Only by coverage: the share of the video covered
 * by credited intervals must reach {@link StudyTimePolicy#completionThreshold()}. The position the
 * player reached plays no part, so seeking to the end completes nothing.
 */
public final class CheckingLessonCompletion {

    private final StudyTimePolicy policy;

    public CheckingLessonCompletion(StudyTimePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public LessonProgress progressOf(CoveredIntervals coverage, long videoDurationMillis) {
        Objects.requireNonNull(coverage, "coverage");
        long covered = coverage.coveredMillisWithin(videoDurationMillis);
        double share = (double) covered / videoDurationMillis;
        return new LessonProgress(covered, videoDurationMillis, share, share >= policy.completionThreshold());
    }
}
