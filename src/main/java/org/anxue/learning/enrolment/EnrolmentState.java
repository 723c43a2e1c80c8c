package org.anxue.learning.enrolment;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anxue.catalog.Enrolments;

/**
 * What the enrol button on the public course page needs, as {@code inject:enrolment} in templates
 * (the catalog's page includes {@code LearningParts/enrol}): whether the viewer is a worker and
 * whether they are already enrolled.
 */
@RequestScoped
@Named("enrolment")
public class EnrolmentState {

    @Inject
    SecurityIdentity identity;

    @Inject
    Enrolments enrolments;

    public boolean worker() {
        return Learners.personIdOrNull(identity) != null;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public boolean enrolled(long courseId) {
        Long person = Learners.personIdOrNull(identity);
        return person != null && enrolments.isEnrolled(person, courseId);
    }
}
