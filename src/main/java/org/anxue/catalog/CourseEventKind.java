package org.anxue.catalog;

/** The transitions recorded in a course's history. */
public enum CourseEventKind {
    /** The institution created the course (its first draft). */
    CREATED,
    /** The institution submitted a version for review. */
    SUBMITTED,
    /** A bureau officer approved it: it is published. */
    APPROVED,
    /** A bureau officer rejected it, with a reason. */
    REJECTED,
    /** A bureau officer withdrew the published version, with a reason. */
    WITHDRAWN,
    /** The institution started a new version (a draft copy of the published one). */
    VERSION_STARTED,
    /** A newer version was approved; this one left the supermarket. */
    SUPERSEDED
}
