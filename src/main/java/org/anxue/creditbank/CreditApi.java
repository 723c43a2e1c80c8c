package org.anxue.creditbank;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.anxue.creditbank.model.CheckingAVerificationCode.CodeCheck;
import org.anxue.creditbank.model.ChainVerdict;
import org.anxue.creditbank.model.ComputingAStatement;
import org.anxue.creditbank.model.IssuedStatement;
import org.anxue.creditbank.model.Statement;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.security.Role;
import org.anxue.web.AppException;

/**
 * The credit bank's JSON API: statements of a person (computed, issued, as PDF), the public check of a
 * verification code, and the ledger verification for platform admins and bureau officers.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CreditApi {

    /** Optional choice of period when a statement is asked for. */
    public record StatementAsk(Integer year, String type) {
    }

    public record Revocation(String reason) {
    }

    /** What anyone learns from a code: as little as needed (the ID number masked). */
    public record VerificationAnswer(String code, String result, boolean authentic, String status, String maskedIdNumber,
                                     String post, String tier, String trainingType, String periodFrom,
                                     String periodUntil, String policyVersion, String required, String total,
                                     String missing, String compliance, Instant issuedAt, String digest) {
    }

    public record BrokenView(String idNumber, long sequence, String reason, String explanation) {
    }

    public record VerificationReport(boolean intact, long accounts, long entries, String root, long treeSize,
                                     Long lastRootId, String lastRootHash, boolean lastRootReproduced,
                                     List<BrokenView> broken, long millis, Long storedRootId) {
    }

    private final Statements statements;
    private final CreditAccess access;
    private final CreditBank bank;
    private final Audits audits;
    private final StatementPdf pdf;
    private final Standings standings;
    private final SecurityIdentity identity;

    CreditApi(Statements statements, CreditAccess access, CreditBank bank, Audits audits, StatementPdf pdf,
              Standings standings, SecurityIdentity identity) {
        this.standings = standings;
        this.statements = statements;
        this.access = access;
        this.bank = bank;
        this.audits = audits;
        this.pdf = pdf;
        this.identity = identity;
    }

    @GET
    @Path("/credits/me/statement")
    @RolesAllowed("WORKER")
    @Transactional
    public StatementView myStatement(@QueryParam("year") Integer year, @QueryParam("type") String type) {
        return statement(Caller.of(identity).tenantId(), year, type);
    }

    @GET
    @Path("/credits/people/{personId}/statement")
    @Authenticated
    @Transactional
    public StatementView statement(@PathParam("personId") long personId, @QueryParam("year") Integer year,
                                   @QueryParam("type") String type) {
        CreditAccess.Sight sight = sight(personId);
        Statement statement = statements.compute(statements.requestFor(personId, year, trainingType(type)));
        return StatementView.of(statement, null, name(personId), sight);
    }

    @POST
    @Path("/credits/people/{personId}/statements")
    @Authenticated
    public Response issue(@PathParam("personId") long personId, StatementAsk ask) {
        CreditAccess.Sight sight = sight(personId);
        ComputingAStatement.StatementRequest request = statements.requestFor(personId, ask == null ? null : ask.year(),
                trainingType(ask == null ? null : ask.type()));
        IssuedStatement issued = statements.issue(request, Caller.of(identity));
        return Response.created(URI.create("/api/credits/statements/" + issued.code().value()))
                .entity(StatementView.of(issued.statement(), issued, name(personId), sight)).build();
    }

    @GET
    @Path("/credits/statements/{code}")
    @Authenticated
    @Transactional
    public StatementView issued(@PathParam("code") String code) {
        IssuedStatement issued = visibleStatement(code);
        long personId = personIdOf(issued);
        return StatementView.of(issued.statement(), issued, name(personId), sight(personId));
    }

    @GET
    @Path("/credits/statements/{code}/pdf")
    @Produces("application/pdf")
    @Authenticated
    @Transactional
    public Response issuedPdf(@PathParam("code") String code, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        IssuedStatement issued = visibleStatement(code);
        long personId = personIdOf(issued);
        StatementView view = StatementView.of(issued.statement(), issued, name(personId), sight(personId));
        byte[] bytes = pdf.render(view, pdf.verifyUrl(uri.getBaseUri(), issued.code().value()));
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"statement-" + issued.code().value() + ".pdf\"").build();
    }

    @POST
    @Path("/credits/statements/{code}/revocation")
    @RolesAllowed("BUREAU_OFFICER")
    public StatementView revoke(@PathParam("code") String code, Revocation revocation) {
        IssuedStatement issued = visibleStatement(code);
        IssuedStatement revoked = statements.revoke(issued.code(), revocation == null ? null : revocation.reason(),
                Caller.of(identity));
        long personId = personIdOf(issued);
        return StatementView.of(revoked.statement(), revoked, name(personId), sight(personId));
    }

    @GET
    @Path("/verifications/{code}")
    @PermitAll
    public Response verification(@PathParam("code") String code) {
        VerificationAnswer answer = answer(statements.check(code), code);
        return Response.ok(answer).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/credits/company/standings")
    @RolesAllowed("COMPANY_ADMIN")
    public List<StatusReport.PersonStatus> companyStandings(@QueryParam("year") Integer year) {
        return standings.ofCompany(Caller.of(identity).tenantId(), year);
    }

    @GET
    @Path("/credits/bureau/standings")
    @RolesAllowed("BUREAU_OFFICER")
    public StatusReport.Counts bureauStandings(@QueryParam("year") Integer year) {
        return standings.ofBureau(Caller.of(identity).tenantId(), year);
    }

    @GET
    @Path("/credits/verification")
    @RolesAllowed({"PLATFORM_ADMIN", "BUREAU_OFFICER"})
    public VerificationReport verifyLedger() {
        return report(audits.verify(), null);
    }

    @POST
    @Path("/credits/roots")
    @RolesAllowed("PLATFORM_ADMIN")
    public VerificationReport computeRoot() {
        Audits.RootOutcome outcome = audits.computeRoot("ON_DEMAND");
        return report(outcome.check(), outcome.rootId());
    }

    VerificationReport report(LedgerCheck.Result r, Long storedRootId) {
        boolean full = Caller.of(identity) != null && Caller.of(identity).is(Role.PLATFORM_ADMIN);
        List<BrokenView> broken = r.broken().stream().map(b -> new BrokenView(full ? b.person().value() : b.person().masked(),
                b.sequence(), b.reason().name(), b.explanation())).toList();
        return new VerificationReport(r.intact(), r.accounts(), r.entries(), r.root(), r.treeSize(), r.lastRootId(),
                r.lastRootHash(), r.lastRootReproduced(), broken, r.millis(), storedRootId);
    }

    static VerificationAnswer answer(CodeCheck check, String typed) {
        if (check instanceof CodeCheck.Found found) {
            var s = found.statement();
            String result = !found.authentic() ? "NOT_AUTHENTIC" : found.status().name();
            return new VerificationAnswer(typed, result, found.authentic(), found.status().name(), s.maskedPerson(),
                    s.post().name(), s.tier().name(), s.period().type().name(), s.period().from().toString(),
                    s.period().until().toString(), s.policyVersion().canonical(), s.required().canonical(),
                    s.total().canonical(), s.missing().canonical(), s.compliance().name(), s.issuedAt(), s.digest());
        }
        return new VerificationAnswer(typed, "UNKNOWN", false, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private IssuedStatement visibleStatement(String code) {
        IssuedStatement issued = statements.byCode(code).orElseThrow(AppException::notFound);
        sight(personIdOf(issued));
        return issued;
    }

    private long personIdOf(IssuedStatement issued) {
        return bank.people().byIdNumber(issued.statement().person().value()).orElseThrow(AppException::notFound).id();
    }

    private CreditAccess.Sight sight(long personId) {
        return access.sightOf(Caller.of(identity), personId).orElseThrow(AppException::notFound);
    }

    private String name(long personId) {
        return bank.people().byId(personId).map(People.Person::name).orElse("");
    }

    static TrainingType trainingType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return TrainingType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppException(400, "credit:unknownTrainingType", type);
        }
    }

    static String firstBreak(List<ChainVerdict.Broken> broken) {
        return broken.isEmpty() ? "" : broken.get(0).explanation();
    }
}
