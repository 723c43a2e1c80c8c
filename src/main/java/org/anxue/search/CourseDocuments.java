package org.anxue.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads published courses from PostgreSQL as {@link CourseDocument}s, always the committed state
 * at the time of reading: the outbox worker and the rebuild re-read a course rather than trusting
 * what an outbox row says. A course without a published version has no document.
 */
@ApplicationScoped
public class CourseDocuments {

    /** The published documents of these courses, by course id (missing: not published). */
    public Map<Long, CourseDocument> load(Connection connection, Collection<Long> courseIds) throws SQLException {
        Map<Long, CourseDocument> documents = new LinkedHashMap<>();
        if (courseIds.isEmpty()) {
            return documents;
        }
        Array ids = connection.createArrayOf("bigint", courseIds.toArray());
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select c.id, v.id, v.title, v.summary, v.cover_key, v.training_type, v.declared_hours,
                       c.enrolment_count, v.published_at, i.id, i.name
                from course c
                join course_version v on v.id = c.published_version_id
                join institution i on i.id = c.institution_id
                where c.id = any(?) order by c.id""")) {
            select.setArray(1, ids);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Timestamp published = rs.getTimestamp(9);
                    rows.put(rs.getLong(2), new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getInt(8),
                            published == null ? null : published.toInstant(), rs.getLong(10), rs.getString(11)));
                }
            }
        }
        if (rows.isEmpty()) {
            return documents;
        }
        Array versions = connection.createArrayOf("bigint", rows.keySet().toArray());
        Map<Long, List<String>> industries = strings(connection, """
                select version_id, industry from course_version_industry where version_id = any(?)
                order by version_id, industry""", versions);
        Map<Long, List<String>> postKinds = strings(connection, """
                select version_id, post_kind from course_version_post_kind where version_id = any(?)
                order by version_id, post_kind""", versions);
        Map<Long, List<String>> outline = strings(connection, """
                select version_id, title from (
                    select ch.version_id, ch.title, ch.position as chapter_position, -1 as lesson_position
                    from course_chapter ch where ch.version_id = any(?1)
                    union all
                    select l.version_id, l.title, ch.position, l.position
                    from course_lesson l join course_chapter ch on ch.id = l.chapter_id where l.version_id = any(?1)
                ) parts order by version_id, chapter_position, lesson_position""".replace("?1", "?"), versions, versions);
        for (Row row : rows.values()) {
            documents.put(row.courseId, new CourseDocument(row.courseId, row.versionId, CourseDocument.clean(row.title),
                    CourseDocument.clean(row.summary),
                    outline.getOrDefault(row.versionId, List.of()).stream().map(CourseDocument::clean).toList(),
                    row.institutionId, CourseDocument.clean(row.institutionName),
                    industries.getOrDefault(row.versionId, List.of()), postKinds.getOrDefault(row.versionId, List.of()),
                    row.trainingType, row.hours, row.enrolments, row.publishedAt, coverUrl(row.coverKey)));
        }
        return documents;
    }

    /** Published course ids after {@code afterId}, ascending, at most {@code limit}. */
    public List<Long> publishedIds(Connection connection, long afterId, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from course where published_version_id is not null and id > ? order by id limit ?")) {
            select.setLong(1, afterId);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    public long publishedCount(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from course where published_version_id is not null");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The public URL of a cover thumbnail, as the catalog serves it (/courses/covers/{sha256}.jpg). */
    static String coverUrl(String coverKey) {
        if (coverKey == null) {
            return null;
        }
        return "/courses/covers/" + coverKey.substring(coverKey.lastIndexOf('/') + 1);
    }

    private static Map<Long, List<String>> strings(Connection connection, String sql, Array... params) throws SQLException {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setArray(i + 1, params[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return values;
    }

    private record Row(long courseId, long versionId, String title, String summary, String coverKey,
                       String trainingType, java.math.BigDecimal hours, int enrolments, java.time.Instant publishedAt,
                       long institutionId, String institutionName) {
    }
}
