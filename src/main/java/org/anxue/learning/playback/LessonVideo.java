package org.anxue.learning.playback;

/**
 * A playable lesson, as the catalog describes it.
 *
 * @param lessonId the lesson's canonical id (the first lesson id of its lesson key), under which
 *     sessions and coverage are kept; the same for every course version that keeps its video
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
