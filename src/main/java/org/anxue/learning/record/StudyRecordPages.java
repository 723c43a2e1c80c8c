package org.anxue.learning.record;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anxue.security.IdentityAttributes;

/**
 * The study record pages (一人一档, study time): {@code /my/record} for the signed-in worker, and
 * {@code /people/{personId}/record} for whoever may read that person's record (the worker, their
 * current company's admins, officers of a bureau whose jurisdiction covers that company). The
 * company admin's path {@code /company/employees/{personId}/record} is {@link CompanyStudyRecordPage},
 * the other one {@link PersonStudyRecordPage}.
 */
@Path("/my/record")
public class StudyRecordPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(StudyRecords.Record record, boolean own);
    }

    @Inject
    StudyRecords records;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed("WORKER")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mine() {
        long personId = identity.<Long>getAttribute(IdentityAttributes.TENANT_ID);
        return Templates.record(records.read(identity, personId), true);
    }
}
