package org.anxue.org.roster;

/** Where an import stands. */
public enum ImportStatus {
    /** The file is being read and every row checked (in the background). */
    VALIDATING,
    /** Every row is checked: the report is ready, waiting for the admin to import or discard. */
    VALIDATED,
    /** The rows are being inserted, in one transaction (in the background). */
    IMPORTING,
    /** Done: the rows are in the roster. */
    IMPORTED,
    /** Reading or importing failed; nothing was imported. */
    FAILED,
    /** The admin discarded it; nothing was imported. */
    DISCARDED;

    public boolean running() {
        return this == VALIDATING || this == IMPORTING;
    }
}
