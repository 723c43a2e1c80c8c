package org.anxue.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anxue.org.Tracked;

/** A chapter of a course version's outline: a titled, ordered group of lessons. */
@Entity
@Table(name = "course_chapter")
public class Chapter extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_chapter_seq")
    @SequenceGenerator(name = "course_chapter_seq", sequenceName = "course_chapter_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public CourseVersion courseVersion;

    /** 0-based place in the outline. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 200)
    public String title;

    @OneToMany(mappedBy = "chapter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Lesson> lessons = new ArrayList<>();

    /** A new lesson at the end of this chapter, with a fresh lesson key. */
    Lesson addLesson(String lessonTitle, LessonKind kind, boolean freePreview) {
        Lesson lesson = new Lesson();
        lesson.chapter = this;
        lesson.courseVersion = courseVersion;
        lesson.position = lessons.size();
        lesson.lessonKey = UUID.randomUUID();
        lesson.title = lessonTitle;
        lesson.kind = kind;
        lesson.freePreview = freePreview;
        lessons.add(lesson);
        return lesson;
    }
}
