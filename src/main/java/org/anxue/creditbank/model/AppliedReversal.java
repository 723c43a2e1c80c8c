package org.anxue.creditbank.model;

/** An entry of the statement's period that was reversed, and the reversal that cancelled it. */
public record AppliedReversal(long reversedSequence, long reversalSequence, String reason) {
}
