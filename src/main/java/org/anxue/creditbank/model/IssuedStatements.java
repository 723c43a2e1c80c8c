package org.anxue.creditbank.model;

import java.util.Optional;

/** Where issued statements are kept (a port). */
public interface IssuedStatements {

    Optional<IssuedStatement> byCode(VerificationCode code);

    /** The CURRENT statement for the same person, period and post as {@code statement}, if any. */
    Optional<IssuedStatement> currentLike(Statement statement);

    /** Inserts a new issued statement or updates the status of a stored one (the statement itself never changes). */
    void save(IssuedStatement issued);
}
