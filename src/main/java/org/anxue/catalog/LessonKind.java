package org.anxue.catalog;

/** What a lesson holds: a video (from the media feature) or a PDF document. */
public enum LessonKind {
    VIDEO, DOCUMENT
}
