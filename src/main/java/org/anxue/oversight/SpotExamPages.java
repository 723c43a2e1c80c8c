package org.anxue.oversight;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.oversight.SpotExamViews.Candidate;
import org.anxue.oversight.SpotExamViews.CompanyChoice;
import org.anxue.oversight.SpotExamViews.Exam;
import org.anxue.oversight.SpotExamViews.Summary;
import org.anxue.oversight.SpotExamViews.Taker;
import org.anxue.web.AppException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An officer's spot-exam pages: the inspection records of the subtree and a company search;
 * the form that picks the people; the live exam page (QR codes and codes, results updating as they
 * come in); the print-friendly record.
 */
@Path("/oversight/spot-exams")
@RolesAllowed("BUREAU_OFFICER")
@Produces(MediaType.TEXT_HTML)
public class SpotExamPages {

    /** A person on the exam page, with where their phone goes. */
    public record TakerRow(Taker taker, String url, String qrSvg) {
    }

    /** The new-exam form: the company, the filter and the people it shows. */
    public record NewForm(CompanyChoice company, List<Candidate> candidates, List<Map.Entry<Long, String>> departments,
                          String kind, Long departmentId, String name, String today, int timeLimit, int questionCount) {

        public boolean preselected(Candidate c) {
            return c.postKind().equals("PRINCIPAL") || c.postKind().equals("SAFETY_MANAGER");
        }

        public List<String> kinds() {
            return List.of("PRINCIPAL", "SAFETY_MANAGER", "SPECIAL_OPERATION", "GENERAL");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Summary> exams, String q, List<CompanyChoice> companies);

        static native TemplateInstance form(NewForm form);

        static native TemplateInstance exam(Exam exam, List<TakerRow> rows, String answerBase);

        static native TemplateInstance record(Exam exam);
    }

    private final SpotExams exams;
    private final AnswerLinks links;
    private final OversightConfig config;
    private final SecurityIdentity identity;
    private final DataSource ds;

    @Context
    UriInfo uri;

    SpotExamPages(SpotExams exams, AnswerLinks links, OversightConfig config, SecurityIdentity identity, DataSource ds) {
        this.exams = exams;
        this.links = links;
        this.config = config;
        this.identity = identity;
        this.ds = ds;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q) {
        Officer officer = officer();
        List<CompanyChoice> companies = q == null ? List.of() : exams.companies(officer, q);
        return Templates.list(exams.list(officer), q == null ? "" : q, companies);
    }

    @GET
    @Path("new")
    public TemplateInstance form(@QueryParam("companyId") Long companyId, @QueryParam("kind") String kind,
                                 @QueryParam("departmentId") Long departmentId, @QueryParam("name") String name) {
        if (companyId == null) {
            throw new AppException(Response.Status.BAD_REQUEST, "ovs:companyRequired");
        }
        Officer officer = officer();
        String postKind = kind == null || kind.isBlank() ? null : kind;
        if (postKind != null && !List.of("PRINCIPAL", "SAFETY_MANAGER", "SPECIAL_OPERATION", "GENERAL").contains(postKind)) {
            throw AppException.badRequest();
        }
        CompanyChoice company = exams.company(officer, companyId);
        return Templates.form(new NewForm(company, exams.candidates(officer, companyId, postKind, departmentId, name),
                exams.departments(officer, companyId), postKind, departmentId, name == null ? "" : name,
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), config.defaultTimeLimitMinutes(),
                config.defaultQuestionCount()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm Long companyId, @RestForm String place, @RestForm String inspectedOn,
                           @RestForm String notes, @RestForm String timeLimitMinutes, @RestForm String questionCount,
                           @RestForm("personId") List<String> personIds) {
        List<Long> ids = new ArrayList<>();
        if (personIds != null) {
            for (String id : personIds) {
                ids.add(number(id));
            }
        }
        Exam exam = exams.create(officer(), new SpotExams.NewExam(companyId, place, inspectedOn, notes,
                timeLimitMinutes == null || timeLimitMinutes.isBlank() ? null : (int) number(timeLimitMinutes),
                questionCount == null || questionCount.isBlank() ? null : (int) number(questionCount), ids));
        return Response.seeOther(URI.create("/oversight/spot-exams/" + exam.id())).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance exam(@PathParam("id") long id) {
        Exam exam = exams.exam(officer(), id);
        List<TakerRow> rows = exam.takers().stream()
                .map(t -> new TakerRow(t, links.forCode(uri, t.code()), links.qr(uri, t.code()))).toList();
        return Templates.exam(exam, rows, links.base(uri));
    }

    @GET
    @Path("{id}/record")
    public TemplateInstance record(@PathParam("id") long id) {
        return Templates.record(exams.exam(officer(), id));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") long id) {
        exams.close(officer(), id);
        return Response.seeOther(URI.create("/oversight/spot-exams/" + id)).build();
    }

    private Officer officer() {
        return Officer.of(identity, ds);
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw AppException.badRequest();
        }
    }
}
