package org.anxue.creditbank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.anxue.security.Role;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Form pages for entries by others than the learner, on top of {@link CreditEntriesApi}: offline classes
 * (/credits/offline-classes: an institution records, a bureau officer approves or rejects), and a bureau
 * officer's forms on a person's account page (exam, certificate, recognition or waiver, reversal).
 */
@Path("/")
public class CreditEntryPages {

    public record ClassesPage(boolean institution, List<CreditEntriesApi.ClassView> classes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classes(ClassesPage page);
    }

    private final CreditEntriesApi api;
    private final SecurityIdentity identity;

    CreditEntryPages(CreditEntriesApi api, SecurityIdentity identity) {
        this.api = api;
        this.identity = identity;
    }

    @GET
    @Path("credits/offline-classes")
    @RolesAllowed({"INSTITUTION_ADMIN", "BUREAU_OFFICER"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance classes() {
        return Templates.classes(new ClassesPage(Caller.of(identity).is(Role.INSTITUTION_ADMIN), api.listClasses()));
    }

    @POST
    @Path("credits/offline-classes")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordClass(@RestForm String course, @RestForm String trainingType, @RestForm String startsOn,
                                @RestForm String endsOn, @RestForm String hours, @RestForm String attendees) {
        List<String> ids = attendees == null ? List.of()
                : Arrays.stream(attendees.split("[\\s,;，；]+")).filter(s -> !s.isBlank()).toList();
        api.recordClass(new CreditEntriesApi.ClassInput(course, trainingType, startsOn, endsOn, hours, ids));
        return Response.seeOther(URI.create("/credits/offline-classes")).build();
    }

    @POST
    @Path("credits/offline-classes/{id}/check")
    @RolesAllowed("BUREAU_OFFICER")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkClass(@PathParam("id") long id, @RestForm String approve, @RestForm String note) {
        api.checkClass(id, new CreditEntriesApi.CheckInput(approve == null ? null : "true".equals(approve), note));
        return Response.seeOther(URI.create("/credits/offline-classes")).build();
    }

    @POST
    @Path("credits/people/{personId}/exams")
    @RolesAllowed("BUREAU_OFFICER")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response exam(@PathParam("personId") long personId, @RestForm String exam, @RestForm String takenOn,
                         @RestForm String passed, @RestForm String score, @RestForm String examSite,
                         @RestForm String evidence, @RestForm String trainingType, @RestForm String subject) {
        api.exam(personId, new CreditEntriesApi.ExamInput(exam, takenOn, passed == null ? null : "true".equals(passed),
                score, examSite, evidence, trainingType, subject));
        return back(personId);
    }

    @POST
    @Path("credits/people/{personId}/certificates")
    @RolesAllowed("BUREAU_OFFICER")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response certificate(@PathParam("personId") long personId, @RestForm String operationType,
                                @RestForm String issuedOn, @RestForm String evidence, @RestForm String institutionId) {
        api.certificate(personId, new CreditEntriesApi.CertificateInput(null, operationType, issuedOn, evidence,
                institutionId));
        return back(personId);
    }

    @POST
    @Path("credits/people/{personId}/recognitions")
    @RolesAllowed("BUREAU_OFFICER")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recognition(@PathParam("personId") long personId, @RestForm String kind, @RestForm String hours,
                                @RestForm String day, @RestForm String trainingType, @RestForm String reason,
                                @RestForm String evidence, @RestForm String approvedBy) {
        api.recognition(personId, new CreditEntriesApi.RecognitionInput(kind, hours, day, trainingType, null, reason,
                evidence, approvedBy));
        return back(personId);
    }

    @POST
    @Path("credits/people/{personId}/reversals")
    @RolesAllowed("BUREAU_OFFICER")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reversal(@PathParam("personId") long personId, @RestForm Long sequence, @RestForm String reason,
                             @RestForm String evidence) {
        api.reversal(personId, new CreditEntriesApi.ReversalInput(sequence, reason, evidence));
        return back(personId);
    }

    private static Response back(long personId) {
        return Response.seeOther(URI.create("/credits/people/" + personId)).build();
    }
}
