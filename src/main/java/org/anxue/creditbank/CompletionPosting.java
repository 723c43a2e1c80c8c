package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.anxue.creditbank.model.PostingResult;
import org.anxue.learning.CourseCompleted;
import org.jboss.logging.Logger;

/**
 * Posts the online entry of every completed course, synchronously in the transaction that records the
 * completion: if that transaction rolls back, so does the entry, and a failure to post (a broken chain,
 * the database) rolls back the completion. A posting the rules refuse (the same test attempt twice, a
 * review course without a certificate) is logged and does not block the completion.
 */
@ApplicationScoped
public class CompletionPosting {

    private static final Logger LOG = Logger.getLogger(CompletionPosting.class);

    private final CreditBank bank;

    CompletionPosting(CreditBank bank) {
        this.bank = bank;
    }

    void onCompleted(@Observes CourseCompleted completed) {
        PostingResult result = bank.postCompletion(completed);
        if (result instanceof PostingResult.Rejected rejected) {
            LOG.warnf("course %d completed by person %d was not posted: %s", completed.courseId(), completed.personId(),
                    rejected.reason());
        }
    }
}
