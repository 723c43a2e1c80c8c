package org.anxue.learning.tasks;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anxue.learning.enrolment.Learners;

/** The header's count of a worker's unread notices ({@code inject:noticeBadge.count} in layout.html); 0 for anyone else. */
@RequestScoped
@Named("noticeBadge")
public class NoticeBadge {

    @Inject
    SecurityIdentity identity;

    @Inject
    Notices notices;

    private Integer count;

    public int count() {
        if (count == null) {
            Long person = Learners.personIdOrNull(identity);
            try {
                count = person == null ? 0 : notices.unread(person);
            } catch (RuntimeException e) {
                // the header never fails a page (an error page included) for a badge
                count = 0;
            }
        }
        return count;
    }
}
