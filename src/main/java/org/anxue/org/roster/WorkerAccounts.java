package org.anxue.org.roster;

import java.util.Collection;

/**
 * Gives the people a company adds a worker account (学员账号) waiting for activation. The roster
 * only needs the account to exist; how a worker activates it (the one-time code their admin hands
 * out) belongs to the activation feature, which may replace {@link PendingWorkerAccounts} with its
 * own bean.
 */
public interface WorkerAccounts {

    /**
     * Creates, in the caller's transaction, a WORKER account in PENDING_ACTIVATION for each of
     * these people who has no worker account yet (a worker's account follows them across
     * employers, so someone who already has one keeps it). The people must be in the database
     * (flushed) already.
     *
     * @return how many accounts were created
     */
    int ensurePending(Collection<Long> personIds);
}
