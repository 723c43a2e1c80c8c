package org.anxue.org.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.Response.Status;
import org.anxue.security.IdentityAttributes;
import org.anxue.web.AppException;

/** Who is calling, as the org admin features need it. */
final class Caller {

    private Caller() {
    }

    static Approvals.Decider decider(SecurityIdentity identity) {
        return new Approvals.Decider(identity.<Long>getAttribute(IdentityAttributes.ACCOUNT_ID),
                identity.<Long>getAttribute(IdentityAttributes.API_TOKEN_ID));
    }

    /**
     * Refuses callers that use an API token: creating accounts and handing out their activation
     * codes needs a person signed in, as managing API tokens does.
     */
    static void requireSignedInPerson(SecurityIdentity identity) {
        if (identity.getAttribute(IdentityAttributes.API_TOKEN_ID) != null) {
            throw new AppException(Status.FORBIDDEN, "adm:signInForAccounts");
        }
    }
}
