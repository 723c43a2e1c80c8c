package org.anxue.learning.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.anxue.web.AppException;

/**
 * 自主选学: a worker puts themself on a published course. Idempotent: enrolling again (or in a course
 * a training task already put them on) changes nothing. Courses without a published version
 * (drafts, withdrawn) are refused with 404, as the course page is.
 */
@ApplicationScoped
public class SelfSelection {

    private final DataSource dataSource;
    private final Enrolling enrolling;

    SelfSelection(DataSource dataSource, Enrolling enrolling) {
        this.dataSource = dataSource;
        this.enrolling = enrolling;
    }

    /** True when this call enrolled the person, false when they already were. */
    @Transactional
    public boolean enrol(long personId, long courseId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from course where id = ? and published_version_id is not null")) {
            query.setLong(1, courseId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    throw new AppException(404, "study:courseNotFound");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return enrolling.enrol(personId, courseId, true);
    }

    /** The title of a published course; 404 when there is none. */
    @Transactional
    public String publishedTitle(long courseId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select v.title from course c join course_version v on v.id = c.published_version_id
                        where c.id = ?""")) {
            query.setLong(1, courseId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    throw new AppException(404, "study:courseNotFound");
                }
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
