package org.anxue.creditbank.model;

/**
 * The fields that only one kind of entry has. Each record documents its canonical field order; the
 * encoding writes every field as its name followed by its value (see {@link CanonicalEncoder}).
 */
public sealed interface EntryDetails
        permits OnlineCourseCompleted, OfflineClassAttended, ExamResult, CertificateRecorded, Recognition, Reversal {

    EntryKind kind();

    /** Writes this kind's fields, name then value, in the documented order. */
    void writeCanonical(CanonicalEncoder out);
}
