package org.anxue.org.profile;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anxue.org.Company;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Person;
import org.anxue.org.PostKind;
import org.anxue.org.admin.Jurisdiction;
import org.anxue.security.IdentityAttributes;
import org.anxue.security.Role;
import org.anxue.web.AppException;

/**
 * Who may open which archive (一人一档, 一企一档), and what of it they see.
 * <ul>
 * <li>a worker: their own person;</li>
 * <li>a company admin: the people the company employs now, and their employment with this
 * company only; their own company;</li>
 * <li>a bureau: the people employed (now or before) by companies of its jurisdiction, and those
 * employments only; the companies of its jurisdiction;</li>
 * <li>the platform admin: everyone and everything.</li>
 * </ul>
 * Anything else answers 404, as if it did not exist; training institutions have no archives here (403).
 */
@ApplicationScoped
public class Archives {

    /** The person with {@code id} if the caller may open their archive; 404 otherwise. */
    public Person person(SecurityIdentity identity, long id) {
        Role role = roleOf(identity);
        Person person = Person.findById(id);
        if (person == null) {
            throw AppException.notFound();
        }
        boolean visible = switch (role) {
            case WORKER -> id == tenantId(identity);
            case COMPANY_ADMIN -> Employment.count("person = ?1 and company.id = ?2 and endDate is null",
                    person, tenantId(identity)) > 0;
            case BUREAU_OFFICER -> Employment.count("person = ?1 and company.bureau.path like ?2",
                    person, Jurisdiction.of(identity).pathPrefix() + "%") > 0;
            case PLATFORM_ADMIN -> true;
            case INSTITUTION_ADMIN -> throw AppException.forbidden();
        };
        if (!visible) {
            throw AppException.notFound();
        }
        return person;
    }

    /** The person whose ID number was typed, if the caller may open their archive; 404 otherwise. */
    public Person personByIdNumber(SecurityIdentity identity, String idNumber) {
        roleOf(identity);
        if (idNumber == null || !IdentityNumber.isValid(idNumber)) {
            throw new AppException(400, "prof:badIdNumber");
        }
        Person person = Person.findByIdNumber(IdentityNumber.parse(idNumber)).orElseThrow(AppException::notFound);
        return person(identity, person.id);
    }

    /** The employments of {@code person} the caller may see, most recent first. */
    public List<Employment> employments(SecurityIdentity identity, Person person) {
        String fetch = "select e from Employment e join fetch e.company c join fetch e.post left join fetch e.department"
                + " where e.person = ?1";
        String order = " order by e.startDate desc, e.id desc";
        return switch (roleOf(identity)) {
            case WORKER, PLATFORM_ADMIN -> Employment.find(fetch + order, person).list();
            case COMPANY_ADMIN -> Employment.find(fetch + " and c.id = ?2" + order, person, tenantId(identity)).list();
            case BUREAU_OFFICER -> Employment.find(fetch + " and c.bureau.path like ?2" + order, person,
                    Jurisdiction.of(identity).pathPrefix() + "%").list();
            case INSTITUTION_ADMIN -> throw AppException.forbidden();
        };
    }

    /** Whether the caller sees every employment of a person, or only those within their reach. */
    public boolean seesWholeHistory(SecurityIdentity identity) {
        Role role = roleOf(identity);
        return role == Role.WORKER || role == Role.PLATFORM_ADMIN;
    }

    /** The company with {@code id} if the caller may open its archive; 404 otherwise, 403 for workers and institutions. */
    public Company company(SecurityIdentity identity, long id) {
        Role role = roleOf(identity);
        if (role == Role.WORKER || role == Role.INSTITUTION_ADMIN) {
            throw AppException.forbidden();
        }
        Company company = Company.findById(id);
        if (company == null) {
            throw AppException.notFound();
        }
        boolean visible = switch (role) {
            case COMPANY_ADMIN -> id == tenantId(identity);
            case BUREAU_OFFICER -> Jurisdiction.of(identity).covers(company.bureau);
            default -> true;
        };
        if (!visible) {
            throw AppException.notFound();
        }
        return company;
    }

    /** The company's current employments, by name, one page of {@code size} from {@code page} (0-based). */
    public List<Employment> currentEmployees(Company company, int page, int size) {
        return Employment.find("select e from Employment e join fetch e.person p join fetch e.post"
                        + " left join fetch e.department where e.company = ?1 and e.endDate is null order by p.name, e.id",
                company).page(page, size).list();
    }

    public long currentEmployeeCount(Company company) {
        return Employment.count("company = ?1 and endDate is null", company);
    }

    /** How many current employees hold a kind of post. */
    public record KindCount(PostKind kind, long count) {
    }

    /** How many current employees hold each kind of post, in the order of {@link PostKind}. */
    public List<KindCount> countsByPostKind(Company company) {
        Map<PostKind, Long> counts = new EnumMap<>(PostKind.class);
        for (Object[] row : Employment.getEntityManager().createQuery("select e.postKind, count(e) from Employment e"
                + " where e.company = ?1 and e.endDate is null group by e.postKind", Object[].class)
                .setParameter(1, company).getResultList()) {
            counts.put((PostKind) row[0], (Long) row[1]);
        }
        return counts.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList();
    }

    static Role roleOf(SecurityIdentity identity) {
        for (Role role : Role.values()) {
            if (identity.hasRole(role.name())) {
                return role;
            }
        }
        throw AppException.forbidden();
    }

    static long tenantId(SecurityIdentity identity) {
        return identity.<Long>getAttribute(IdentityAttributes.TENANT_ID);
    }
}
