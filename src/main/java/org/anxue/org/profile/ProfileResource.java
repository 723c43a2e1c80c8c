package org.anxue.org.profile;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.anxue.org.Employment;
import org.anxue.org.Person;
import org.anxue.security.Account;
import org.anxue.security.IdentityAttributes;
import org.anxue.web.AppException;

/**
 * The caller's own profile as JSON: who they are, and for workers their person (masked ID
 * number, phone) and every employment, current and past. Workers change their phone number;
 * everyone signed in changes their password. API tokens have no profile (403).
 */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    public record EmploymentView(long companyId, String company, String post, String postKind, String operation,
            String department, LocalDate startDate, LocalDate endDate, boolean current) {

        static EmploymentView of(Employment e) {
            return new EmploymentView(e.company.id, e.company.name, e.post.name, e.postKind.name(),
                    e.operation == null ? null : e.operation.name(),
                    e.department == null ? null : e.department.name, e.startDate, e.endDate, e.isOpen());
        }
    }

    public record PersonView(long id, String name, String maskedIdNumber, String gender, String phone) {

        static PersonView of(Person p) {
            return new PersonView(p.id, p.name, p.identityNumber().masked(), p.gender.name(), p.phone);
        }
    }

    public record Profile(String username, String role, String displayName, PersonView person,
            List<EmploymentView> employments) {
    }

    public record PhoneChange(String phone) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Profiles profiles;

    @GET
    @Path("profile")
    @Transactional
    public Profile profile() {
        Account account = ownAccount(identity);
        Person person = account.person;
        return new Profile(account.username, account.role.name(), account.shownName(),
                person == null ? null : PersonView.of(person),
                person == null ? List.of() : employmentsOf(person).stream().map(EmploymentView::of).toList());
    }

    @PUT
    @Path("phone")
    @Consumes(MediaType.APPLICATION_JSON)
    public PhoneChange phone(PhoneChange body) {
        Account account = ownAccount(identity);
        if (body == null) {
            throw AppException.badRequest();
        }
        return new PhoneChange(profiles.changePhone(account.id, body.phone()));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response password(PasswordChange body) {
        Account account = ownAccount(identity);
        if (body == null) {
            throw AppException.badRequest();
        }
        profiles.changePassword(account.id, body.currentPassword(), body.newPassword(), body.newPassword());
        return Response.noContent().build();
    }

    /** The signed-in account; 403 for API tokens, which act for an organisation, not a person. */
    static Account ownAccount(SecurityIdentity identity) {
        if (identity.getAttribute(IdentityAttributes.API_TOKEN_ID) != null) {
            throw new AppException(403, "prof:tokensHaveNoProfile");
        }
        Account account = Account.findById(identity.<Long>getAttribute(IdentityAttributes.ACCOUNT_ID));
        if (account == null) {
            throw AppException.forbidden();
        }
        return account;
    }

    static List<Employment> employmentsOf(Person person) {
        return Employment.find("select e from Employment e join fetch e.company join fetch e.post"
                + " left join fetch e.department where e.person = ?1 order by e.startDate desc, e.id desc", person).list();
    }
}
