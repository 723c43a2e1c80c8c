package org.anxue.creditbank.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A statement handed out with a verification code. A CURRENT statement becomes SUPERSEDED when a newer one
 * is issued for the same person, period and post, or REVOKED by an officer; a superseded statement can still
 * be revoked; a revoked one stays revoked.
 */
public record IssuedStatement(VerificationCode code, Statement statement, Instant issuedAt, String issuedBy,
                              IssuanceStatus status, VerificationCode supersededBy, String revocationReason,
                              String revokedBy, Instant statusChangedAt) {

    public IssuedStatement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(status, "status");
    }

    static IssuedStatement current(VerificationCode code, Statement statement, Instant issuedAt, String issuedBy) {
        return new IssuedStatement(code, statement, issuedAt, issuedBy, IssuanceStatus.CURRENT, null, null, null, null);
    }

    /** Whether {@code other} is for the same person, period and post (and so supersedes this one). */
    public boolean coversTheSameAs(Statement other) {
        return statement.person().equals(other.person()) && statement.period().equals(other.period())
                && statement.post() == other.post() && statement.tier() == other.tier();
    }

    IssuedStatement supersededBy(VerificationCode newer, Instant at) {
        RuleViolation.require(status == IssuanceStatus.CURRENT, "only a current statement is superseded");
        return new IssuedStatement(code, statement, issuedAt, issuedBy, IssuanceStatus.SUPERSEDED, newer, null, null, at);
    }

    IssuedStatement revoked(String reason, String officer, Instant at) {
        RuleViolation.require(status != IssuanceStatus.REVOKED, "statement " + code + " is already revoked");
        RuleViolation.requireText(reason, "a reason");
        RuleViolation.requireText(officer, "the officer");
        return new IssuedStatement(code, statement, issuedAt, issuedBy, IssuanceStatus.REVOKED, supersededBy, reason,
                officer, at);
    }
}
