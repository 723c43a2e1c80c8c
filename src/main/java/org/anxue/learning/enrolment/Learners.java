package org.anxue.learning.enrolment;

import io.quarkus.security.identity.SecurityIdentity;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;
import org.anxue.web.AppException;

/** The signed-in worker's person: a worker's tenant is their person. */
public final class Learners {

    private Learners() {
    }

    /** The person of a signed-in worker; 403 for anyone else. */
    public static long personId(SecurityIdentity identity) {
        Long person = personIdOrNull(identity);
        if (person == null) {
            throw new AppException(403, "study:workersOnly");
        }
        return person;
    }

    /** The person of a signed-in worker, or null. */
    public static Long personIdOrNull(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Role.WORKER.name())
                || !TenantKind.PERSON.name().equals(identity.getAttribute(IdentityAttributes.TENANT_KIND))) {
            return null;
        }
        return identity.<Long>getAttribute(IdentityAttributes.TENANT_ID);
    }
}
