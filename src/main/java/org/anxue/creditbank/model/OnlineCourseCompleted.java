package org.anxue.creditbank.model;

import java.util.Objects;

/**
 * An online course was completed. The entry's raw hours are the valid study time in 学时; its credited
 * hours are zero unless the course test was passed. The entry's evidence reference points to the study
 * sessions.
 *
 * <p>Canonical fields: {@code course}, {@code study_seconds}, {@code test_passed}, {@code test_attempt}.
 */
public record OnlineCourseCompleted(String courseId, long studySeconds, boolean testPassed, String testAttemptRef)
        implements EntryDetails {

    public OnlineCourseCompleted {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(testAttemptRef, "testAttemptRef");
        if (studySeconds < 0) {
            throw new IllegalArgumentException("study time cannot be negative");
        }
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ONLINE_COURSE_COMPLETED;
    }

    @Override
    public void writeCanonical(CanonicalEncoder out) {
        out.text("course").text(courseId);
        out.text("study_seconds").number(studySeconds);
        out.text("test_passed").bool(testPassed);
        out.text("test_attempt").text(testAttemptRef);
    }
}
