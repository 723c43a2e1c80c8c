package org.anxue.creditbank.model;

import java.util.Objects;

/**
 * A person attended an offline class held by a training institution; posted after a bureau officer (or a
 * rule) approved the attendance. The entry's evidence reference points to the attendance roster.
 *
 * <p>Canonical fields: {@code class}, {@code course}, {@code institution}, {@code approved_by}.
 */
public record OfflineClassAttended(String classId, String courseId, String institutionId, String approvedBy)
        implements EntryDetails {

    public OfflineClassAttended {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.OFFLINE_CLASS_ATTENDED;
    }

    @Override
    public void writeCanonical(CanonicalEncoder out) {
        out.text("class").text(classId);
        out.text("course").text(courseId);
        out.text("institution").text(institutionId);
        out.text("approved_by").text(approvedBy);
    }
}
