package org.anxue.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;
import org.anxue.org.Institution;
import org.anxue.org.Tracked;

/**
 * A course of one training institution: a stable identity (what learners enrol in and what the
 * supermarket lists) whose content lives in {@link CourseVersion}s.
 */
@Entity
@Table(name = "course")
public class Course extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    /** The version in the supermarket; null before the first approval and after a withdrawal. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_version_id")
    public CourseVersion published;

    /** The content pack's code of a sample course; null for courses made in Anxue. */
    @Column(name = "pack_code", length = 64)
    public String packCode;

    /**
     * How many people enrolled. Kept by the learning feature (enrolment comes with it); 0 until
     * then. Orders the supermarket by "most enrolled".
     */
    @Column(name = "enrolment_count", nullable = false)
    public int enrolmentCount;

    protected Course() {
    }

    Course(Institution institution) {
        this.institution = institution;
    }

    public boolean isPublished() {
        return published != null;
    }

    public static Optional<Course> findByPackCode(String code) {
        return find("packCode", code).firstResultOptional();
    }
}
