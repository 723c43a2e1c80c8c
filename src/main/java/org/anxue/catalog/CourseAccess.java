package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response.Status;
import org.anxue.org.Bureau;
import org.anxue.org.Institution;
import org.anxue.web.AppException;

/**
 * Who may do what with a course. An institution's accounts edit its own courses only. A bureau
 * officer reviews, approves, rejects and withdraws the courses of institutions whose approving
 * bureau lies in the officer's jurisdiction (the officer's bureau or any bureau below it).
 * Everyone, signed in or not, sees published courses.
 */
@ApplicationScoped
public class CourseAccess {

    /** The actor's institution; 403 for anyone else. */
    public Institution institutionOf(Actor actor) {
        if (actor == null || !actor.isInstitution()) {
            throw new AppException(Status.FORBIDDEN, "catalog:notAnInstitution");
        }
        Institution institution = Institution.findById(actor.tenantId());
        if (institution == null) {
            throw new AppException(Status.FORBIDDEN, "catalog:notAnInstitution");
        }
        return institution;
    }

    /** The course, locked for a change by its owner: 404 if there is none, 403 if it is another institution's. */
    public Course ownCourseForUpdate(Actor actor, long courseId) {
        Course course = Course.findById(courseId, LockModeType.PESSIMISTIC_WRITE);
        return requireOwner(actor, course);
    }

    /** The course for reading by its owner. */
    public Course ownCourse(Actor actor, long courseId) {
        return requireOwner(actor, Course.findById(courseId));
    }

    private Course requireOwner(Actor actor, Course course) {
        if (course == null) {
            throw new AppException(Status.NOT_FOUND, "catalog:courseNotFound");
        }
        if (!owns(actor, course)) {
            throw new AppException(Status.FORBIDDEN, "catalog:notYourCourse");
        }
        return course;
    }

    /** The course, locked for a review decision: 403 unless the actor is a bureau officer whose jurisdiction covers it. */
    public Course reviewableCourseForUpdate(Actor actor, long courseId) {
        return requireReviewer(actor, Course.findById(courseId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Course reviewableCourse(Actor actor, long courseId) {
        return requireReviewer(actor, Course.findById(courseId));
    }

    private Course requireReviewer(Actor actor, Course course) {
        if (actor == null || !actor.isBureauOfficer()) {
            throw new AppException(Status.FORBIDDEN, "catalog:notAReviewer");
        }
        if (course == null) {
            throw new AppException(Status.NOT_FOUND, "catalog:courseNotFound");
        }
        if (!mayReview(actor, course)) {
            throw new AppException(Status.FORBIDDEN, "catalog:outsideJurisdiction");
        }
        return course;
    }

    public boolean owns(Actor actor, Course course) {
        return actor != null && actor.isInstitution() && course.institution.id == actor.tenantId();
    }

    /** Whether the actor's bureau is the course institution's approving bureau or above it. */
    public boolean mayReview(Actor actor, Course course) {
        String path = jurisdiction(actor);
        return path != null && course.institution.approvingBureau.path.startsWith(path);
    }

    /** The path of the actor's bureau (its subtree is path + anything), or null for non-officers. */
    public String jurisdiction(Actor actor) {
        if (actor == null || !actor.isBureauOfficer()) {
            return null;
        }
        Bureau bureau = Bureau.findById(actor.tenantId());
        return bureau == null ? null : bureau.path;
    }
}
