package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** A bureau officer revokes an issued statement, with a reason; anyone checking its code sees REVOKED. */
public final class RevokingAStatement {

    private final IssuedStatements issued;
    private final Clock clock;

    public RevokingAStatement(IssuedStatements issued, Clock clock) {
        this.issued = issued;
        this.clock = clock;
    }

    /** @throws RuleViolation if no statement has this code, it is already revoked, or reason or officer is missing */
    public IssuedStatement revoke(VerificationCode code, String reason, String officer) {
        IssuedStatement statement = issued.byCode(code)
                .orElseThrow(() -> new RuleViolation("no statement was issued with code " + code));
        IssuedStatement revoked = statement.revoked(reason, officer, clock.instant().truncatedTo(ChronoUnit.MICROS));
        issued.save(revoked);
        return revoked;
    }
}
