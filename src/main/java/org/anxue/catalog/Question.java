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
import java.util.ArrayList;
import java.util.List;
import org.anxue.org.Tracked;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question of a course version's bank for the final test, with its answer and explanation. */
@Entity
@Table(name = "course_question")
public class Question extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_question_seq")
    @SequenceGenerator(name = "course_question_seq", sequenceName = "course_question_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public CourseVersion courseVersion;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public QuestionKind kind;

    @Column(nullable = false, length = 1000)
    public String stem;

    /** Option texts, A first; empty for true/false questions. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> options = new ArrayList<>();

    /** "B", "ACD", "TRUE" or "FALSE". */
    @Column(nullable = false, length = 8)
    public String answer;

    @Column(nullable = false, length = 2000)
    public String explanation;

    void apply(QuestionContent content) {
        kind = content.kind();
        stem = content.stem();
        options = new ArrayList<>(content.options());
        answer = content.answer();
        explanation = content.explanation();
    }

    QuestionContent content() {
        return new QuestionContent(kind, stem, List.copyOf(options), answer, explanation);
    }
}
