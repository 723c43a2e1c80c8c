package org.anxue.creditbank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.anxue.creditbank.model.CertificateRecorded;
import org.anxue.creditbank.model.CertificateReminders;
import org.anxue.creditbank.model.CreditAccount;
import org.anxue.creditbank.model.IssuedStatement;
import org.anxue.creditbank.model.ReviewProgress;
import org.anxue.creditbank.model.Statement;
import org.anxue.creditbank.model.VerificationCode;
import org.anxue.web.AppException;
import org.anxue.web.QrCodes;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The credit bank's pages: a worker's own account (/my/credits), a person's account for their company or
 * bureau (/credits/people/{id}), an issued statement with its QR code (/credits/statements/{code}), and the
 * public check of a code (/verify/{code}).
 */
@Path("/")
public class CreditPages {

    /** A certificate held, with the reminders due and the review progress; institution: its name, or null. */
    public record CertificateView(String number, String operation, String issuedOn, String validUntil,
                                  String institution) {
    }

    public record ReminderView(boolean review, String operation, String dueOn, long daysLeft) {
    }

    public record ReviewView(String operation, String due, String credited, String required, boolean examPassed,
                             boolean complete) {
    }

    public record IssuedView(String code, String display, String status, String issuedAt, String trainingType,
                             String periodFrom, String periodUntil) {
        static IssuedView of(IssuedStatement i) {
            return new IssuedView(i.code().value(), i.code().display(), i.status().name(), i.issuedAt().toString(),
                    i.statement().period().type().name(), i.statement().period().from().toString(),
                    i.statement().period().until().toString());
        }
    }

    public record AccountPage(long personId, String name, boolean own, boolean officer, StatementView statement,
                              List<CertificateView> certificates, List<ReminderView> reminders, ReviewView review,
                              List<IssuedView> issued, List<TrainingInstitutions.Option> institutions) {
    }

    public record VerifyPage(String typed, CreditApi.VerificationAnswer answer) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountPage page);

        static native TemplateInstance statement(StatementView statement, String verifyUrl, String qrSvg);

        static native TemplateInstance verify(VerifyPage page);
    }

    private final Statements statements;
    private final CreditAccess access;
    private final CreditBank bank;
    private final StatementPdf pdf;
    private final CreditBankConfig config;
    private final SecurityIdentity identity;
    private final TrainingInstitutions institutions;

    CreditPages(Statements statements, CreditAccess access, CreditBank bank, StatementPdf pdf, CreditBankConfig config,
                SecurityIdentity identity, TrainingInstitutions institutions) {
        this.institutions = institutions;
        this.statements = statements;
        this.access = access;
        this.bank = bank;
        this.pdf = pdf;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("my/credits")
    @RolesAllowed("WORKER")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance mine(@QueryParam("year") Integer year, @QueryParam("type") String type) {
        return Templates.account(page(Caller.of(identity).tenantId(), year, type));
    }

    @GET
    @Path("credits/people/{personId}")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance person(@PathParam("personId") long personId, @QueryParam("year") Integer year,
                                   @QueryParam("type") String type) {
        return Templates.account(page(personId, year, type));
    }

    @POST
    @Path("credits/people/{personId}/statements")
    @Authenticated
    public Response issue(@PathParam("personId") long personId, @RestForm Integer year, @RestForm String type) {
        access.sightOf(Caller.of(identity), personId).orElseThrow(AppException::notFound);
        IssuedStatement issued = statements.issue(statements.requestFor(personId, year, CreditApi.trainingType(type)),
                Caller.of(identity));
        return Response.seeOther(URI.create("/credits/statements/" + issued.code().value())).build();
    }

    @GET
    @Path("credits/statements/{code}")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance statement(@PathParam("code") String code, @Context UriInfo uri) {
        IssuedStatement issued = statements.byCode(code).orElseThrow(AppException::notFound);
        long personId = bank.people().byIdNumber(issued.statement().person().value()).orElseThrow(AppException::notFound).id();
        CreditAccess.Sight sight = access.sightOf(Caller.of(identity), personId).orElseThrow(AppException::notFound);
        String name = bank.people().byId(personId).map(People.Person::name).orElse("");
        String url = pdf.verifyUrl(uri.getBaseUri(), issued.code().value());
        return Templates.statement(StatementView.of(issued.statement(), issued, name, sight), url, QrCodes.svg(url));
    }

    @GET
    @Path("verify")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response verifyForm(@QueryParam("code") String code) {
        if (code != null && !code.isBlank()) {
            return Response.seeOther(URI.create("/verify/" + code.replaceAll("[^0-9A-Za-z-]", ""))).build();
        }
        return Response.ok(Templates.verify(new VerifyPage(null, null))).build();
    }

    @GET
    @Path("verify/{code}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response verify(@PathParam("code") String code) {
        CreditApi.VerificationAnswer answer = CreditApi.answer(statements.check(code), code);
        return Response.ok(Templates.verify(new VerifyPage(code, answer))).header("Cache-Control", "no-store").build();
    }

    private AccountPage page(long personId, Integer year, String type) {
        Caller caller = Caller.of(identity);
        CreditAccess.Sight sight = access.sightOf(caller, personId).orElseThrow(AppException::notFound);
        People.Person person = bank.people().byId(personId).orElseThrow(AppException::notFound);
        Statement statement = statements.compute(statements.requestFor(personId, year, CreditApi.trainingType(type)));
        CreditAccount account = bank.ledger().read(person.key());
        List<CertificateRecorded> held = account.currentCertificates();
        List<CertificateView> certificates = held.stream().map(c -> new CertificateView(c.certificateNumber(),
                c.operationType(), c.issuedOn().toString(), c.validUntil().toString(),
                institutions.nameOf(c.institutionId()).orElse(c.institutionId()))).toList();
        List<ReminderView> reminders = CertificateReminders.due(bank.today(), held, config.reminderLeadDays()).stream()
                .map(r -> new ReminderView(r.kind() == CertificateReminders.ReminderKind.REVIEW, r.operationType(),
                        r.dueOn().toString(), r.daysLeft())).toList();
        ReviewProgress progress = statement.reviewProgress();
        ReviewView review = progress == null ? null : new ReviewView(progress.operationType(), progress.reviewDue().toString(),
                progress.creditedHours().canonical(), progress.requiredHours().canonical(), progress.examPassed(),
                progress.isComplete());
        List<IssuedView> issued = statements.issuedFor(personId).stream().map(IssuedView::of).toList();
        boolean officer = caller.is(org.anxue.security.Role.BUREAU_OFFICER);
        return new AccountPage(personId, person.name(), caller.tenantId() == personId && caller.is(org.anxue.security.Role.WORKER),
                officer, StatementView.of(statement, null, person.name(), sight), certificates, reminders, review, issued,
                officer ? institutions.approved() : List.of());
    }

    static boolean isCode(String code) {
        return VerificationCode.parse(code).isPresent();
    }
}
