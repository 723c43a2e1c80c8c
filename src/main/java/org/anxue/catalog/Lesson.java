package org.anxue.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.UUID;
import org.anxue.org.Tracked;

/**
 * A lesson: a video (an upload of the media feature, with its probed duration) or a PDF document.
 *
 * <p>{@link #lessonKey} names the lesson across versions: a new version copies it, and it stays as
 * long as the lesson's video (or document) stays the same. Giving a lesson another video gives it
 * a new key, so progress recorded by key never counts for a video it was not made on.
 */
@Entity
@Table(name = "course_lesson")
public class Lesson extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_lesson_seq")
    @SequenceGenerator(name = "course_lesson_seq", sequenceName = "course_lesson_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id")
    public Chapter chapter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public CourseVersion courseVersion;

    /** 0-based place in its chapter. */
    @Column(nullable = false)
    public int position;

    @Column(name = "lesson_key", nullable = false)
    public UUID lessonKey;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LessonKind kind;

    /** The video's upload id (also its media asset's id once processed); VIDEO lessons only. */
    @Column(name = "media_id")
    public UUID mediaId;

    /** The PDF in S3 ({@code catalog/documents/<uuid>.pdf}); DOCUMENT lessons only. */
    @Column(name = "document_key", length = 200)
    public String documentKey;

    @Column(name = "document_name", length = 255)
    public String documentName;

    @Column(name = "document_size")
    public Long documentSize;

    /** Anyone may watch it (试看) while the course is published. */
    @Column(name = "free_preview", nullable = false)
    public boolean freePreview;

    /** Attaches another video (or the first one); a different video gets a new lesson key. */
    void attachVideo(UUID media) {
        if (mediaId != null && !mediaId.equals(media)) {
            lessonKey = UUID.randomUUID();
        }
        mediaId = media;
    }

    /** Attaches another document (or the first one); a different document gets a new lesson key. */
    void attachDocument(String key, String name, long size) {
        if (documentKey != null && !documentKey.equals(key)) {
            lessonKey = UUID.randomUUID();
        }
        documentKey = key;
        documentName = name;
        documentSize = size;
    }

    /** Whether the lesson has its video or document. */
    public boolean hasContent() {
        return kind == LessonKind.VIDEO ? mediaId != null : documentKey != null;
    }
}
