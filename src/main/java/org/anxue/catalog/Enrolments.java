package org.anxue.catalog;

/**
 * Port: who is enrolled in which course. The learning feature implements it (enrolment comes
 * with it); until then {@link NoEnrolments} says no one is, so learners watch free previews only.
 * Called while deciding playback, on worker threads; it may read the database.
 */
public interface Enrolments {

    /** Whether the person is enrolled in the course (any version of it). */
    boolean isEnrolled(long personId, long courseId);
}
