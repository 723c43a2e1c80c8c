package org.anxue.learning.record;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A current employee's study record for the company admin: {@code /company/employees/{personId}/record}. */
@Path("/company/employees/{personId}/record")
@RolesAllowed("COMPANY_ADMIN")
public class CompanyStudyRecordPage {

    @Inject
    StudyRecords records;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance record(@PathParam("personId") long personId) {
        return StudyRecordPages.Templates.record(records.read(identity, personId), false);
    }
}
