package org.anxue.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.anxue.org.Institution;

/**
 * Publishes the courses of a content pack (the sample catalog). A packed course goes the same way
 * as any other, in one transaction: it is created, checked with the same rules as a submission (the
 * class-hours check included) and approved, each step recorded in its history with the content
 * pack as the actor, and announced in the outbox.
 */
@ApplicationScoped
public class PackedCourses {

    private final Authoring authoring;
    private final Reviewing reviewing;
    private final CatalogObjects objects;
    private final EntityManager em;

    PackedCourses(Authoring authoring, Reviewing reviewing, CatalogObjects objects, EntityManager em) {
        this.authoring = authoring;
        this.reviewing = reviewing;
        this.objects = objects;
        this.em = em;
    }

    /** Whether a course with this pack code exists (it was loaded before). */
    @Transactional
    public boolean exists(String code) {
        return Course.findByPackCode(code).isPresent();
    }

    /**
     * Publishes the course for the institution with the given licence number.
     *
     * @return the course id
     * @throws CatalogInputException (409) when it does not pass the checks of a submission
     */
    @Transactional
    public long publish(String institutionLicence, PackedCourse packed) {
        Institution institution = Institution.findByLicenceNumber(institutionLicence)
                .orElseThrow(() -> new IllegalArgumentException("no institution with licence " + institutionLicence));
        Actor actor = Actor.CONTENT_PACK;
        Course course = authoring.create(institution, packed.details(), packed.code(), actor);
        CourseVersion version = Authoring.openVersion(course).orElseThrow();
        if (packed.cover() != null) {
            version.coverKey = objects.putCover(packed.cover());
        }
        for (PackedCourse.Chapter c : packed.chapters()) {
            Chapter chapter = version.addChapter(c.title());
            em.persist(chapter);
            for (PackedCourse.Lesson l : c.lessons()) {
                Lesson lesson = chapter.addLesson(l.title(), LessonKind.VIDEO, l.freePreview());
                lesson.attachVideo(l.mediaId());
                em.persist(lesson);
            }
        }
        for (QuestionContent q : packed.questions()) {
            em.persist(version.addQuestion(q));
        }
        em.flush();
        List<Problem> problems = authoring.readiness(version);
        if (!problems.isEmpty()) {
            throw new CatalogInputException(409, problems);
        }
        Instant now = Instant.now();
        version.status = VersionStatus.SUBMITTED;
        version.submittedAt = now;
        authoring.logSubmitted(course, version, actor, now);
        reviewing.publish(course, version, actor, now);
        return course.id;
    }
}
