package org.anxue.org.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.anxue.org.Company;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.SpecialOperation;
import org.anxue.org.roster.ImportStore.StagedRow;
import org.anxue.org.roster.Problem.Code;
import org.jboss.logging.Logger;

/**
 * The two background phases of an import, run on a small thread pool of this replica.
 *
 * <p><b>Reading</b> streams the file row by row, checks every row (the same {@link EmployeeRules}
 * as the form, plus duplicates within the file, people already employed here and names that differ
 * from the registered ones) and writes each batch of rows, with their problems, to
 * roster_import_row in a short transaction of its own, with the progress (without waiting for the
 * disk: {@link ImportStore#scratchWrites}). Nothing of the roster changes.
 *
 * <p><b>Committing</b> inserts the valid rows in <em>one</em> transaction: the people new to Anxue,
 * the employments and the pending worker accounts, in JDBC batches. All or nothing: if anything
 * changed since the check (the same person added by hand meanwhile, a department deleted) or
 * anything fails, the transaction rolls back and the import is marked failed with the reason;
 * a crash leaves nothing behind either. Staging first and one insert transaction second keeps the
 * long part (reading a 10 MB file) out of the transaction that holds the company's roster lock,
 * and lets the admin look at the report before deciding. Progress of the commit is written in
 * separate small transactions, so pages can show it while the big one is still open.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    /** Non-blank rows looked at for the header row (a title row above it is allowed). */
    private static final int HEADER_SEARCH_ROWS = 10;

    @Inject
    RosterConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Posts posts;

    @Inject
    WorkerAccounts workerAccounts;

    private ExecutorService executor;

    @PostConstruct
    void startPool() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(Math.max(1, config.importThreads()), r -> {
            Thread t = new Thread(r, "roster-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stopPool() {
        executor.shutdownNow();
    }

    /**
     * Checks quickly, before an import is created, that {@code file} is a readable file of that
     * format with a header row naming the needed columns and at least one data row.
     *
     * @return the character set of a CSV file, null for a workbook
     */
    String precheck(Path file, ImportFiles.Format format) throws IOException, ImportFileException {
        try (RowSource rows = ImportFiles.open(file, format)) {
            HeaderFinder header = new HeaderFinder();
            boolean[] dataRow = {false};
            rows.read(row -> {
                if (header.columns == null) {
                    header.offer(row);
                    return true;
                }
                if (header.columns.isEmpty(row)) {
                    return true;
                }
                dataRow[0] = true;
                return false;
            });
            header.finish();
            if (!dataRow[0]) {
                throw new ImportFileException("fileNoRows");
            }
            return rows.charset();
        }
    }

    /** Reads and checks the rows of {@code file} in the background, then deletes the file. */
    void read(long importId, long companyId, Path file, ImportFiles.Format format) {
        executor.execute(() -> {
            try {
                readNow(importId, companyId, file, format);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("could not delete the upload %s: %s", file, e);
                }
            }
        });
    }

    /** Commits the valid rows of an import (status IMPORTING) in the background. */
    void commit(long importId, long companyId) {
        executor.execute(() -> commitNow(importId, companyId));
    }

    /** Reading: see the class comment. Public for the benchmark's sake; runs on the calling thread. */
    void readNow(long importId, long companyId, Path file, ImportFiles.Format format) {
        long started = System.nanoTime();
        try (RowSource rows = ImportFiles.open(file, format)) {
            LocalDate today = LocalDate.now(Employees.CHINA);
            CompanyDirectory directory = QuarkusTransaction.requiringNew().call(() -> CompanyDirectory.load(companyId));
            Set<String> employedHere = QuarkusTransaction.requiringNew().call(() -> openIdNumbers(companyId));
            Reading reading = new Reading(importId, rows, directory, employedHere, today);
            rows.read(reading::row);
            reading.header.finish();
            if (reading.total == 0) {
                throw new ImportFileException("fileNoRows");
            }
            reading.flush();
            QuarkusTransaction.requiringNew().run(() -> ImportStore.finishValidation(importId, reading.total, reading.errors));
            LOG.infof("roster import %d: read %d rows (%d with problems) in %d ms", importId, reading.total, reading.errors,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ImportFileException e) {
            fail(importId, e.key(), e.args());
        } catch (Exception e) {
            LOG.errorf(e, "roster import %d: reading failed", importId);
            fail(importId, "importFailedUnexpectedly", List.of());
        }
    }

    /** Committing: see the class comment. Runs on the calling thread. */
    void commitNow(long importId, long companyId) {
        long started = System.nanoTime();
        try {
            int[] counts = QuarkusTransaction.requiringNew().timeout((int) config.importCommitTimeout().toSeconds())
                    .call(() -> insertAll(importId, companyId));
            LOG.infof("roster import %d: imported %d rows (%d new people, %d new accounts) in %d ms", importId, counts[0],
                    counts[1], counts[2], (System.nanoTime() - started) / 1_000_000);
        } catch (ImportConflict e) {
            LOG.infof("roster import %d: not imported, %s %s", importId, e.key, e.args);
            fail(importId, e.key, e.args);
        } catch (Exception e) {
            LOG.errorf(e, "roster import %d: commit failed, nothing was imported", importId);
            fail(importId, "importFailedUnexpectedly", List.of());
        }
    }

    /** Marks the import failed in a transaction of its own. */
    void fail(long importId, String key, List<String> args) {
        try {
            String argsJson = json.writeValueAsString(args);
            QuarkusTransaction.requiringNew().run(() -> ImportStore.fail(importId, key, argsJson));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "roster import %d: could not record the failure %s", importId, key);
        }
    }

    /** Finds the header row among the first non-blank rows; a row naming some but not all columns is the header. */
    private static final class HeaderFinder {
        ImportColumns columns;
        private int looked;
        private ImportFileException firstProblem;

        void offer(SheetRow row) throws ImportFileException {
            if (row.isBlank()) {
                return;
            }
            looked++;
            try {
                columns = ImportColumns.of(row);
            } catch (ImportFileException e) {
                if (!e.key().equals("fileNoHeader")) {
                    throw e;
                }
                if (firstProblem == null) {
                    firstProblem = e;
                }
                if (looked >= HEADER_SEARCH_ROWS) {
                    throw firstProblem;
                }
            }
        }

        void finish() throws ImportFileException {
            if (columns == null) {
                throw firstProblem != null ? firstProblem : new ImportFileException("fileEmpty");
            }
        }
    }

    /** The reading phase's state: rows checked so far and the batch waiting to be written. */
    private final class Reading {
        final long importId;
        final RowSource source;
        final CompanyDirectory directory;
        final Set<String> employedHere;
        final LocalDate today;
        final HeaderFinder header = new HeaderFinder();
        final Map<String, Integer> firstRowOf = new HashMap<>();
        final List<Pending> batch = new ArrayList<>();
        int total;
        int errors;

        Reading(long importId, RowSource source, CompanyDirectory directory, Set<String> employedHere, LocalDate today) {
            this.importId = importId;
            this.source = source;
            this.directory = directory;
            this.employedHere = employedHere;
            this.today = today;
        }

        boolean row(SheetRow row) throws ImportFileException {
            if (header.columns == null) {
                header.offer(row);
                return true;
            }
            ImportColumns columns = header.columns;
            if (columns.isEmpty(row)) {
                return true;
            }
            total++;
            if (total > config.importMaxRows()) {
                throw new ImportFileException("fileTooManyRows", config.importMaxRows());
            }
            EmployeeDraft draft = columns.draft(row);
            EmployeeRules.Checked checked = EmployeeRules.check(draft, directory, today);
            List<Problem> problems = new ArrayList<>(checked.problems());
            if (checked.idNumber() != null) {
                Integer first = firstRowOf.putIfAbsent(checked.idNumber().value(), row.number());
                if (first != null) {
                    problems.add(Problem.of(RosterField.ID_NUMBER, Code.duplicateInFile, first));
                } else if (employedHere.contains(checked.idNumber().value())) {
                    problems.add(Problem.of(RosterField.ID_NUMBER, Code.alreadyEmployed));
                }
            }
            batch.add(new Pending(row.number(), draft, checked, problems, columns.value(row, RosterField.DEPARTMENT),
                    columns.value(row, RosterField.POST)));
            if (batch.size() >= config.importBatchSize()) {
                flush();
            }
            return true;
        }

        /** Checks the batch's names against registered people, writes it and the progress. */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<StagedRow> staged = new ArrayList<>(batch.size());
            int permille = (int) Math.min(999, Math.round(source.progress() * 1000));
            QuarkusTransaction.requiringNew().run(() -> {
                ImportStore.scratchWrites();
                Map<String, String> registered = registeredNames(batch.stream()
                        .filter(p -> p.checked.idNumber() != null).map(p -> p.checked.idNumber().value()).toList());
                for (Pending p : batch) {
                    if (p.checked.idNumber() != null && p.checked.name() != null) {
                        String name = registered.get(p.checked.idNumber().value());
                        if (name != null && !Employees.sameName(name, p.checked.name())) {
                            p.problems.add(Problem.of(RosterField.NAME, Code.nameMismatch));
                        }
                    }
                    if (!p.problems.isEmpty()) {
                        errors++;
                    }
                    staged.add(p.staged(problemsJson(p.problems)));
                }
                ImportStore.insertRows(importId, staged);
                ImportStore.progress(importId, permille, total, errors);
            });
            batch.clear();
        }
    }

    /** A row read and checked, waiting to be written. */
    private record Pending(int rowNumber, EmployeeDraft draft, EmployeeRules.Checked checked, List<Problem> problems,
            String departmentText, String postText) {

        StagedRow staged(String problemsJson) {
            boolean valid = problems.isEmpty();
            return new StagedRow(rowNumber, draft.name(), draft.idNumber(), draft.phone(), departmentText, draft.postKind(),
                    draft.operation(), postText, draft.startDate(), problemsJson,
                    valid ? checked.idNumber().value() : null,
                    valid && checked.department() != null ? checked.department().id() : null,
                    valid && checked.post() != null ? checked.post().id() : null,
                    valid ? checked.kind().name() : null,
                    valid && checked.operation() != null ? checked.operation().name() : null,
                    valid ? checked.startDate() : null);
        }
    }

    private String problemsJson(List<Problem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(problems.stream()
                    .map(p -> Map.of("field", p.field().name(), "code", p.code().name(), "args", p.args())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The commit's transaction: returns {imported rows, new people, new accounts}. */
    private int[] insertAll(long importId, long companyId) {
        Employees.lockRoster(companyId);
        Company company = Company.findById(companyId);
        CompanyDirectory directory = CompanyDirectory.load(companyId);
        int valid = ImportStore.jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from roster_import_row where import_id = ? and problems is null")) {
                s.setLong(1, importId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
        Map<String, Post> standardPosts = new HashMap<>();
        int batchSize = config.importBatchSize();
        int done = 0;
        int newPeople = 0;
        int newAccounts = 0;
        int afterRow = 0;
        while (true) {
            List<StagedRow> rows = ImportStore.rows(importId, false, true, afterRow, 0, batchSize);
            if (rows.isEmpty()) {
                break;
            }
            afterRow = rows.get(rows.size() - 1).rowNumber();
            for (StagedRow row : rows) {
                if (row.departmentId() != null && directory.department(row.departmentId()).isEmpty()) {
                    throw new ImportConflict("importDepartmentGone", row.rowNumber(), row.department());
                }
                if (row.postId() != null && directory.post(row.postId()).isEmpty()) {
                    throw new ImportConflict("importPostGone", row.rowNumber(), row.post());
                }
                if (row.postId() == null) {
                    PostKind kind = PostKind.valueOf(row.postKindValue());
                    SpecialOperation operation = row.operationValue() == null ? null
                            : SpecialOperation.valueOf(row.operationValue());
                    standardPosts.computeIfAbsent(kind + "/" + operation,
                            k -> posts.standardPost(company, kind, operation));
                }
            }
            Panache.getEntityManager().flush();
            People people = insertPeople(rows, companyId);
            newPeople += people.created();
            insertEmployments(rows, companyId, people.ids(), directory, standardPosts);
            newAccounts += workerAccounts.ensurePending(new HashSet<>(people.ids().values()));
            done += rows.size();
            int permille = valid == 0 ? 999 : (int) Math.min(999, (long) done * 1000 / valid);
            QuarkusTransaction.requiringNew().run(() -> {
                ImportStore.scratchWrites();
                ImportStore.commitProgress(importId, permille);
            });
        }
        if (!ImportStore.finishCommit(importId, done, newPeople, newAccounts)) {
            throw new ImportConflict("importInterrupted");
        }
        return new int[] {done, newPeople, newAccounts};
    }

    /** The person id for each ID number of a batch, and how many of them were inserted now. */
    private record People(Map<String, Long> ids, int created) {
    }

    /**
     * The person id of every row's ID number: people already registered (checked again: the same
     * name, not employed here meanwhile) and people inserted now.
     */
    private People insertPeople(List<StagedRow> rows, long companyId) {
        return ImportStore.jdbc(c -> {
            List<String> idNumbers = rows.stream().map(StagedRow::idNumberValue).toList();
            Map<String, Long> ids = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select id, id_number, name from person where id_number = any(?)")) {
                s.setArray(1, c.createArrayOf("varchar", idNumbers.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.put(r.getString(2), r.getLong(1));
                        names.put(r.getString(2), r.getString(3));
                    }
                }
            }
            Set<Long> employedHere = new HashSet<>();
            if (!ids.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("select person_id from employment"
                        + " where company_id = ? and end_date is null and person_id = any(?)")) {
                    s.setLong(1, companyId);
                    s.setArray(2, c.createArrayOf("bigint", ids.values().toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            employedHere.add(r.getLong(1));
                        }
                    }
                }
            }
            List<StagedRow> fresh = new ArrayList<>();
            for (StagedRow row : rows) {
                Long id = ids.get(row.idNumberValue());
                if (id == null) {
                    fresh.add(row);
                } else if (!Employees.sameName(names.get(row.idNumberValue()), row.name())) {
                    throw new ImportConflict("importNameChanged", row.rowNumber());
                } else if (employedHere.contains(id)) {
                    throw new ImportConflict("importAlreadyEmployed", row.rowNumber());
                }
            }
            if (!fresh.isEmpty()) {
                List<Long> newIds = nextIds(c, "person_seq", fresh.size());
                try (PreparedStatement s = c.prepareStatement("insert into person (id, id_number, name, gender, birth_date,"
                        + " phone) values (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < fresh.size(); i++) {
                        StagedRow row = fresh.get(i);
                        IdentityNumber idNumber = new IdentityNumber(row.idNumberValue());
                        s.setLong(1, newIds.get(i));
                        s.setString(2, idNumber.value());
                        s.setString(3, row.name().strip());
                        s.setString(4, idNumber.gender().name());
                        s.setObject(5, idNumber.birthDate());
                        s.setString(6, EmployeeRules.normalizePhone(row.phone()));
                        s.addBatch();
                        ids.put(idNumber.value(), newIds.get(i));
                    }
                    s.executeBatch();
                }
            }
            Map<String, Long> byRow = new HashMap<>();
            for (StagedRow row : rows) {
                byRow.put(row.idNumberValue(), ids.get(row.idNumberValue()));
            }
            return new People(byRow, fresh.size());
        });
    }

    private void insertEmployments(List<StagedRow> rows, long companyId, Map<String, Long> personIds,
            CompanyDirectory directory, Map<String, Post> standardPosts) {
        ImportStore.jdbc(c -> {
            List<Long> ids = nextIds(c, "employment_seq", rows.size());
            try (PreparedStatement s = c.prepareStatement("insert into employment (id, person_id, company_id, post_id,"
                    + " post_kind, operation, department_id, start_date) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    StagedRow row = rows.get(i);
                    long postId;
                    PostKind kind;
                    SpecialOperation operation;
                    if (row.postId() != null) {
                        CompanyDirectory.PostRef post = directory.post(row.postId()).orElseThrow();
                        postId = post.id();
                        kind = post.kind();
                        operation = post.operation();
                    } else {
                        kind = PostKind.valueOf(row.postKindValue());
                        operation = row.operationValue() == null ? null : SpecialOperation.valueOf(row.operationValue());
                        postId = standardPosts.get(kind + "/" + operation).id;
                    }
                    s.setLong(1, ids.get(i));
                    s.setLong(2, personIds.get(row.idNumberValue()));
                    s.setLong(3, companyId);
                    s.setLong(4, postId);
                    s.setString(5, kind.name());
                    s.setString(6, operation == null ? null : operation.name());
                    if (row.departmentId() == null) {
                        s.setNull(7, java.sql.Types.BIGINT);
                    } else {
                        s.setLong(7, row.departmentId());
                    }
                    s.setObject(8, row.startDateValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /**
     * {@code n} fresh ids from a sequence. Each is a value the sequence handed out (so no other
     * writer, Hibernate's pooled id blocks included, can ever get it), used as it is.
     */
    private static List<Long> nextIds(java.sql.Connection c, String sequence, int n) throws java.sql.SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (PreparedStatement s = c.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
            s.setInt(1, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The ID numbers of the people employed at the company now. */
    private static Set<String> openIdNumbers(long companyId) {
        return ImportStore.jdbc(c -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("select p.id_number from employment e join person p on p.id = e.person_id"
                    + " where e.company_id = ? and e.end_date is null")) {
                s.setLong(1, companyId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The registered names of those of {@code idNumbers} that belong to people already in Anxue. */
    private static Map<String, String> registeredNames(Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Map.of();
        }
        return ImportStore.jdbc(c -> {
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select id_number, name from person where id_number = any(?)")) {
                s.setArray(1, c.createArrayOf("varchar", idNumbers.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        names.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return names;
        });
    }
}
