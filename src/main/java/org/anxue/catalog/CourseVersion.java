package org.anxue.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;
import org.anxue.org.Tracked;

/**
 * One version of a course: its description, outline and question bank. Editable while DRAFT or
 * REJECTED, frozen while SUBMITTED, immutable once published. A new version is a draft copy of the
 * published one ({@link #draftCopy}); its lessons keep their lesson keys.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_version_seq")
    @SequenceGenerator(name = "course_version_seq", sequenceName = "course_version_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    /** 1 for the first version, then 2, 3, … */
    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VersionStatus status;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 4000)
    public String summary = "";

    /** The cover thumbnail in S3 ({@code catalog/covers/<sha-256>.jpg}), or null. */
    @Column(name = "cover_key", length = 200)
    public String coverKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_type", nullable = false, length = 16)
    public TrainingType trainingType;

    /** 学时 the course claims; the videos must last at least this many class hours. */
    @Column(name = "declared_hours", nullable = false, precision = 5, scale = 1)
    public BigDecimal declaredHours;

    /** Percentage of the final test to answer right to pass, 1–100. */
    @Column(name = "pass_mark", nullable = false)
    public int passMark;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_version_industry", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "industry", length = 32)
    @Enumerated(EnumType.STRING)
    public Set<Industry> industries = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_version_post_kind", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "post_kind", length = 32)
    @Enumerated(EnumType.STRING)
    public Set<PostKind> postKinds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Chapter> chapters = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Question> questions = new ArrayList<>();

    /** The published version this one was copied from. */
    @Column(name = "based_on_id")
    public Long basedOnId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** The reviewer's reason of the last rejection (or the withdrawal). */
    @Column(name = "review_reason", length = 1000)
    public String reviewReason;

    @Column(name = "published_at")
    public Instant publishedAt;

    protected CourseVersion() {
    }

    /** The first version of a new course. */
    static CourseVersion first(Course course, CourseDetails details) {
        CourseVersion version = new CourseVersion();
        version.course = course;
        version.number = 1;
        version.status = VersionStatus.DRAFT;
        version.apply(details);
        return version;
    }

    /** Sets the description fields (checked before by {@link CourseDetails#check}). */
    void apply(CourseDetails details) {
        title = details.title();
        summary = details.summary();
        trainingType = details.trainingType();
        declaredHours = details.declaredHours();
        passMark = details.passMark();
        industries.clear();
        industries.addAll(details.industries());
        postKinds.clear();
        postKinds.addAll(details.postKinds());
    }

    /** The details as they stand, for a form or an edit of one field. */
    CourseDetails details() {
        return new CourseDetails(title, summary, trainingType, declaredHours, passMark, Set.copyOf(industries),
                Set.copyOf(postKinds));
    }

    /**
     * A new DRAFT version with the same content, numbered {@code number}. Lessons keep their
     * lesson keys, media and documents (objects in S3 are never changed, only referenced).
     */
    CourseVersion draftCopy(int number) {
        CourseVersion copy = new CourseVersion();
        copy.course = course;
        copy.number = number;
        copy.status = VersionStatus.DRAFT;
        copy.apply(details());
        copy.coverKey = coverKey;
        copy.basedOnId = id;
        for (Chapter chapter : chapters) {
            Chapter c = copy.addChapter(chapter.title);
            for (Lesson lesson : chapter.lessons) {
                Lesson l = c.addLesson(lesson.title, lesson.kind, lesson.freePreview);
                l.lessonKey = lesson.lessonKey;
                l.mediaId = lesson.mediaId;
                l.documentKey = lesson.documentKey;
                l.documentName = lesson.documentName;
                l.documentSize = lesson.documentSize;
            }
        }
        for (Question question : questions) {
            copy.addQuestion(question.content());
        }
        return copy;
    }

    Chapter addChapter(String chapterTitle) {
        Chapter chapter = new Chapter();
        chapter.courseVersion = this;
        chapter.title = chapterTitle;
        chapter.position = chapters.size();
        chapters.add(chapter);
        return chapter;
    }

    Question addQuestion(QuestionContent content) {
        Question question = new Question();
        question.courseVersion = this;
        question.position = questions.size();
        question.apply(content);
        questions.add(question);
        return question;
    }

    /** Every lesson, chapter by chapter. */
    public Stream<Lesson> lessons() {
        return chapters.stream().flatMap(c -> c.lessons.stream());
    }

    public Lesson lessonByKey(UUID key) {
        return lessons().filter(l -> l.lessonKey.equals(key)).findFirst().orElse(null);
    }
}
