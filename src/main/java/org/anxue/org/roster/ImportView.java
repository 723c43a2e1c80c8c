package org.anxue.org.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An import as pages and the API show it. {@code progress} (0 to 1000) is the current phase's:
 * reading the file while VALIDATING, inserting the rows while IMPORTING. {@code failure} is the
 * message (in the reader's language) when FAILED.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportView(long id, long companyId, String fileName, String format, long fileSize, String charset,
        ImportStatus status, int progress, int totalRows, int errorRows, int validRows, Boolean validOnly,
        Integer importedRows, Integer newPeople, Integer newAccounts, String failureCode, String failure,
        Instant createdAt, Instant updatedAt, Instant finishedAt) {

    /** Progress in percent, for the progress bar. */
    public int percent() {
        return progress / 10;
    }

    public boolean running() {
        return status.running();
    }

    public boolean validating() {
        return status == ImportStatus.VALIDATING;
    }

    public boolean validated() {
        return status == ImportStatus.VALIDATED;
    }

    public boolean imported() {
        return status == ImportStatus.IMPORTED;
    }

    public boolean failed() {
        return status == ImportStatus.FAILED;
    }

    /** Every row has been read and checked (the summary numbers are final). */
    public boolean checked() {
        return status == ImportStatus.VALIDATED || status == ImportStatus.IMPORTING || status == ImportStatus.IMPORTED;
    }

    /** The per-row report can be shown. */
    public boolean reportReady() {
        return status == ImportStatus.VALIDATED || status == ImportStatus.IMPORTED;
    }

    /** Whether it can be committed as it is (no problem rows) or with "valid rows only". */
    public boolean committable() {
        return status == ImportStatus.VALIDATED && validRows > 0;
    }
}
