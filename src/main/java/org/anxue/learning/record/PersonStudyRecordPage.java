package org.anxue.learning.record;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Anyone's study record, for whoever may read it ({@link StudyRecords}): {@code /people/{personId}/record}. */
@Path("/people/{personId}/record")
@Authenticated
public class PersonStudyRecordPage {

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
