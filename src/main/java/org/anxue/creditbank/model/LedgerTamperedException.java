package org.anxue.creditbank.model;

/** Thrown when stored entries do not form an intact chain: nothing may be appended to them. */
public final class LedgerTamperedException extends RuntimeException {

    private final transient ChainVerdict.Broken verdict;

    public LedgerTamperedException(ChainVerdict.Broken verdict) {
        super("the ledger of " + verdict.person().masked() + " is broken at entry " + verdict.sequence()
                + " (" + verdict.reason() + "): " + verdict.explanation());
        this.verdict = verdict;
    }

    public ChainVerdict.Broken verdict() {
        return verdict;
    }
}
