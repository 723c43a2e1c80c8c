package org.anxue.learning.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** In-app notices (reminders of training tasks): sent by a company admin, read by the worker. */
@ApplicationScoped
public class Notices {

    public record Notice(long id, Long taskId, String companyName, String body, Instant createdAt, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }

        public boolean read() {
            return readAt != null;
        }
    }

    private final DataSource dataSource;

    Notices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Sends the same notice to each person; returns how many were sent. Joins the caller's transaction. */
    @Transactional
    public int send(Collection<Long> personIds, long companyId, Long taskId, String body, Long sentBy, Instant at) {
        if (personIds.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into notice (person_id, task_id, company_id, body, sent_by, created_at)
                        select p, ?, ?, ?, ?, ? from unnest(?::bigint[]) as p""")) {
            if (taskId == null) {
                insert.setNull(1, java.sql.Types.BIGINT);
            } else {
                insert.setLong(1, taskId);
            }
            insert.setLong(2, companyId);
            insert.setString(3, body);
            if (sentBy == null) {
                insert.setNull(4, java.sql.Types.BIGINT);
            } else {
                insert.setLong(4, sentBy);
            }
            insert.setTimestamp(5, Timestamp.from(at));
            insert.setArray(6, connection.createArrayOf("bigint", personIds.toArray()));
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not send notices", e);
        }
    }

    /** The person's notices, newest first (at most 50). */
    @Transactional
    public List<Notice> of(long personId) {
        List<Notice> notices = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select n.id, n.task_id, c.name, n.body, n.created_at, n.read_at
                        from notice n left join company c on c.id = n.company_id
                        where n.person_id = ? order by n.created_at desc, n.id desc limit 50""")) {
            query.setLong(1, personId);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    Timestamp read = r.getTimestamp(6);
                    notices.add(new Notice(r.getLong(1), (Long) r.getObject(2, Long.class), r.getString(3),
                            r.getString(4), r.getTimestamp(5).toInstant(), read == null ? null : read.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return notices;
    }

    /** How many of the person's notices are unread. */
    public int unread(long personId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from notice where person_id = ? and read_at is null")) {
            query.setLong(1, personId);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks one of the person's notices (or all, when {@code noticeId} is null) as read; false when there is no such notice of theirs. */
    @Transactional
    public boolean markRead(long personId, Long noticeId, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update notice set read_at = coalesce(read_at, ?) where person_id = ?"
                                + (noticeId == null ? "" : " and id = ?"))) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, personId);
            if (noticeId != null) {
                update.setLong(3, noticeId);
            }
            return update.executeUpdate() > 0 || noticeId == null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
