package org.anxue.learning.completion;

/**
 * One lesson of a course version as one person has studied it. {@code canonicalId} is the id under
 * which progress is kept (the smallest lesson id with the same lesson key, so progress carries
 * over to new versions while the video is unchanged).
 *
 * @param durationMs the video's probed duration (0 for a document or a video without one)
 * @param coveredMs  what the person has covered of the video (lesson_coverage)
 * @param opened     whether the person has opened the document through Anxue
 * @param complete   the rule: a video is complete when covered ≥ threshold × duration; a document once opened
 */
public record LessonRow(long personId, long versionId, long lessonId, long canonicalId, String title, String kind,
        int chapterPosition, int position, long durationMs, long coveredMs, boolean opened, boolean complete) {

    public boolean isVideo() {
        return "VIDEO".equals(kind);
    }

    /** Covered video, never more than the video. */
    public long coveredCappedMs() {
        return Math.min(coveredMs, durationMs);
    }

    public boolean started() {
        return coveredMs > 0 || opened;
    }

    /** Whole percent of the video covered (documents: 0 or 100). */
    public int percent() {
        if (!isVideo()) {
            return opened ? 100 : 0;
        }
        return durationMs == 0 ? 0 : (int) Math.min(100, coveredCappedMs() * 100 / durationMs);
    }

    /** The completion rule, in one place. */
    static boolean isComplete(String kind, long durationMs, long coveredMs, boolean opened, double threshold) {
        if ("DOCUMENT".equals(kind)) {
            return opened;
        }
        return durationMs > 0 && coveredMs >= Math.ceil(threshold * durationMs);
    }
}
