package org.anxue.learning.playback;

import java.util.Optional;

/**
 * Port: what playback needs to know about a lesson. {@link CatalogLessons} answers it from the
 * catalog's tables (see {@link CatalogPorts}). The video it returns carries the lesson's
 * <em>canonical</em> id, under which sessions and coverage are kept.
 *
 * <p>Called on a worker thread when a session opens; it may block (read a database).
 */
public interface LessonDirectory {

    /** The lesson's video, or empty when there is no such lesson or it cannot be played. */
    Optional<LessonVideo> find(long lessonId);

    /**
     * Whether the person may play the lesson (enrolled in its course, or a free preview); only
     * asked about a lesson {@link #find} found. Without a catalog every found lesson may be played.
     */
    default boolean mayPlay(long personId, long lessonId) {
        return true;
    }
}
