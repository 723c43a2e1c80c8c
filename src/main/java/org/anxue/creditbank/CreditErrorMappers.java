package org.anxue.creditbank;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.anxue.creditbank.model.LedgerTamperedException;
import org.anxue.web.ErrorResponses;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An account whose chain no longer verifies is neither shown nor added to: the caller gets a 409 saying
 * so (in their language), and the break is logged for the platform admins (who find it with the verify
 * endpoint or command).
 */
public class CreditErrorMappers {

    private static final Logger LOG = Logger.getLogger(CreditErrorMappers.class);

    @Inject
    ErrorResponses errors;

    @ServerExceptionMapper
    public Response tampered(LedgerTamperedException e) {
        LOG.error(e.getMessage());
        return errors.expected(409, CreditMessages.BUNDLE, "ledgerTampered");
    }
}
