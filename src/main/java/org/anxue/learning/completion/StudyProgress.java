package org.anxue.learning.completion;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.learning.playback.LearningConfig;

/**
 * Lesson progress of people on course versions, read from lesson_coverage (videos, kept by the
 * playback feature under the canonical lesson id) and document_reading (PDFs), with one
 * completion rule ({@link LessonRow#isComplete}) for the learner's pages, the final test's gate
 * and the company's dashboard.
 */
@ApplicationScoped
public class StudyProgress {

    private static final String LESSONS = """
            select p.person_id, l.version_id, l.id, k.canonical, l.title, l.kind, ch.position, l.position,
                   coalesce(m.duration_ms, 0), coalesce(c.covered_ms, 0), d.opened_at is not null
            from unnest(?::bigint[]) as p (person_id)
            cross join course_lesson l
            join course_chapter ch on ch.id = l.chapter_id
            cross join lateral (select min(o.id) as canonical from course_lesson o where o.lesson_key = l.lesson_key) k
            left join media_asset m on m.id = l.media_id
            left join lesson_coverage c on c.person_id = p.person_id and c.lesson_id = k.canonical
            left join document_reading d on d.person_id = p.person_id and d.lesson_id = k.canonical
            where l.version_id = any (?::bigint[])
            order by p.person_id, l.version_id, ch.position, l.position""";

    private final DataSource dataSource;
    private final LearningConfig learning;

    StudyProgress(DataSource dataSource, LearningConfig learning) {
        this.dataSource = dataSource;
        this.learning = learning;
    }

    /** One person's progress on one version. */
    public CourseProgress of(long personId, long versionId) {
        return of(List.of(personId), List.of(versionId)).get(new Key(personId, versionId));
    }

    /** Key of {@link #of(Collection, Collection)}'s answer. */
    public record Key(long personId, long versionId) {
    }

    /** Every person's progress on every version (persons × versions, all present). */
    public Map<Key, CourseProgress> of(Collection<Long> personIds, Collection<Long> versionIds) {
        Map<Key, List<LessonRow>> rows = new LinkedHashMap<>();
        for (long person : personIds) {
            for (long version : versionIds) {
                rows.put(new Key(person, version), new ArrayList<>());
            }
        }
        if (!rows.isEmpty()) {
            double threshold = learning.completionThreshold();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(LESSONS)) {
                Array persons = connection.createArrayOf("bigint", personIds.toArray());
                Array versions = connection.createArrayOf("bigint", versionIds.toArray());
                query.setArray(1, persons);
                query.setArray(2, versions);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        String kind = r.getString(6);
                        long duration = r.getLong(9);
                        long covered = r.getLong(10);
                        boolean opened = r.getBoolean(11);
                        LessonRow row = new LessonRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4),
                                r.getString(5), kind, r.getInt(7), r.getInt(8), duration, covered, opened,
                                LessonRow.isComplete(kind, duration, covered, opened, threshold));
                        rows.get(new Key(row.personId(), row.versionId())).add(row);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read lesson progress", e);
            }
        }
        Map<Key, CourseProgress> result = new LinkedHashMap<>();
        rows.forEach((key, lessons) -> result.put(key, new CourseProgress(key.personId(), key.versionId(), lessons)));
        return result;
    }
}
