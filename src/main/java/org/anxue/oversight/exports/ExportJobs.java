package org.anxue.oversight.exports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.anxue.media.MediaStore;
import org.anxue.oversight.Officer;
import org.anxue.web.AppException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.logging.Logger;

/**
 * Background exports: 一人一档 (PERSON, one PDF) and 一企一档 (COMPANY, a ZIP of one PDF per current employee and
 * a summary .xlsx). A request inserts a QUEUED job of the officer's bureau; one worker thread builds the file,
 * writing progress (0–100) as it goes, stores it in S3 under {@code exports/<id>/} and marks the job DONE, or
 * FAILED with the reason. Jobs left RUNNING or QUEUED by a stopped process are taken up again at start.
 *
 * <p>Retention: a DONE job's file is kept for {@code anxue.oversight.exports.retention} after it was finished;
 * then {@link #sweep(Instant)} deletes it from S3 and marks the job EXPIRED (object first, then the row: a
 * failed delete leaves the job DONE for the next sweep). The sweep also empties {@code exports/<id>/} of FAILED
 * jobs once. Each job is handled in its own transaction holding its row {@code FOR UPDATE SKIP LOCKED}, so
 * several replicas sweeping at once take different jobs.
 */
@ApplicationScoped
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class);

    public enum Kind { PERSON, COMPANY }

    /**
     * A job as its bureau sees it. {@code expiresAt}: while DONE, when its file will be deleted;
     * {@code expiredAt}: once EXPIRED, when it was.
     */
    public record Job(long id, String kind, long subjectId, String subjectName, String status, int progress,
                      String failure, String fileName, Long fileSize, String requestedBy, OffsetDateTime requestedAt,
                      OffsetDateTime finishedAt, OffsetDateTime expiresAt, OffsetDateTime expiredAt) {
        public boolean done() {
            return "DONE".equals(status);
        }

        public boolean expired() {
            return "EXPIRED".equals(status);
        }

        /** When it was asked for, Beijing time, to the minute. */
        public String requestedAtText() {
            return beijing(requestedAt);
        }

        /** Until when its file is kept (DONE), Beijing time, to the minute. */
        public String expiresAtText() {
            return beijing(expiresAt);
        }

        /** When its file was deleted (EXPIRED), Beijing time, to the minute. */
        public String expiredAtText() {
            return beijing(expiredAt);
        }

        /** Nothing more will happen to it: DONE, FAILED or EXPIRED (it can be requested again). */
        public boolean finished() {
            return "DONE".equals(status) || "FAILED".equals(status) || "EXPIRED".equals(status);
        }

        private static String beijing(OffsetDateTime time) {
            return time == null ? "" : time.atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                    .toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
        }
    }

    /** What one sweep did: files of expired jobs deleted, FAILED jobs' prefixes emptied, deletes that failed. */
    record Swept(int expired, int cleared, int kept) {
    }

    record Stored(Job job, String objectKey) {
    }

    private final DataSource ds;
    private final ArchivePdf pdf;
    private final MediaStore store;
    private final ExportConfig config;
    private ExecutorService worker;

    ExportJobs(DataSource ds, ArchivePdf pdf, MediaStore store, ExportConfig config) {
        this.ds = ds;
        this.pdf = pdf;
        this.store = store;
        this.config = config;
    }

    /** How long a finished file is kept. */
    public Duration retention() {
        return config.retention();
    }

    void start(@Observes StartupEvent event) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "oversight-exports");
            t.setDaemon(true);
            return t;
        });
        for (long id : ids("select id from oversight_export_job where status in ('QUEUED', 'RUNNING') order by id")) {
            worker.submit(() -> run(id));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** Queues an export of a person or a company of the officer's subtree; 404 when it lies elsewhere. */
    public Job submit(Officer officer, Kind kind, long subjectId) {
        String name = switch (kind) {
            case PERSON -> one("""
                    select p.name from person p where p.id = ? and exists (select 1 from employment e
                        join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id
                        where e.person_id = p.id and b.path like ?)""", subjectId, officer.path() + "%");
            case COMPANY -> one("""
                    select c.name from company c join bureau b on b.id = c.bureau_id where c.id = ? and b.path like ?""",
                    subjectId, officer.path() + "%");
        };
        if (name == null) {
            throw AppException.notFound();
        }
        long id = ids("""
                insert into oversight_export_job (bureau_id, kind, subject_id, subject_name, status, requested_by)
                values (?, ?, ?, ?, 'QUEUED', ?) returning id""",
                officer.bureauId(), kind.name(), subjectId, name, officer.name()).get(0);
        worker.submit(() -> run(id));
        return find(officer, id);
    }

    /** The officer's bureau's job; 404 for any other bureau's. */
    public Job find(Officer officer, long id) {
        Stored s = stored(id);
        if (s == null || s.job() == null || bureauOf(id) != officer.bureauId()) {
            throw AppException.notFound();
        }
        return s.job();
    }

    /** The bureau's latest jobs, newest first. */
    public List<Job> list(Officer officer) {
        List<Job> jobs = new ArrayList<>();
        for (long id : ids("select id from oversight_export_job where bureau_id = ? order by id desc limit 50", officer.bureauId())) {
            jobs.add(stored(id).job());
        }
        return jobs;
    }

    /**
     * Queues a new export of the same subject as one of the bureau's finished jobs (an EXPIRED one's file is
     * gone, a FAILED one may succeed now); 409 while the job is still queued or running, 404 when the job is
     * another bureau's or its subject has left the officer's subtree.
     */
    public Job again(Officer officer, long id) {
        Job job = find(officer, id);
        if (!job.finished()) {
            throw new AppException(409, "ovx:stillRunning");
        }
        return submit(officer, Kind.valueOf(job.kind()), job.subjectId());
    }

    /**
     * The finished file's S3 key; 404 for another bureau's job, 410 once its file was deleted (EXPIRED), 409
     * while it is not done.
     */
    public Stored file(Officer officer, long id) {
        Job job = find(officer, id);
        if (job.expired()) {
            throw new AppException(410, "ovx:expired", job.expiredAtText());
        }
        if (!job.done()) {
            throw new AppException(409, "ovx:notReady");
        }
        return stored(id);
    }

    public byte[] read(String key, long offset, int length) {
        try {
            return store.read(key, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void run(long id) {
        Stored s = stored(id);
        if (s == null || s.job().finished()) {
            return;
        }
        update("update oversight_export_job set status = 'RUNNING', progress = 1, started_at = now() where id = ?", id);
        Path file = null;
        try {
            Job job = s.job();
            String key;
            String fileName;
            file = Files.createTempFile("anxue-export-" + id + "-", ".bin");
            if (Kind.valueOf(job.kind()) == Kind.PERSON) {
                if (pdf.person(job.subjectId()) == null) {
                    fail(id, "SUBJECT_GONE");
                    return;
                }
                Files.write(file, pdf.render(job.subjectId()));
                progress(id, 80);
                fileName = "person-" + job.subjectId() + ".pdf";
                key = prefix(id) + fileName;
                store.put(key, file, "application/pdf");
            } else {
                List<Long> people = ids("""
                        select distinct e.person_id from employment e join person p on p.id = e.person_id
                        where e.company_id = ? and e.end_date is null order by e.person_id""", job.subjectId());
                if (people.isEmpty()) {
                    fail(id, "NO_EMPLOYEES");
                    return;
                }
                Set<String> names = new HashSet<>();
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                    for (int i = 0; i < people.size(); i++) {
                        long person = people.get(i);
                        String[] who = pdf.person(person);
                        String entry = who[0] + "-" + who[1].substring(who[1].length() - 4) + ".pdf";
                        if (!names.add(entry)) {
                            entry = who[0] + "-" + person + ".pdf";
                        }
                        zip.putNextEntry(new ZipEntry(entry));
                        zip.write(pdf.render(person));
                        zip.closeEntry();
                        progress(id, 5 + 85 * (i + 1) / people.size());
                    }
                    zip.putNextEntry(new ZipEntry("summary.xlsx"));
                    zip.write(summary(job.subjectId(), people));
                    zip.closeEntry();
                }
                progress(id, 95);
                fileName = "company-" + job.subjectId() + ".zip";
                key = prefix(id) + fileName;
                store.put(key, file, "application/zip");
            }
            update("""
                    update oversight_export_job set status = 'DONE', progress = 100, object_key = ?, file_name = ?,
                        file_size = ?, finished_at = now() where id = ?""", key, fileName, Files.size(file), id);
        } catch (Exception e) {
            LOG.errorf(e, "export job %d failed", id);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            fail(id, why.length() > 900 ? why.substring(0, 900) : why);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /**
     * Deletes the files of DONE jobs finished at or before {@code now} minus the retention and marks them
     * EXPIRED, and empties {@code exports/<id>/} of FAILED jobs not yet cleared. One transaction per job, its
     * row locked {@code FOR UPDATE SKIP LOCKED} (a job another replica is sweeping is left to it); the S3 delete
     * comes first, so a job whose delete failed stays DONE (logged) and is tried again by the next sweep.
     */
    Swept sweep(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime cutoff = now.minus(config.retention()).atOffset(ZoneOffset.UTC);
        Set<Long> kept = new HashSet<>();
        int expired = 0;
        int cleared = 0;
        for (boolean done : new boolean[] {true, false}) {
            for (int round = 0; round < 100_000; round++) {
                Boolean removed = sweepOne(done, cutoff, at, kept);
                if (removed == null) {
                    break;
                }
                if (removed) {
                    if (done) {
                        expired++;
                    } else {
                        cleared++;
                    }
                }
            }
        }
        if (expired + cleared + kept.size() > 0) {
            LOG.infof("export sweep: %d expired file(s) deleted, %d failed job(s) cleared, %d delete(s) failed",
                    expired, cleared, kept.size());
        }
        return new Swept(expired, cleared, kept.size());
    }

    /** One job: true when its objects were deleted and the row updated, false when the delete failed, null when none is left. */
    private Boolean sweepOne(boolean done, OffsetDateTime cutoff, OffsetDateTime now, Set<Long> kept) {
        String select = done ? """
                select id, object_key from oversight_export_job where status = 'DONE' and finished_at <= ?
                    and not (id = any (?)) order by finished_at, id limit 1 for update skip locked"""
                : """
                select id, object_key from oversight_export_job where status = 'FAILED' and storage_cleared_at is null
                    and not (id = any (?)) order by id limit 1 for update skip locked""";
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                String objectKey;
                try (PreparedStatement s = c.prepareStatement(select)) {
                    int i = 1;
                    if (done) {
                        s.setObject(i++, cutoff);
                    }
                    s.setArray(i, c.createArrayOf("bigint", kept.toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            c.rollback();
                            return null;
                        }
                        id = r.getLong(1);
                        objectKey = r.getString(2);
                    }
                }
                try {
                    // a DONE job's file is the one object at its key (a re-run after a restart writes the same key);
                    // what a FAILED job left is unknown, so its prefix is listed
                    store.delete(done ? List.of(objectKey) : store.list(prefix(id)));
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("export job %d (%s): its file could not be deleted from S3, the job stays as it is and"
                            + " the next sweep tries again: %s", id, done ? "DONE, expired" : "FAILED", e.getMessage());
                    kept.add(id);
                    c.rollback();
                    return false;
                }
                try (PreparedStatement u = c.prepareStatement(done
                        ? "update oversight_export_job set status = 'EXPIRED', object_key = null, expired_at = ? where id = ?"
                        : "update oversight_export_job set storage_cleared_at = ? where id = ?")) {
                    u.setObject(1, now);
                    u.setLong(2, id);
                    u.executeUpdate();
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where a job's files live in S3. */
    static String prefix(long id) {
        return "exports/" + id + "/";
    }

    private byte[] summary(long companyId, List<Long> people) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("一企一档");
            String[] heads = {"姓名", "身份证号", "岗位类别", "入职日期", "学分银行记录数", "计入学时", "证书数", "课程结业数"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
            }
            int n = 1;
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                    select p.name, p.id_number, e.post_kind, e.start_date::text,
                        (select count(*) from credit_entry ce where ce.id_number = p.id_number),
                        (select coalesce(sum(ce.credited_hours), 0) from credit_entry ce where ce.id_number = p.id_number),
                        (select count(*) from credit_entry ce where ce.id_number = p.id_number and ce.kind = 'CERTIFICATE'),
                        (select count(*) from course_completion cc where cc.person_id = p.id)
                    from person p join employment e on e.person_id = p.id and e.company_id = ? and e.end_date is null
                    where p.id = ? order by e.start_date desc limit 1""")) {
                for (long person : people) {
                    s.setLong(1, companyId);
                    s.setLong(2, person);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            Row row = sheet.createRow(n++);
                            for (int i = 0; i < 4; i++) {
                                row.createCell(i).setCellValue(r.getString(i + 1));
                            }
                            row.createCell(4).setCellValue(r.getLong(5));
                            row.createCell(5).setCellValue(r.getBigDecimal(6).doubleValue());
                            row.createCell(6).setCellValue(r.getLong(7));
                            row.createCell(7).setCellValue(r.getLong(8));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private void progress(long id, int percent) {
        update("update oversight_export_job set progress = ? where id = ? and status = 'RUNNING'", Math.min(99, percent), id);
    }

    private void fail(long id, String why) {
        update("update oversight_export_job set status = 'FAILED', failure = ?, finished_at = now() where id = ?", why, id);
    }

    private long bureauOf(long id) {
        List<Long> b = ids("select bureau_id from oversight_export_job where id = ?", id);
        return b.isEmpty() ? -1 : b.get(0);
    }

    private Stored stored(long id) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                select id, kind, subject_id, subject_name, status, progress, failure, file_name, file_size, requested_by,
                       requested_at, finished_at, object_key, expired_at from oversight_export_job where id = ?""")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long size = r.getLong(9);
                Long fileSize = r.wasNull() ? null : size;
                String status = r.getString(5);
                OffsetDateTime finishedAt = r.getObject(12, OffsetDateTime.class);
                OffsetDateTime expiresAt = "DONE".equals(status) && finishedAt != null ? finishedAt.plus(config.retention()) : null;
                return new Stored(new Job(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), status,
                        r.getInt(6), r.getString(7), r.getString(8), fileSize, r.getString(10),
                        r.getObject(11, OffsetDateTime.class), finishedAt, expiresAt,
                        r.getObject(14, OffsetDateTime.class)), r.getString(13));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String one(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> ids(String sql, Object... args) {
        List<Long> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private void update(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
