package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import org.anxue.security.TenantKind;

/**
 * Who may watch a lesson (its video, or read its document):
 * <ul>
 * <li>the institution that owns the course, in any version;</li>
 * <li>bureau officers whose jurisdiction covers the institution (reviewers), in any version;</li>
 * <li>anyone, signed in or not, if the lesson is a free preview of the published version;</li>
 * <li>a person enrolled in the course ({@link Enrolments}), in any version that was published and
 * not withdrawn, so that someone midway through a superseded version can finish it.</li>
 * </ul>
 */
@ApplicationScoped
public class Watching {

    private final CourseAccess access;
    private final Enrolments enrolments;

    Watching(CourseAccess access, Enrolments enrolments) {
        this.access = access;
        this.enrolments = enrolments;
    }

    /** @param actor null for an anonymous visitor */
    public boolean mayWatch(Actor actor, Lesson lesson) {
        CourseVersion version = lesson.courseVersion;
        Course course = version.course;
        if (lesson.freePreview && course.published == version) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        if (access.owns(actor, course) || access.mayReview(actor, course)) {
            return true;
        }
        return actor.tenantKind() == TenantKind.PERSON
                && (version.status == VersionStatus.PUBLISHED || version.status == VersionStatus.SUPERSEDED)
                && enrolments.isEnrolled(actor.tenantId(), course.id);
    }
}
