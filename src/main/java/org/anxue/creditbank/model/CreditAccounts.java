package org.anxue.creditbank.model;

/**
 * Where accounts are kept (a port: the persistence adapter implements it, tests use memory).
 */
public interface CreditAccounts {

    /**
     * The account of this person with all its entries in sequence order (restored with
     * {@link CreditAccount#restore}), or a newly opened empty account.
     */
    CreditAccount accountOf(PersonKey person);

    /**
     * Stores one entry just appended to an account. Must fail if the account already has an entry with
     * this sequence number (two postings raced; the caller retries on a freshly loaded account), and must
     * never update or delete a stored entry.
     */
    void store(LedgerEntry entry);
}
