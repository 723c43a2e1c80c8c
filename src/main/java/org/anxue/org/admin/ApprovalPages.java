package org.anxue.org.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Company;
import org.anxue.org.Institution;
import org.anxue.org.profile.CompanySizes;

/** Pages of the approvals (审核): pending lists, one subject with its history, and the decision form. */
@Path("/approvals")
@RolesAllowed({"BUREAU_OFFICER", "PLATFORM_ADMIN"})
@Produces(MediaType.TEXT_HTML)
public class ApprovalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pending(List<Company> companies, List<Institution> institutions);

        static native TemplateInstance company(Company company, List<ApprovalDecision> decisions, boolean pending,
                String action, String done, boolean sizeSaved);

        static native TemplateInstance institution(Institution institution, List<ApprovalDecision> decisions,
                boolean pending, String action, String done);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Approvals approvals;

    @Inject
    CompanySizes sizes;

    @GET
    @Transactional
    public String pending() {
        Jurisdiction j = Jurisdiction.of(identity);
        return Templates.pending(approvals.pendingCompanies(j), approvals.pendingInstitutions(j)).render();
    }

    @GET
    @Path("companies/{id}")
    @Transactional
    public String company(@PathParam("id") long id, @QueryParam("done") String done) {
        Company company = approvals.company(Jurisdiction.of(identity), id);
        return Templates.company(company, ApprovalDecision.ofCompany(company),
                company.approvalStatus == ApprovalStatus.PENDING, "/approvals/companies/" + id + "/decision", doneOf(done),
                "size".equals(done)).render();
    }

    @GET
    @Path("institutions/{id}")
    @Transactional
    public String institution(@PathParam("id") long id, @QueryParam("done") String done) {
        Institution institution = approvals.institution(Jurisdiction.of(identity), id);
        return Templates.institution(institution, ApprovalDecision.ofInstitution(institution),
                institution.status == ApprovalStatus.PENDING, "/approvals/institutions/" + id + "/decision", doneOf(done)).render();
    }

    @POST
    @Path("companies/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideOnCompany(@PathParam("id") long id, @FormParam("verdict") String verdict,
            @FormParam("reason") String reason) {
        ApprovalDecision decision = approvals.decideOnCompany(Jurisdiction.of(identity), id,
                Approvals.Verdict.parse(verdict), reason, Caller.decider(identity));
        return Response.seeOther(URI.create("/approvals/companies/" + id + "?done=" + decision.decision.name().toLowerCase()))
                .build();
    }

    @POST
    @Path("institutions/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideOnInstitution(@PathParam("id") long id, @FormParam("verdict") String verdict,
            @FormParam("reason") String reason) {
        ApprovalDecision decision = approvals.decideOnInstitution(Jurisdiction.of(identity), id,
                Approvals.Verdict.parse(verdict), reason, Caller.decider(identity));
        return Response.seeOther(URI.create("/approvals/institutions/" + id + "?done="
                + decision.decision.name().toLowerCase())).build();
    }

    /** The company's size and production/processing flag, set by the approving bureau (see {@link CompanySizes}). */
    @POST
    @Path("companies/{id}/size")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response companySize(@PathParam("id") long id, @FormParam("scale") String scale,
            @FormParam("productionProcessing") String productionProcessing) {
        sizes.set(identity, id, scale, CompanySizes.parseFlag(productionProcessing));
        return Response.seeOther(URI.create("/approvals/companies/" + id + "?done=size")).build();
    }

    private static String doneOf(String done) {
        return "approved".equals(done) || "rejected".equals(done) ? done : null;
    }
}
