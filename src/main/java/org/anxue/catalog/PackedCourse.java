package org.anxue.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A course from a content pack (org.anxue.content), checked, with its lesson videos already
 * uploaded through the media feature.
 *
 * @param code the pack's stable code of the course: loading again skips it
 * @param cover a cover thumbnail (JPEG), or null
 */
public record PackedCourse(String code, CourseDetails details, List<Chapter> chapters, List<QuestionContent> questions,
                           byte[] cover) {

    public record Chapter(String title, List<Lesson> lessons) {
    }

    /** A video lesson and its processed upload. */
    public record Lesson(String title, boolean freePreview, UUID mediaId) {
    }
}
