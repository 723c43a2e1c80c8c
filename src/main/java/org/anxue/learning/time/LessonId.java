package org.anxue.learning.time;

/** Identifies a lesson (one video) of a course. Opaque to this model, like {@link PersonId}. */
public record LessonId(String value) {

    public LessonId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a lesson id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
