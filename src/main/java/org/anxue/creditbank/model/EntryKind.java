package org.anxue.creditbank.model;

/** What a ledger entry records. Stored by name; the names are part of the hashed encoding. */
public enum EntryKind {
    ONLINE_COURSE_COMPLETED,
    OFFLINE_CLASS_ATTENDED,
    EXAM_RESULT,
    CERTIFICATE,
    RECOGNITION,
    WAIVER,
    REVERSAL
}
