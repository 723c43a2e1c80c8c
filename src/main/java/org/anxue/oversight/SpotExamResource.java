package org.anxue.oversight;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.oversight.SpotExamViews.Candidate;
import org.anxue.oversight.SpotExamViews.CompanyChoice;
import org.anxue.oversight.SpotExamViews.Exam;
import org.anxue.oversight.SpotExamViews.Summary;
import org.anxue.web.AppException;

/**
 * Spot exams as JSON for bureau officers (and bureaus' API tokens): list, start, read (the live
 * results the exam page polls), close; the companies and current employees to pick from.
 */
@Path("/api/spot-exams")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.APPLICATION_JSON)
public class SpotExamResource {

    /** An exam with where each person answers. */
    public record ExamBody(Exam exam, String answerUrl) {
    }

    private final SpotExams exams;
    private final AnswerLinks links;
    private final SecurityIdentity identity;
    private final DataSource ds;

    @Context
    UriInfo uri;

    SpotExamResource(SpotExams exams, AnswerLinks links, SecurityIdentity identity, DataSource ds) {
        this.exams = exams;
        this.links = links;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public List<Summary> list() {
        return exams.list(officer());
    }

    @GET
    @Path("companies")
    public List<CompanyChoice> companies(@QueryParam("q") String q) {
        return exams.companies(officer(), q);
    }

    @GET
    @Path("candidates")
    public List<Candidate> candidates(@QueryParam("companyId") Long companyId, @QueryParam("postKind") String postKind,
                                      @QueryParam("departmentId") Long departmentId, @QueryParam("name") String name) {
        if (companyId == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "ovs:companyRequired");
        }
        return exams.candidates(officer(), companyId, postKind, departmentId, name);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SpotExams.NewExam request) {
        Exam exam = exams.create(officer(), request);
        return Response.created(URI.create("/api/spot-exams/" + exam.id())).entity(new ExamBody(exam, links.base(uri))).build();
    }

    @GET
    @Path("{id}")
    public ExamBody exam(@PathParam("id") long id) {
        return new ExamBody(exams.exam(officer(), id), links.base(uri));
    }

    @POST
    @Path("{id}/closure")
    public ExamBody close(@PathParam("id") long id) {
        return new ExamBody(exams.close(officer(), id), links.base(uri));
    }

    private Officer officer() {
        return Officer.of(identity, ds);
    }
}
