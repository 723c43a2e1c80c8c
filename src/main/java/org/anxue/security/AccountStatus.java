package org.anxue.security;

public enum AccountStatus {
    /** Created for a worker by their company; usable once they set a password. */
    PENDING_ACTIVATION,
    ACTIVE,
    /** Switched off by an admin: no login, existing sessions end. */
    DISABLED
}
