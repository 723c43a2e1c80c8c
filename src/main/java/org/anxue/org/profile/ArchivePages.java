package org.anxue.org.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import org.anxue.org.Company;
import org.anxue.org.Employment;
import org.anxue.org.Person;
import org.anxue.org.admin.ApprovalDecision;

/**
 * The archive pages: 一人一档 for a person and 一企一档 for a company, with the facts on record and
 * clearly labelled empty sections for what later features add. Who sees what: {@link Archives}.
 */
@Path("/archives")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArchivePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance person(Person person, List<Employment> employments, boolean wholeHistory);

        static native TemplateInstance company(Company company, List<ApprovalDecision> decisions, long employeeCount,
                List<Archives.KindCount> byPostKind, List<Employment> employees, int page, boolean hasNext, boolean sizeSaved);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Archives archives;

    @Inject
    CompanySizes sizes;

    @GET
    @Path("people/{id}")
    @Transactional
    public String person(@PathParam("id") long id) {
        Person person = archives.person(identity, id);
        return Templates.person(person, archives.employments(identity, person), archives.seesWholeHistory(identity))
                .render();
    }

    /** Opens a person's archive by their ID number (typed by a company admin or a bureau officer). */
    @GET
    @Path("people")
    @Transactional
    public Response personByIdNumber(@QueryParam("idNumber") String idNumber) {
        Person person = archives.personByIdNumber(identity, idNumber);
        return Response.seeOther(URI.create("/archives/people/" + person.id)).build();
    }

    @GET
    @Path("companies/{id}")
    @Transactional
    public String company(@PathParam("id") long id, @QueryParam("page") int page, @QueryParam("done") String done) {
        Company company = archives.company(identity, id);
        int from = Math.max(0, page);
        long count = archives.currentEmployeeCount(company);
        return Templates.company(company, ApprovalDecision.ofCompany(company), count, archives.countsByPostKind(company),
                archives.currentEmployees(company, from, ArchiveResource.PAGE_SIZE), from,
                (long) (from + 1) * ArchiveResource.PAGE_SIZE < count, "size".equals(done)).render();
    }

    /** The company's size and production/processing flag, from the form on its archive page. */
    @POST
    @Path("companies/{id}/size")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response companySize(@PathParam("id") long id, @FormParam("scale") String scale,
            @FormParam("productionProcessing") String productionProcessing) {
        sizes.set(identity, id, scale, CompanySizes.parseFlag(productionProcessing));
        return Response.seeOther(URI.create("/archives/companies/" + id + "?done=size")).build();
    }

    /** A company admin's own 一企一档. */
    @GET
    @Path("company")
    @RolesAllowed("COMPANY_ADMIN")
    public Response ownCompany() {
        return Response.seeOther(URI.create("/archives/companies/" + Archives.tenantId(identity))).build();
    }
}
