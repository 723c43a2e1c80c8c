package org.anxue.catalog;

/**
 * Where a course version is in its life. An institution edits a DRAFT (or a REJECTED version) and
 * submits it; a bureau officer approves it (PUBLISHED, in the supermarket) or rejects it with a
 * reason. Publishing a new version makes the previous one SUPERSEDED; a bureau can withdraw the
 * published version (WITHDRAWN). Only DRAFT and REJECTED versions can change (the database
 * enforces it too).
 */
public enum VersionStatus {
    DRAFT, SUBMITTED, REJECTED, PUBLISHED, SUPERSEDED, WITHDRAWN;

    /** Whether the institution may still change the content. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    /** Whether the version is being worked on or reviewed (a course has at most one such version). */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == REJECTED;
    }

    /** Whether learners may have studied it (it was in the supermarket at some time). */
    public boolean wasPublished() {
        return this == PUBLISHED || this == SUPERSEDED || this == WITHDRAWN;
    }
}
