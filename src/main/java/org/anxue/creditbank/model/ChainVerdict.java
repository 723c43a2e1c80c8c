package org.anxue.creditbank.model;

/** The outcome of verifying one account's chain. */
public sealed interface ChainVerdict {

    boolean isIntact();

    /** Every entry recomputes to its stored hash and chains to the one before it. */
    record Intact(AccountHead head) implements ChainVerdict {
        @Override
        public boolean isIntact() {
            return true;
        }
    }

    /** The first place the chain is broken, and why. */
    record Broken(PersonKey person, long sequence, BreakReason reason, String explanation) implements ChainVerdict {
        @Override
        public boolean isIntact() {
            return false;
        }
    }
}
