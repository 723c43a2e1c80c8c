package org.anxue.security;

import java.util.Optional;

/** The result of a username/password check. */
public record LoginOutcome(Optional<SignedIn> signedIn, Failure failure) {

    public enum Failure {
        /** No account has this username. */
        UNKNOWN_ACCOUNT,
        /** The account is not active (not yet activated, or disabled). */
        INACTIVE,
        /** The password does not match. */
        WRONG_PASSWORD,
        /** The account is locked after too many failures; the password was not checked. */
        LOCKED,
        /** This failure reached the limit and locked the account. */
        LOCKED_NOW
    }

    static LoginOutcome success(SignedIn signedIn) {
        return new LoginOutcome(Optional.of(signedIn), null);
    }

    static LoginOutcome failed(Failure failure) {
        return new LoginOutcome(Optional.empty(), failure);
    }

    public boolean succeeded() {
        return signedIn.isPresent();
    }
}
