package org.anxue.learning.time;

/**
 * How far a person is through a lesson, by coverage.
 *
 * @param coveredMillis covered time within the video
 * @param durationMillis the video's duration
 * @param coveredShare {@code coveredMillis / durationMillis}
 * @param complete whether the covered share reached the completion threshold
 */
public record LessonProgress(long coveredMillis, long durationMillis, double coveredShare, boolean complete) {
}
