package org.anxue.learning.playback;

import java.util.Optional;

/**
 * Port: what playback needs to know about a lesson. The catalog implements it (a lesson's video
 * and course); until it does, {@link CatalogPorts} answers that no lesson exists.
 *
 * <p>Called on a worker thread when a session opens; it may block (read a database).
 */
public interface LessonDirectory {

    /** The lesson's video, or empty when there is no such lesson or it cannot be played. */
    Optional<LessonVideo> find(long lessonId);
}
