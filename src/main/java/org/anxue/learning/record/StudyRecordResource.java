package org.anxue.learning.record;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A person's study record as JSON, scoped as the pages are ({@link StudyRecords}): times in
 * milliseconds and seconds, instants in ISO-8601 UTC. 404 for a person the caller may not see.
 */
@Path("/api/people/{personId}/study-record")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StudyRecordResource {

    @Inject
    StudyRecords records;

    @Inject
    SecurityIdentity identity;

    @GET
    public StudyRecords.Record record(@PathParam("personId") long personId) {
        return records.read(identity, personId);
    }
}
