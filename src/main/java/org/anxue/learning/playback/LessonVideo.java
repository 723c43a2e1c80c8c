package org.anxue.learning.playback;

/**
 * A playable lesson, as the catalog describes it.
 *
 * @param lessonId the lesson
 * @param courseId the course it belongs to (checkpoint questions come from its bank)
 * @param durationMillis the video's duration, as probed when it was uploaded
 */
public record LessonVideo(long lessonId, long courseId, long durationMillis) {

    public LessonVideo {
        if (durationMillis <= 0) {
            throw new IllegalArgumentException("a video has a positive duration: " + durationMillis);
        }
    }
}
