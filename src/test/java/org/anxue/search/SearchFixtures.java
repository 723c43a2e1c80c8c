package org.anxue.search;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Published courses written straight into the catalog's tables, the way the catalog writes them
 * (a DRAFT version with its outline, then PUBLISHED, and a course_outbox row in the same
 * transaction), for search tests that need many courses fast. One test with the real catalog API
 * covers publishing and withdrawing through the catalog itself.
 */
final class SearchFixtures {

    record NewCourse(String title, String summary, List<String> outline, List<String> industries,
                     List<String> postKinds, String trainingType, String hours) {
    }

    private SearchFixtures() {
    }

    static long publish(DataSource dataSource, long institutionId, NewCourse c) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long course = next(connection, "course_seq");
            long version = next(connection, "course_version_seq");
            exec(connection, "insert into course (id, institution_id) values (?, ?)", course, institutionId);
            exec(connection, """
                    insert into course_version (id, course_id, number, status, title, summary, training_type,
                        declared_hours, pass_mark) values (?, ?, 1, 'DRAFT', ?, ?, ?, ?, 80)""",
                    version, course, c.title(), c.summary(), c.trainingType(), new BigDecimal(c.hours()));
            for (String industry : c.industries()) {
                exec(connection, "insert into course_version_industry (version_id, industry) values (?, ?)", version, industry);
            }
            for (String post : c.postKinds()) {
                exec(connection, "insert into course_version_post_kind (version_id, post_kind) values (?, ?)", version, post);
            }
            long chapter = next(connection, "course_chapter_seq");
            exec(connection, "insert into course_chapter (id, version_id, position, title) values (?, ?, 0, ?)",
                    chapter, version, "第一章");
            int position = 0;
            for (String lesson : c.outline()) {
                exec(connection, """
                        insert into course_lesson (id, chapter_id, version_id, position, lesson_key, title, kind)
                        values (?, ?, ?, ?, ?, ?, 'VIDEO')""",
                        next(connection, "course_lesson_seq"), chapter, version, position++, UUID.randomUUID(), lesson);
            }
            exec(connection, "update course_version set status = 'PUBLISHED', published_at = clock_timestamp() where id = ?", version);
            exec(connection, "update course set published_version_id = ? where id = ?", version, course);
            exec(connection, "insert into course_outbox (course_id, change_kind) values (?, 'PUBLISHED')", course);
            connection.commit();
            return course;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes the course out of the supermarket, as a withdrawal does (version WITHDRAWN, outbox row). */
    static void withdraw(DataSource dataSource, long course) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            exec(connection, """
                    update course_version set status = 'WITHDRAWN'
                    where id = (select published_version_id from course where id = ?)""", course);
            exec(connection, "update course set published_version_id = null where id = ?", course);
            exec(connection, "insert into course_outbox (course_id, change_kind) values (?, 'WITHDRAWN')", course);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long pendingRows(DataSource dataSource, long course) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from course_outbox where course_id = ? and applied_at is null")) {
            select.setLong(1, course);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The search API's answer. */
    static JsonPath search(String q, Object... filters) {
        var request = given().queryParam("q", q);
        for (int i = 0; i + 1 < filters.length; i += 2) {
            request = request.queryParam(filters[i].toString(), filters[i + 1]);
        }
        return request.get("/api/courses/search").then().statusCode(200).extract().jsonPath();
    }

    /** Waits for a condition (the outbox worker runs in the background), failing after a minute. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after 60 s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long next(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select nextval('" + sequence + "')");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }
}
