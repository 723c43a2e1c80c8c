package org.anxue.creditbank.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Issues a computed statement under a fresh verification code; the statement issued before it for the same
 * person, period and post becomes SUPERSEDED.
 */
public final class IssuingAStatement {

    private final IssuedStatements issued;
    private final SecureRandom random;
    private final Clock clock;

    /** @param random the source of codes; a {@link SecureRandom}, so that codes cannot be predicted */
    public IssuingAStatement(IssuedStatements issued, SecureRandom random, Clock clock) {
        this.issued = issued;
        this.random = random;
        this.clock = clock;
    }

    public IssuedStatement issue(Statement statement, String issuedBy) {
        RuleViolation.require(statement.isIntact(), "the statement does not match its digest");
        RuleViolation.requireText(issuedBy, "who issues it");
        VerificationCode code = VerificationCode.random(random);
        while (issued.byCode(code).isPresent()) {
            code = VerificationCode.random(random);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        VerificationCode newCode = code;
        issued.currentLike(statement).ifPresent(previous -> issued.save(previous.supersededBy(newCode, now)));
        IssuedStatement current = IssuedStatement.current(code, statement, now, issuedBy);
        issued.save(current);
        return current;
    }
}
