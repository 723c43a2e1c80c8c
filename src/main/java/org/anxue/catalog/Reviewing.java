package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.List;
import org.anxue.web.AppException;

/**
 * What a bureau officer does with the courses of institutions in the jurisdiction: approve a
 * submitted version (it is published; the previous published version, if any, is superseded),
 * reject it with a reason, or withdraw the published version with a reason. Each decision is one
 * transaction with the course row locked, recorded with who, when and why, and told to the
 * search index through the outbox.
 */
@ApplicationScoped
public class Reviewing {

    private final CourseAccess access;
    private final CourseLog log;
    private final Authoring authoring;
    private final EntityManager em;

    Reviewing(CourseAccess access, CourseLog log, Authoring authoring, EntityManager em) {
        this.access = access;
        this.log = log;
        this.authoring = authoring;
        this.em = em;
    }

    /** Submitted versions waiting for the actor's decision, oldest first. */
    @Transactional
    public List<CourseVersion> queue(Actor actor) {
        return inJurisdiction(actor, VersionStatus.SUBMITTED, "v.submittedAt, v.id");
    }

    /** Published versions in the actor's jurisdiction, newest first (a bureau may withdraw them). */
    @Transactional
    public List<CourseVersion> published(Actor actor) {
        return inJurisdiction(actor, VersionStatus.PUBLISHED, "v.publishedAt desc, v.id desc");
    }

    private List<CourseVersion> inJurisdiction(Actor actor, VersionStatus status, String order) {
        String path = access.jurisdiction(actor);
        if (path == null) {
            throw new AppException(Status.FORBIDDEN, "catalog:notAReviewer");
        }
        return em.createQuery("""
                select v from CourseVersion v join fetch v.course c join fetch c.institution i
                join i.approvingBureau b
                where v.status = :status and b.path like :subtree
                order by\s""" + order, CourseVersion.class)
                .setParameter("status", status)
                .setParameter("subtree", path + "%")
                .getResultList();
    }

    /** Approves the submitted version: it becomes the published one. */
    @Transactional
    public CourseVersion approve(Actor actor, long courseId) {
        Course course = access.reviewableCourseForUpdate(actor, courseId);
        CourseVersion version = submitted(course);
        List<Problem> problems = authoring.readiness(version);
        if (!problems.isEmpty()) {
            throw new CatalogInputException(Status.CONFLICT.getStatusCode(), problems);
        }
        publish(course, version, actor, Instant.now());
        return version;
    }

    /** Publishes a version (the previous published one is superseded). */
    void publish(Course course, CourseVersion version, Actor actor, Instant now) {
        CourseVersion previous = course.published;
        if (previous != null) {
            previous.status = VersionStatus.SUPERSEDED;
            // the partial unique index allows one PUBLISHED version per course at any moment
            em.flush();
            log.transition(course, previous, CourseEventKind.SUPERSEDED, VersionStatus.PUBLISHED, actor,
                    null, now);
        }
        VersionStatus from = version.status;
        version.status = VersionStatus.PUBLISHED;
        version.reviewedAt = now;
        version.publishedAt = now;
        course.published = version;
        log.transition(course, version, CourseEventKind.APPROVED, from, actor, null, now);
    }

    /** Rejects the submitted version; the institution sees the reason, edits and submits again. */
    @Transactional
    public CourseVersion reject(Actor actor, long courseId, String reason) {
        String checked = reason(reason);
        Course course = access.reviewableCourseForUpdate(actor, courseId);
        CourseVersion version = submitted(course);
        Instant now = Instant.now();
        version.status = VersionStatus.REJECTED;
        version.reviewedAt = now;
        version.reviewReason = checked;
        log.transition(course, version, CourseEventKind.REJECTED, VersionStatus.SUBMITTED, actor, checked, now);
        return version;
    }

    /**
     * Withdraws the published version: the course leaves the supermarket. The institution may
     * submit a corrected version; approving it lists the course again.
     */
    @Transactional
    public CourseVersion withdraw(Actor actor, long courseId, String reason) {
        String checked = reason(reason);
        Course course = access.reviewableCourseForUpdate(actor, courseId);
        CourseVersion version = course.published;
        if (version == null) {
            throw new AppException(Status.CONFLICT, "catalog:notPublished");
        }
        Instant now = Instant.now();
        version.status = VersionStatus.WITHDRAWN;
        version.reviewedAt = now;
        version.reviewReason = checked;
        course.published = null;
        log.transition(course, version, CourseEventKind.WITHDRAWN, VersionStatus.PUBLISHED, actor, checked, now);
        return version;
    }

    private static CourseVersion submitted(Course course) {
        return Authoring.openVersion(course).filter(v -> v.status == VersionStatus.SUBMITTED)
                .orElseThrow(() -> new AppException(Status.CONFLICT, "catalog:nothingToReview"));
    }

    static String reason(String text) {
        String value = CourseDetails.strip(text);
        if (value.isEmpty()) {
            throw CatalogInputException.invalid("reason", "reasonRequired");
        }
        if (value.length() > Authoring.REASON_MAX) {
            throw CatalogInputException.invalid("reason", "reasonTooLong", Authoring.REASON_MAX);
        }
        return value;
    }
}
