package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Offline classes and their attendees ({@code credit_offline_class}); the caller checks who may. */
@ApplicationScoped
public class OfflineClasses {

    public record OfflineClass(long id, long institutionId, String institutionPath, String course, String trainingType,
                               LocalDate startsOn, LocalDate endsOn, BigDecimal hours, String status, String recordedBy,
                               String checkedBy, List<Long> attendees) {
    }

    private final DataSource dataSource;

    OfflineClasses(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long record(long institutionId, String course, String type, LocalDate from, LocalDate until, BigDecimal hours,
                       List<Long> attendees, String recordedBy) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement q = c.prepareStatement("insert into credit_offline_class (institution_id, course,"
                    + " training_type, starts_on, ends_on, hours, status, recorded_by) values (?,?,?,?,?,?,'PENDING',?) returning id")) {
                q.setLong(1, institutionId);
                q.setString(2, course);
                q.setString(3, type);
                q.setDate(4, Date.valueOf(from));
                q.setDate(5, Date.valueOf(until));
                q.setBigDecimal(6, hours);
                q.setString(7, recordedBy);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            try (PreparedStatement q = c.prepareStatement(
                    "insert into credit_offline_attendee (class_id, person_id) values (?, ?) on conflict do nothing")) {
                for (long person : attendees) {
                    q.setLong(1, id);
                    q.setLong(2, person);
                    q.addBatch();
                }
                q.executeBatch();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an offline class", e);
        }
    }

    /** The class, locked for the check when {@code forUpdate}. */
    public Optional<OfflineClass> find(long id, boolean forUpdate) {
        List<OfflineClass> found = query("where k.id = ?" + (forUpdate ? " for update of k" : ""), id);
        return found.stream().findFirst();
    }

    public List<OfflineClass> ofInstitution(long institutionId) {
        return query("where k.institution_id = ? order by k.id desc", institutionId);
    }

    /** Classes of institutions approved by a bureau in the subtree of {@code bureauId}. */
    public List<OfflineClass> inSubtreeOf(long bureauId) {
        return query("where b.path like (select path from bureau where id = ?) || '%' order by k.id desc", bureauId);
    }

    public void check(long id, boolean approved, String officer, String note) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "update credit_offline_class set status = ?, checked_by = ?, checked_at = now(), check_note = ? where id = ?")) {
            q.setString(1, approved ? "APPROVED" : "REJECTED");
            q.setString(2, officer);
            q.setString(3, note);
            q.setLong(4, id);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not check class " + id, e);
        }
    }

    private List<OfflineClass> query(String where, long key) {
        String sql = "select k.id, k.institution_id, b.path, k.course, k.training_type, k.starts_on, k.ends_on, k.hours,"
                + " k.status, k.recorded_by, k.checked_by from credit_offline_class k join institution i on i.id = k.institution_id"
                + " join bureau b on b.id = i.approving_bureau_id " + where;
        List<OfflineClass> classes = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setLong(1, key);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        classes.add(new OfflineClass(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getDate(6).toLocalDate(), r.getDate(7).toLocalDate(), r.getBigDecimal(8),
                                r.getString(9), r.getString(10), r.getString(11), new ArrayList<>()));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement(
                    "select person_id from credit_offline_attendee where class_id = ? order by person_id")) {
                for (OfflineClass k : classes) {
                    q.setLong(1, k.id());
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            k.attendees().add(r.getLong(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read offline classes", e);
        }
        return classes;
    }
}
