package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Writes a course's history and its outbox rows, in the caller's transaction: every transition
 * gets an event (who, when, why), and every change of a course a {@code course_outbox} row that the
 * search index follows (PUBLISHED, WITHDRAWN, or CHANGED for anything else).
 */
@ApplicationScoped
public class CourseLog {

    /** What the search index is told. */
    public enum Change { PUBLISHED, WITHDRAWN, CHANGED }

    private final EntityManager em;

    CourseLog(EntityManager em) {
        this.em = em;
    }

    /** Records a transition of {@code version} and the matching outbox row. */
    void transition(Course course, CourseVersion version, CourseEventKind kind, VersionStatus from, Actor actor,
                    String reason, Instant at) {
        CourseEvent event = new CourseEvent();
        event.courseId = course.id;
        event.versionId = version.id;
        event.kind = kind;
        event.fromStatus = from;
        event.toStatus = version.status;
        event.actorAccountId = actor.accountId();
        event.actorName = actor.name().length() > 100 ? actor.name().substring(0, 100) : actor.name();
        event.reason = reason;
        event.at = at;
        em.persist(event);
        changed(course, switch (kind) {
            case APPROVED -> Change.PUBLISHED;
            case WITHDRAWN -> Change.WITHDRAWN;
            default -> Change.CHANGED;
        });
    }

    /** An outbox row for a change of {@code course} (flushes first, so that the course row exists). */
    void changed(Course course, Change change) {
        em.flush();
        em.createNativeQuery("insert into course_outbox (course_id, change_kind) values (?1, ?2)")
                .setParameter(1, course.id)
                .setParameter(2, change.name())
                .executeUpdate();
    }
}
