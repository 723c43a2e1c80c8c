package org.anxue.org.roster;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anxue.org.Company;
import org.anxue.org.roster.ImportStore.StagedRow;
import org.anxue.org.roster.ImportStore.Stored;
import org.anxue.web.AppException;

/**
 * Bulk imports of employees from .xlsx or .csv: upload (checked at once for what makes the whole
 * file unusable), the per-row report, then import (all valid rows, or nothing while any row has
 * a problem unless the admin asks for the valid rows only) or discard. Reading and importing run
 * in the background ({@link ImportJobs}); pages and clients poll {@link #view}.
 */
@ApplicationScoped
public class RosterImports {

    /** One row of the report: what the file said and what is wrong with it (nothing, for a valid row). */
    public record RowView(int row, Map<String, String> values, List<RosterErrorMapper.FieldProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** One page of the report. */
    public record RowsPage(List<RowView> rows, int total, int page, int size) {

        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    @Inject
    RosterConfig config;

    @Inject
    ImportJobs jobs;

    @Inject
    RosterText text;

    @Inject
    ObjectMapper json;

    /**
     * Starts an import of {@code upload} (a temporary file of the request; copied) into the
     * company's roster. Refused at once (4xx, nothing stored) when the file is too big, not a
     * spreadsheet, password-protected, damaged, empty or lacks the needed columns.
     */
    public ImportView start(Company company, long accountId, Long apiTokenId, Path upload, String fileName, Locale locale)
            throws ImportFileException, IOException {
        long size = Files.size(upload);
        if (size > config.importMaxFileSize().asLongValue()) {
            throw new ImportFileException(413, "fileTooLarge", megabytes(config.importMaxFileSize().asLongValue()));
        }
        ImportFiles.Format format = ImportFiles.formatOf(upload);
        String charset = jobs.precheck(upload, format);
        Path copy = Files.createTempFile("anxue-roster-import-", "." + format.name().toLowerCase(Locale.ROOT));
        try {
            Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
            String name = cleanFileName(fileName, format);
            long companyId = company.id;
            long id = QuarkusTransaction.requiringNew().call(() ->
                    ImportStore.create(companyId, accountId, apiTokenId, name, format, size, charset));
            jobs.read(id, companyId, copy, format);
            return view(company, id, locale);
        } catch (RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** The import {@code id} of the company; 404 when there is none such (or it was discarded). */
    public ImportView view(Company company, long id, Locale locale) {
        long companyId = company.id;
        Stored stored = QuarkusTransaction.joiningExisting().call(() -> ImportStore.find(companyId, id))
                .orElseThrow(AppException::notFound);
        return view(stored, locale);
    }

    /** The company's latest imports, newest first. */
    public List<ImportView> recent(Company company, int limit, Locale locale) {
        long companyId = company.id;
        return QuarkusTransaction.joiningExisting().call(() -> ImportStore.recent(companyId, limit)).stream()
                .map(s -> view(s, locale)).toList();
    }

    /** A page of the report: the rows with problems, or all rows. */
    public RowsPage rows(Company company, long id, boolean onlyProblems, int page, int size, Locale locale) {
        view(company, id, locale);
        int pageSize = Math.max(1, Math.min(500, size));
        int pageNumber = Math.max(1, page);
        return QuarkusTransaction.joiningExisting().call(() -> {
            int total = ImportStore.countRows(id, onlyProblems);
            List<RowView> rows = ImportStore.rows(id, onlyProblems, false, 0, (pageNumber - 1) * pageSize, pageSize)
                    .stream().map(r -> rowView(r, locale)).toList();
            return new RowsPage(rows, total, pageNumber, pageSize);
        });
    }

    /**
     * Imports the valid rows of a checked import, in the background. While any row has a problem
     * nothing is imported unless {@code validRowsOnly}.
     */
    public ImportView commit(Company company, long id, boolean validRowsOnly, Locale locale) {
        ImportView current = view(company, id, locale);
        if (current.status() != ImportStatus.VALIDATED) {
            throw new AppException(Response.Status.CONFLICT, "roster:importNotWaiting");
        }
        if (current.errorRows() > 0 && !validRowsOnly) {
            throw new AppException(Response.Status.CONFLICT, "roster:importHasErrors", Integer.toString(current.errorRows()));
        }
        if (current.validRows() == 0) {
            throw new AppException(Response.Status.CONFLICT, "roster:importNothingValid");
        }
        long companyId = company.id;
        boolean started = QuarkusTransaction.requiringNew().call(() -> ImportStore.startCommit(companyId, id, validRowsOnly));
        if (!started) {
            throw new AppException(Response.Status.CONFLICT, "roster:importNotWaiting");
        }
        jobs.commit(id, companyId);
        return view(company, id, locale);
    }

    /** Drops a checked or failed import and its report; nothing is imported. */
    public void discard(Company company, long id, Locale locale) {
        view(company, id, locale);
        long companyId = company.id;
        if (!QuarkusTransaction.requiringNew().call(() -> ImportStore.discard(companyId, id))) {
            throw new AppException(Response.Status.CONFLICT, "roster:importNotDiscardable");
        }
    }

    /** The message of a file-level problem, in {@code locale}. */
    public String message(ImportFileException e, Locale locale) {
        return text.get(locale, e.key(), e.args().toArray());
    }

    private ImportView view(Stored s, Locale locale) {
        String failure = null;
        if (s.failureKey() != null) {
            failure = text.get(locale, s.failureKey(), readArgs(s.failureArgs()).toArray());
        }
        return new ImportView(s.id(), s.companyId(), s.fileName(), s.format(), s.fileSize(), s.charset(), s.status(),
                s.progress(), s.totalRows(), s.errorRows(), s.totalRows() - s.errorRows(), s.validOnly(), s.importedRows(),
                s.newPeople(), s.newAccounts(), s.failureKey(), failure, s.createdAt(), s.updatedAt(), s.finishedAt());
    }

    private RowView rowView(StagedRow r, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(RosterField.NAME.column(), r.name());
        values.put(RosterField.ID_NUMBER.column(), r.idNumber());
        values.put(RosterField.PHONE.column(), r.phone());
        values.put(RosterField.DEPARTMENT.column(), r.department());
        values.put(RosterField.POST_KIND.column(), r.postKind());
        values.put(RosterField.OPERATION.column(), r.operation());
        values.put(RosterField.START_DATE.column(), r.startDate());
        values.put(RosterField.POST.column(), r.post());
        List<RosterErrorMapper.FieldProblem> problems = new ArrayList<>();
        for (Problem p : readProblems(r.problems())) {
            problems.add(new RosterErrorMapper.FieldProblem(p.field().json(), p.field().column(), text.field(locale, p.field()),
                    p.code().name(), text.problem(locale, p)));
        }
        return new RowView(r.rowNumber(), values, problems);
    }

    private List<Problem> readProblems(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            List<Map<String, Object>> raw = json.readValue(stored, new TypeReference<>() {
            });
            List<Problem> problems = new ArrayList<>();
            for (Map<String, Object> p : raw) {
                @SuppressWarnings("unchecked")
                List<String> args = (List<String>) p.getOrDefault("args", List.of());
                problems.add(new Problem(RosterField.valueOf((String) p.get("field")),
                        Problem.Code.valueOf((String) p.get("code")), args));
            }
            return problems;
        } catch (IOException e) {
            throw new IllegalStateException("unreadable problems in the import report: " + stored, e);
        }
    }

    private List<String> readArgs(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<String>>() {
            });
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file's own name without any path, or a generic one. */
    static String cleanFileName(String fileName, ImportFiles.Format format) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "import." + format.name().toLowerCase(Locale.ROOT);
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb * 1024 * 1024 == bytes ? mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
