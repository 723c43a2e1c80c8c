package org.anxue.org.profile;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anxue.org.Company;
import org.anxue.org.Employment;
import org.anxue.org.Person;
import org.anxue.org.admin.ApprovalDecision;
import org.anxue.web.AppException;

/**
 * The archives as JSON: 一人一档 ({@code /api/archives/people/{id}}, or by ID number) and 一企一档
 * ({@code /api/archives/companies/{id}}). They hold what is on record today: identity and company
 * facts, employment history, approval decisions. The sections that later features fill (courses,
 * credited hours, exams, certificates, assignments, inspections) are named in
 * {@code sectionsToCome}: there is no data for them yet, and none is made up.
 */
@Path("/api/archives")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    /** The sections of a person's archive that later features fill. */
    public static final List<String> PERSON_SECTIONS_TO_COME = List.of("COURSES", "CREDITED_HOURS", "EXAMS", "CERTIFICATES");
    /** The sections of a company's archive that later features fill. */
    public static final List<String> COMPANY_SECTIONS_TO_COME = List.of("TRAINING_ASSIGNMENTS", "COMPLIANCE", "EXAMS_AND_CERTIFICATES",
            "INSPECTIONS");

    public record PersonArchive(long id, String name, String maskedIdNumber, String gender, int birthYear, String phone,
            boolean wholeHistory, List<ProfileResource.EmploymentView> employments, List<String> sectionsToCome) {
    }

    public record EmployeeView(long personId, String name, String maskedIdNumber, String post, String postKind,
            String department, LocalDate since) {

        static EmployeeView of(Employment e) {
            return new EmployeeView(e.person.id, e.person.name, e.person.identityNumber().masked(), e.post.name,
                    e.postKind.name(), e.department == null ? null : e.department.name, e.startDate);
        }
    }

    public record DecisionView(String decision, String reason, String decidedBy, Instant decidedAt) {
    }

    public record CompanyArchive(long id, String name, String creditCode, String industry, String riskTier,
            String scale, boolean productionProcessing, String bureau, String address, String contactPhone,
            String approvalStatus, List<DecisionView> decisions,
            long currentEmployees, Map<String, Long> currentEmployeesByPostKind, int page, List<EmployeeView> employees,
            List<String> sectionsToCome) {
    }

    /** Employees listed per page of the company archive. */
    static final int PAGE_SIZE = 50;

    @Inject
    SecurityIdentity identity;

    @Inject
    Archives archives;

    @Inject
    CompanySizes sizes;

    @GET
    @Path("people/{id}")
    @Transactional
    public PersonArchive person(@PathParam("id") long id) {
        return personArchive(archives.person(identity, id));
    }

    @GET
    @Path("people")
    @Transactional
    public PersonArchive personByIdNumber(@QueryParam("idNumber") String idNumber) {
        return personArchive(archives.personByIdNumber(identity, idNumber));
    }

    @GET
    @Path("companies/{id}")
    @Transactional
    public CompanyArchive company(@PathParam("id") long id, @QueryParam("page") int page) {
        Company c = archives.company(identity, id);
        int from = Math.max(0, page);
        Map<String, Long> byKind = new TreeMap<>();
        for (Archives.KindCount row : archives.countsByPostKind(c)) {
            byKind.put(row.kind().name(), row.count());
        }
        return new CompanyArchive(c.id, c.name, c.creditCode, c.industry.name(), c.riskTier.name(),
                c.scale == null ? null : c.scale.name(), c.productionProcessing, c.bureau.name,
                c.address, c.contactPhone, c.approvalStatus.name(),
                ApprovalDecision.ofCompany(c).stream().map(d -> new DecisionView(d.decision.name(), d.reason,
                        d.decidedBy.displayName, d.decidedAt)).toList(),
                archives.currentEmployeeCount(c), byKind, from,
                archives.currentEmployees(c, from, PAGE_SIZE).stream().map(EmployeeView::of).toList(),
                COMPANY_SECTIONS_TO_COME);
    }

    /** A company's size as JSON: {@code scale} LARGE/MEDIUM/SMALL/MICRO or null (not recorded), {@code productionProcessing} true/false. */
    public record CompanySize(String scale, Boolean productionProcessing) {
    }

    /** Records a company's size and production/processing flag (same callers as the archive; bad values 400). */
    @PUT
    @Path("companies/{id}/size")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanySize companySize(@PathParam("id") long id, CompanySize body) {
        if (body == null) {
            throw new AppException(400, "adm:badScale");
        }
        Company c = sizes.set(identity, id, body.scale(), body.productionProcessing());
        return new CompanySize(c.scale == null ? null : c.scale.name(), c.productionProcessing);
    }

    private PersonArchive personArchive(Person p) {
        return new PersonArchive(p.id, p.name, p.identityNumber().masked(), p.gender.name(), p.birthDate.getYear(),
                p.phone, archives.seesWholeHistory(identity),
                archives.employments(identity, p).stream().map(ProfileResource.EmploymentView::of).toList(),
                PERSON_SECTIONS_TO_COME);
    }
}
