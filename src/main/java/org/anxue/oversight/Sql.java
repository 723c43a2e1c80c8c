package org.anxue.oversight;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Small JDBC helpers for the oversight tables (the connection joins the caller's transaction). */
final class Sql {

    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> list(DataSource ds, String sql, Row<T> row, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(row.map(r));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    /** Reads every row of a query on the caller's connection (a cursor of 5,000 rows when not auto-committing). */
    static void each(Connection c, String sql, RowReader reader, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    static <T> Optional<T> one(DataSource ds, String sql, Row<T> row, Object... args) {
        List<T> rows = list(ds, sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static int update(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** An insert that returns the generated id. */
    static long insert(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(s, args);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (a instanceof LocalDate date) {
                s.setObject(i + 1, date);
            } else if (a instanceof Enum<?> e) {
                s.setString(i + 1, e.name());
            } else if (a instanceof String[] texts) {
                s.setArray(i + 1, s.getConnection().createArrayOf("text", texts));
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Integer integer(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    static Boolean bool(ResultSet r, String column) throws SQLException {
        boolean v = r.getBoolean(column);
        return r.wasNull() ? null : v;
    }
}
