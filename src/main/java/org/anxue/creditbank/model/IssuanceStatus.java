package org.anxue.creditbank.model;

/** Where an issued statement stands. */
public enum IssuanceStatus {
    /** The latest statement issued for its person, period and post. */
    CURRENT,
    /** A newer statement was issued for the same person, period and post; this one was true when issued. */
    SUPERSEDED,
    /** Withdrawn by a bureau officer (e.g. issued in error, or its entries were reversed for fraud). */
    REVOKED
}
