package org.anxue.org.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.anxue.org.Company;
import org.anxue.org.Institution;
import org.anxue.web.AppException;

/**
 * Approvals as JSON: what waits for the caller's decision, each subject with its decision
 * history, and decisions. Companies and institutions outside the caller's jurisdiction answer 404.
 */
@Path("/api/approvals")
@RolesAllowed({"BUREAU_OFFICER", "PLATFORM_ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    public record CompanyView(long id, String name, String creditCode, String industry, String riskTier,
            long bureauId, String bureauName, String address, String contactPhone, String status, Instant registeredAt) {

        static CompanyView of(Company c) {
            return new CompanyView(c.id, c.name, c.creditCode, c.industry.name(), c.riskTier.name(), c.bureau.id,
                    c.bureau.name, c.address, c.contactPhone, c.approvalStatus.name(), c.createdAt);
        }
    }

    public record InstitutionView(long id, String name, String licenceNumber, String creditCode, long bureauId,
            String bureauName, String address, String contactPhone, String status, Instant appliedAt) {

        static InstitutionView of(Institution i) {
            return new InstitutionView(i.id, i.name, i.licenceNumber, i.creditCode, i.approvingBureau.id,
                    i.approvingBureau.name, i.address, i.contactPhone, i.status.name(), i.createdAt);
        }
    }

    public record DecisionView(long id, String decision, String previousStatus, String reason, String decidedBy,
            String decidedByName, boolean viaApiToken, Instant decidedAt) {

        static DecisionView of(ApprovalDecision d) {
            return new DecisionView(d.id, d.decision.name(), d.previousStatus.name(), d.reason, d.decidedBy.username,
                    d.decidedBy.displayName, d.apiTokenId != null, d.decidedAt);
        }
    }

    public record Pending(List<CompanyView> companies, List<InstitutionView> institutions) {
    }

    public record CompanyApproval(CompanyView company, List<DecisionView> decisions) {
    }

    public record InstitutionApproval(InstitutionView institution, List<DecisionView> decisions) {
    }

    /** {@code verdict}: APPROVE or REJECT; {@code reason}: required to reject, an optional note to approve. */
    public record Decision(String verdict, String reason) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Approvals approvals;

    @GET
    @Transactional
    public Pending pending() {
        Jurisdiction j = Jurisdiction.of(identity);
        return new Pending(approvals.pendingCompanies(j).stream().map(CompanyView::of).toList(),
                approvals.pendingInstitutions(j).stream().map(InstitutionView::of).toList());
    }

    @GET
    @Path("companies/{id}")
    @Transactional
    public CompanyApproval company(@PathParam("id") long id) {
        Company company = approvals.company(Jurisdiction.of(identity), id);
        return new CompanyApproval(CompanyView.of(company),
                ApprovalDecision.ofCompany(company).stream().map(DecisionView::of).toList());
    }

    @GET
    @Path("institutions/{id}")
    @Transactional
    public InstitutionApproval institution(@PathParam("id") long id) {
        Institution institution = approvals.institution(Jurisdiction.of(identity), id);
        return new InstitutionApproval(InstitutionView.of(institution),
                ApprovalDecision.ofInstitution(institution).stream().map(DecisionView::of).toList());
    }

    @POST
    @Path("companies/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response decideOnCompany(@PathParam("id") long id, Decision body) {
        if (body == null) {
            throw AppException.badRequest();
        }
        ApprovalDecision decision = approvals.decideOnCompany(Jurisdiction.of(identity), id,
                Approvals.Verdict.parse(body.verdict()), body.reason(), Caller.decider(identity));
        return Response.status(Response.Status.CREATED).entity(DecisionView.of(decision)).build();
    }

    @POST
    @Path("institutions/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response decideOnInstitution(@PathParam("id") long id, Decision body) {
        if (body == null) {
            throw AppException.badRequest();
        }
        ApprovalDecision decision = approvals.decideOnInstitution(Jurisdiction.of(identity), id,
                Approvals.Verdict.parse(body.verdict()), body.reason(), Caller.decider(identity));
        return Response.status(Response.Status.CREATED).entity(DecisionView.of(decision)).build();
    }
}
