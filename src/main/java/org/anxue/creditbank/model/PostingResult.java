package org.anxue.creditbank.model;

/** What a posting use case did: appended one entry, or refused with a reason a person can read. */
public sealed interface PostingResult {

    boolean isPosted();

    record Posted(LedgerEntry entry) implements PostingResult {
        @Override
        public boolean isPosted() {
            return true;
        }
    }

    record Rejected(String reason) implements PostingResult {
        @Override
        public boolean isPosted() {
            return false;
        }
    }
}
