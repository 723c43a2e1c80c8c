package org.anxue.learning.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.anxue.catalog.Enrolments;

/** The catalog's {@link Enrolments} port, answered from the enrolment table. */
@ApplicationScoped
public class EnrolmentRegister implements Enrolments {

    private final DataSource dataSource;

    EnrolmentRegister(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean isEnrolled(long personId, long courseId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from enrolment where person_id = ? and course_id = ?")) {
            query.setLong(1, personId);
            query.setLong(2, courseId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the enrolment of person " + personId, e);
        }
    }
}
