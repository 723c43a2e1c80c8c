package org.anxue.org.roster;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The roster_import and roster_import_row tables (V3), by plain JDBC on the connection of the
 * current transaction: every method needs one.
 */
final class ImportStore {

    /** A row of roster_import. */
    record Stored(long id, long companyId, long createdBy, String fileName, String format, long fileSize,
            String charset, ImportStatus status, int progress, int totalRows, int errorRows, Boolean validOnly,
            Integer importedRows, Integer newPeople, Integer newAccounts, String failureKey, String failureArgs,
            Instant createdAt, Instant updatedAt, Instant finishedAt) {
    }

    /**
     * A row of the file as checked: what it said (name … post), its problems as JSON (null when
     * valid), and for a valid row what it resolved to.
     */
    record StagedRow(int rowNumber, String name, String idNumber, String phone, String department, String postKind,
            String operation, String post, String startDate, String problems, String idNumberValue, Long departmentId,
            Long postId, String postKindValue, String operationValue, LocalDate startDateValue) {
    }

    private static final String COLUMNS = "id, company_id, created_by, file_name, file_format, file_size, charset, status,"
            + " progress, total_rows, error_rows, valid_only, imported_rows, new_people, new_accounts, failure_key,"
            + " failure_args, created_at, updated_at, finished_at";

    private ImportStore() {
    }

    static <T> T jdbc(ReturningWork<T> work) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(work);
    }

    static long create(long companyId, long accountId, Long apiTokenId, String fileName, ImportFiles.Format format,
            long fileSize, String charset) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into roster_import (company_id, created_by, api_token_id,"
                    + " file_name, file_format, file_size, charset, status) values (?, ?, ?, ?, ?, ?, ?, 'VALIDATING')"
                    + " returning id")) {
                s.setLong(1, companyId);
                s.setLong(2, accountId);
                setLong(s, 3, apiTokenId);
                s.setString(4, fileName);
                s.setString(5, format.name());
                s.setLong(6, fileSize);
                s.setString(7, charset);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    static Optional<Stored> find(long companyId, long id) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("select " + COLUMNS
                    + " from roster_import where id = ? and company_id = ? and status <> 'DISCARDED'")) {
                s.setLong(1, id);
                s.setLong(2, companyId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(stored(r)) : Optional.<Stored>empty();
                }
            }
        });
    }

    static List<Stored> recent(long companyId, int limit) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from roster_import"
                    + " where company_id = ? and status <> 'DISCARDED' order by created_at desc, id desc limit ?")) {
                s.setLong(1, companyId);
                s.setInt(2, limit);
                List<Stored> list = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(stored(r));
                    }
                }
                return list;
            }
        });
    }

    /**
     * Lets the current transaction commit without waiting for its WAL to reach the disk. Only for
     * scratch writes: staged rows and progress. If the server crashes right after such a commit,
     * the last of them may be lost, which costs nothing: the import is then marked failed
     * (no progress) and uploaded again. Inserting the roster itself always waits for the disk.
     */
    static void scratchWrites() {
        update("set local synchronous_commit = off");
    }

    /** Records progress of a running import (and that it is alive). */
    static void progress(long id, int permille, int totalRows, int errorRows) {
        update("update roster_import set progress = ?, total_rows = ?, error_rows = ?, updated_at = now()"
                + " where id = ? and status in ('VALIDATING', 'IMPORTING')", permille, totalRows, errorRows, id);
    }

    /** Records the commit's progress (and that it is alive). */
    static void commitProgress(long id, int permille) {
        update("update roster_import set progress = ?, updated_at = now() where id = ? and status = 'IMPORTING'",
                permille, id);
    }

    static void insertRows(long importId, List<StagedRow> rows) {
        jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into roster_import_row (import_id, row_number, name,"
                    + " id_number, phone, department, post_kind, operation, post, start_date, problems, id_number_value,"
                    + " department_id, post_id, post_kind_value, operation_value, start_date_value)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StagedRow row : rows) {
                    s.setLong(1, importId);
                    s.setInt(2, row.rowNumber());
                    s.setString(3, cut(row.name()));
                    s.setString(4, cut(row.idNumber()));
                    s.setString(5, cut(row.phone()));
                    s.setString(6, cut(row.department()));
                    s.setString(7, cut(row.postKind()));
                    s.setString(8, cut(row.operation()));
                    s.setString(9, cut(row.post()));
                    s.setString(10, cut(row.startDate()));
                    s.setString(11, row.problems());
                    s.setString(12, row.idNumberValue());
                    setLong(s, 13, row.departmentId());
                    setLong(s, 14, row.postId());
                    s.setString(15, row.postKindValue());
                    s.setString(16, row.operationValue());
                    s.setDate(17, row.startDateValue() == null ? null : Date.valueOf(row.startDateValue()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    static void finishValidation(long id, int totalRows, int errorRows) {
        update("update roster_import set status = 'VALIDATED', progress = 1000, total_rows = ?, error_rows = ?,"
                + " updated_at = now() where id = ? and status = 'VALIDATING'", totalRows, errorRows, id);
    }

    /** Marks a running import failed, with the message key and its arguments (JSON); false when it was not running. */
    static boolean fail(long id, String key, String argsJson) {
        return update("update roster_import set status = 'FAILED', failure_key = ?, failure_args = ?, updated_at = now(),"
                + " finished_at = now() where id = ? and status in ('VALIDATING', 'IMPORTING')", key, argsJson, id) > 0;
    }

    /** VALIDATED → IMPORTING; false when the import is not (or no longer) waiting to be committed. */
    static boolean startCommit(long companyId, long id, boolean validOnly) {
        return update("update roster_import set status = 'IMPORTING', valid_only = ?, progress = 0, updated_at = now()"
                + " where id = ? and company_id = ? and status = 'VALIDATED'", validOnly, id, companyId) > 0;
    }

    /** IMPORTING → IMPORTED, in the transaction that inserted the rows; false when it is no longer importing. */
    static boolean finishCommit(long id, int importedRows, int newPeople, int newAccounts) {
        return update("update roster_import set status = 'IMPORTED', progress = 1000, imported_rows = ?, new_people = ?,"
                + " new_accounts = ?, updated_at = now(), finished_at = now() where id = ? and status = 'IMPORTING'",
                importedRows, newPeople, newAccounts, id) > 0;
    }

    /** Discards a waiting or failed import and drops its rows; false when there is no such import to discard. */
    static boolean discard(long companyId, long id) {
        int changed = update("update roster_import set status = 'DISCARDED', updated_at = now(), finished_at = now()"
                + " where id = ? and company_id = ? and status in ('VALIDATED', 'FAILED')", id, companyId);
        if (changed > 0) {
            update("delete from roster_import_row where import_id = ?", id);
        }
        return changed > 0;
    }

    static List<StagedRow> rows(long importId, boolean onlyProblems, boolean onlyValid, int afterRow, int offset, int limit) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("select row_number, name, id_number, phone, department, post_kind,"
                    + " operation, post, start_date, problems, id_number_value, department_id, post_id, post_kind_value,"
                    + " operation_value, start_date_value from roster_import_row where import_id = ? and row_number > ?"
                    + (onlyProblems ? " and problems is not null" : "") + (onlyValid ? " and problems is null" : "")
                    + " order by row_number offset ? limit ?")) {
                s.setLong(1, importId);
                s.setInt(2, afterRow);
                s.setInt(3, offset);
                s.setInt(4, limit);
                List<StagedRow> list = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Date start = r.getDate(16);
                        list.add(new StagedRow(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                                r.getString(11), nullableLong(r, 12), nullableLong(r, 13), r.getString(14), r.getString(15),
                                start == null ? null : start.toLocalDate()));
                    }
                }
                return list;
            }
        });
    }

    static int countRows(long importId, boolean onlyProblems) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from roster_import_row where import_id = ?"
                    + (onlyProblems ? " and problems is not null" : ""))) {
                s.setLong(1, importId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    /** Running imports that showed no sign of life since {@code before}. */
    static List<Long> stale(Instant before) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("select id from roster_import"
                    + " where status in ('VALIDATING', 'IMPORTING') and updated_at < ?")) {
                s.setTimestamp(1, Timestamp.from(before));
                List<Long> ids = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Deletes finished imports (and their rows) created before {@code before}; returns how many. */
    static int purge(Instant before) {
        return update("delete from roster_import where created_at < ? and status not in ('VALIDATING', 'IMPORTING')",
                Timestamp.from(before));
    }

    private static int update(String sql, Object... params) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private static Stored stored(ResultSet r) throws SQLException {
        return new Stored(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5), r.getLong(6),
                r.getString(7), ImportStatus.valueOf(r.getString(8)), r.getInt(9), r.getInt(10), r.getInt(11),
                (Boolean) r.getObject(12), (Integer) r.getObject(13), (Integer) r.getObject(14), (Integer) r.getObject(15),
                r.getString(16), r.getString(17), instant(r, 18), instant(r, 19), instant(r, 20));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** Text as stored in the report: at most 200 characters. */
    static String cut(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 199) + "…";
    }

}
