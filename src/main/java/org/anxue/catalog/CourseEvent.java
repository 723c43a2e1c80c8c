package org.anxue.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.time.Instant;
import java.util.List;

/** One transition in a course's history: what, who, when and why. Never changed once written. */
@Entity
@Table(name = "course_event")
public class CourseEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_event_seq")
    @SequenceGenerator(name = "course_event_seq", sequenceName = "course_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    public long courseId;

    @Column(name = "version_id", updatable = false)
    public Long versionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    public CourseEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 16)
    public VersionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 16)
    public VersionStatus toStatus;

    /** The account that acted; null for the content pack loader. */
    @Column(name = "actor_account_id", updatable = false)
    public Long actorAccountId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 100)
    public String actorName;

    @Column(updatable = false, length = 1000)
    public String reason;

    @Column(nullable = false, updatable = false)
    public Instant at;

    public static List<CourseEvent> of(long courseId) {
        return list("courseId = ?1 order by at, id", courseId);
    }
}
