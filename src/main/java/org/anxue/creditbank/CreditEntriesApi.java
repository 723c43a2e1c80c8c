package org.anxue.creditbank;

import io.quarkus.security.identity.SecurityIdentity;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anxue.creditbank.model.EntryKind;
import org.anxue.creditbank.model.GrantingARecognition;
import org.anxue.creditbank.model.Hours;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PostingAnOfflineAttendance;
import org.anxue.creditbank.model.PostingResult;
import org.anxue.creditbank.model.RecordingACertificate;
import org.anxue.creditbank.model.RecordingAnExamResult;
import org.anxue.creditbank.model.ReversingAnEntry;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.IdentityNumber;
import org.anxue.security.Role;
import org.anxue.web.AppException;

/**
 * Entries posted by people other than the learner: offline classes (recorded by an institution, posted when
 * a bureau officer approves them), and, by a bureau officer for a person of the jurisdiction, exam results,
 * special-operation certificates, recognitions and waivers, and reversals. Bad input is a 400 that
 * changes nothing.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CreditEntriesApi {

    static final int MAX_HOURS = 200;

    public record ClassInput(String course, String trainingType, String startsOn, String endsOn, String hours,
                             List<String> attendees) {
    }

    public record ClassView(long id, String course, String trainingType, LocalDate startsOn, LocalDate endsOn,
                            String hours, String status, int attendees, String checkedBy) {
        static ClassView of(OfflineClasses.OfflineClass k) {
            return new ClassView(k.id(), k.course(), k.trainingType(), k.startsOn(), k.endsOn(),
                    k.hours().setScale(2).toPlainString(), k.status(), k.attendees().size(), k.checkedBy());
        }
    }

    public record CheckInput(Boolean approve, String note) {
    }

    public record CheckOutcome(ClassView offlineClass, int posted, List<String> refused) {
    }

    public record ExamInput(String exam, String takenOn, Boolean passed, String score, String examSite, String evidence,
                            String trainingType, String subject) {
    }

    /**
     * A certificate to record. {@code institutionId}: the approved training institution that trained the holder,
     * by id (12 or "12", or its ledger name "institution-12"); optional, and an unknown one is a 400.
     */
    public record CertificateInput(String certificateNumber, String operationType, String issuedOn, String evidence,
                                   String institutionId) {
        public CertificateInput(String certificateNumber, String operationType, String issuedOn, String evidence) {
            this(certificateNumber, operationType, issuedOn, evidence, null);
        }
    }

    public record RecognitionInput(String kind, String hours, String day, String trainingType, String subject,
                                   String reason, String evidence, String approvedBy) {
    }

    public record ReversalInput(Long sequence, String reason, String evidence) {
    }

    public record PersonFound(long personId, String name) {
    }

    private final CreditBank bank;
    private final CreditAccess access;
    private final OfflineClasses classes;
    private final SecurityIdentity identity;
    private final TrainingInstitutions institutions;

    CreditEntriesApi(CreditBank bank, CreditAccess access, OfflineClasses classes, SecurityIdentity identity,
                     TrainingInstitutions institutions) {
        this.bank = bank;
        this.access = access;
        this.classes = classes;
        this.identity = identity;
        this.institutions = institutions;
    }

    /** A bureau officer or company admin finds a person of their scope by ID number. */
    @GET
    @Path("/credits/people")
    @RolesAllowed({"BUREAU_OFFICER", "COMPANY_ADMIN"})
    @Transactional
    public PersonFound find(@QueryParam("idNumber") String idNumber) {
        People.Person person = personByIdNumber(idNumber);
        access.sightOf(Caller.of(identity), person.id()).orElseThrow(() -> new AppException(404, "credit:unknownPerson", idNumber));
        return new PersonFound(person.id(), person.name());
    }

    // --- offline classes -----------------------------------------------------------------------------

    @POST
    @Path("/credits/offline-classes")
    @RolesAllowed("INSTITUTION_ADMIN")
    @Transactional
    public Response recordClass(ClassInput in) {
        Caller caller = Caller.of(identity);
        if (in == null) {
            throw new AppException(400, "credit:missingField", "course");
        }
        String course = text(in.course(), "course", 200);
        TrainingType type = type(in.trainingType());
        LocalDate from = day(in.startsOn(), "startsOn");
        LocalDate until = day(in.endsOn(), "endsOn");
        if (until.isBefore(from)) {
            throw new AppException(400, "credit:badValue", "endsOn", in.endsOn());
        }
        Hours hours = hours(in.hours());
        if (in.attendees() == null || in.attendees().isEmpty()) {
            throw new AppException(400, "credit:missingField", "attendees");
        }
        List<Long> people = new ArrayList<>();
        for (String idNumber : in.attendees()) {
            people.add(personByIdNumber(idNumber).id());
        }
        long id = classes.record(caller.tenantId(), course, type.name(), from, until, hours.value(), people,
                caller.ledgerName());
        return Response.created(URI.create("/api/credits/offline-classes/" + id))
                .entity(ClassView.of(classes.find(id, false).orElseThrow())).build();
    }

    @GET
    @Path("/credits/offline-classes")
    @RolesAllowed({"INSTITUTION_ADMIN", "BUREAU_OFFICER"})
    @Transactional
    public List<ClassView> listClasses() {
        Caller caller = Caller.of(identity);
        List<OfflineClasses.OfflineClass> found = caller.is(Role.INSTITUTION_ADMIN)
                ? classes.ofInstitution(caller.tenantId()) : classes.inSubtreeOf(caller.tenantId());
        return found.stream().map(ClassView::of).toList();
    }

    @POST
    @Path("/credits/offline-classes/{id}/check")
    @RolesAllowed("BUREAU_OFFICER")
    @Transactional
    public CheckOutcome checkClass(@PathParam("id") long id, CheckInput in) {
        Caller caller = Caller.of(identity);
        OfflineClasses.OfflineClass k = classes.find(id, true)
                .filter(found -> officerPath(caller) != null && found.institutionPath().startsWith(officerPath(caller)))
                .orElseThrow(() -> new AppException(404, "credit:classNotFound"));
        if (!"PENDING".equals(k.status())) {
            throw new AppException(409, "credit:classAlreadyChecked");
        }
        if (in == null || in.approve() == null) {
            throw new AppException(400, "credit:missingField", "approve");
        }
        classes.check(id, in.approve(), caller.ledgerName(), in.note());
        int posted = 0;
        List<String> refused = new ArrayList<>();
        if (in.approve()) {
            for (long personId : k.attendees()) {
                People.Person person = bank.people().byId(personId).orElseThrow();
                PostingResult result = bank.postOffline(new PostingAnOfflineAttendance.OfflineAttendance(person.key(),
                        bank.jurisdictionOf(personId), "offline-class-" + k.id(), k.course(), "institution-" + k.institutionId(),
                        k.endsOn(), new Hours(k.hours()), "offline-class-" + k.id() + "/attendees", caller.ledgerName(),
                        TrainingType.valueOf(k.trainingType()), "", "institution:" + k.institutionId(), caller.ledgerName()));
                if (result instanceof PostingResult.Rejected rejected) {
                    refused.add(person.key().masked() + ": " + rejected.reason());
                } else {
                    posted++;
                }
            }
        }
        return new CheckOutcome(ClassView.of(classes.find(id, false).orElseThrow()), posted, refused);
    }

    // --- entries by a bureau officer ------------------------------------------------------------------

    @POST
    @Path("/credits/people/{personId}/exams")
    @RolesAllowed("BUREAU_OFFICER")
    @Transactional
    public Response exam(@PathParam("personId") long personId, ExamInput in) {
        People.Person person = personInJurisdiction(personId);
        if (in == null || in.passed() == null) {
            throw new AppException(400, "credit:missingField", "passed");
        }
        BigDecimal score = decimal(in.score(), "score");
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2) {
            throw new AppException(400, "credit:badValue", "score", in.score());
        }
        Caller caller = Caller.of(identity);
        return posted(bank.recordExam(new RecordingAnExamResult.ExamTaken(person.key(), bank.jurisdictionOf(personId),
                text(in.exam(), "exam", 100), day(in.takenOn(), "takenOn"), in.passed(), score,
                text(in.examSite(), "examSite", 200), text(in.evidence(), "evidence", 1000), type(in.trainingType()),
                in.subject(), "bureau:" + caller.tenantId(), caller.ledgerName())));
    }

    @POST
    @Path("/credits/people/{personId}/certificates")
    @RolesAllowed("BUREAU_OFFICER")
    @Transactional
    public Response certificate(@PathParam("personId") long personId, CertificateInput in) {
        People.Person person = personInJurisdiction(personId);
        if (in == null) {
            throw new AppException(400, "credit:missingField", "operationType");
        }
        String number = in.certificateNumber() == null || in.certificateNumber().isBlank()
                ? RecordingACertificate.certificateNumberOf(person.key()) : in.certificateNumber().trim().toUpperCase(Locale.ROOT);
        Caller caller = Caller.of(identity);
        String operationType = text(in.operationType(), "operationType", 100);
        LocalDate issuedOn = day(in.issuedOn(), "issuedOn");
        String evidence = text(in.evidence(), "evidence", 1000);
        String institution = trainingInstitution(in.institutionId());
        return posted(bank.recordCertificate(new RecordingACertificate.CertificateIssued(person.key(),
                bank.jurisdictionOf(personId), number, operationType, issuedOn, evidence, "bureau:" + caller.tenantId(),
                caller.ledgerName(), institution)));
    }

    /** The ledger name of the approved institution sent, null when none was sent; 400 when it is not one. */
    private String trainingInstitution(String sent) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        return TrainingInstitutions.parse(sent).stream().boxed().flatMap(id -> institutions.approved(id).stream())
                .findFirst().map(TrainingInstitutions.Option::ref)
                .orElseThrow(() -> new AppException(400, "credit:unknownInstitution",
                        sent.length() > 40 ? sent.substring(0, 40) + "…" : sent.strip()));
    }

    @POST
    @Path("/credits/people/{personId}/recognitions")
    @RolesAllowed("BUREAU_OFFICER")
    @Transactional
    public Response recognition(@PathParam("personId") long personId, RecognitionInput in) {
        People.Person person = personInJurisdiction(personId);
        if (in == null) {
            throw new AppException(400, "credit:missingField", "kind");
        }
        EntryKind kind;
        try {
            kind = EntryKind.valueOf(String.valueOf(in.kind()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppException(400, "credit:badValue", "kind", in.kind());
        }
        Caller caller = Caller.of(identity);
        return posted(bank.grant(new GrantingARecognition.Grant(person.key(), bank.jurisdictionOf(personId), kind,
                hours(in.hours()), day(in.day(), "day"), type(in.trainingType()), in.subject(), in.reason(), in.evidence(),
                caller.ledgerName(), in.approvedBy())));
    }

    @POST
    @Path("/credits/people/{personId}/reversals")
    @RolesAllowed("BUREAU_OFFICER")
    @Transactional
    public Response reversal(@PathParam("personId") long personId, ReversalInput in) {
        People.Person person = personInJurisdiction(personId);
        if (in == null || in.sequence() == null) {
            throw new AppException(400, "credit:missingField", "sequence");
        }
        Caller caller = Caller.of(identity);
        return posted(bank.reverse(new ReversingAnEntry.Reverse(person.key(), in.sequence(), in.reason(), in.evidence(),
                "bureau:" + caller.tenantId(), caller.ledgerName())));
    }

    // --- helpers --------------------------------------------------------------------------------------

    private Response posted(PostingResult result) {
        if (result instanceof PostingResult.Rejected rejected) {
            throw new AppException(400, "credit:refused", rejected.reason());
        }
        LedgerEntry entry = ((PostingResult.Posted) result).entry();
        return Response.status(201).entity(StatementView.EntryView.of(entry, false)).build();
    }

    private People.Person personInJurisdiction(long personId) {
        Caller caller = Caller.of(identity);
        access.sightOf(caller, personId).orElseThrow(AppException::notFound);
        return bank.people().byId(personId).orElseThrow(AppException::notFound);
    }

    private String officerPath(Caller caller) {
        return bank.people().bureauPath(caller.tenantId()).orElse(null);
    }

    private People.Person personByIdNumber(String idNumber) {
        String normal = idNumber == null ? "" : idNumber.trim().toUpperCase(Locale.ROOT);
        if (!IdentityNumber.isValid(normal)) {
            throw new AppException(400, "credit:badIdNumber", idNumber == null ? "" : idNumber);
        }
        return bank.people().byIdNumber(normal).orElseThrow(() -> new AppException(400, "credit:unknownPerson", normal));
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new AppException(400, "credit:missingField", field);
        }
        if (value.length() > max) {
            throw new AppException(400, "credit:badValue", field, value.substring(0, 20) + "…");
        }
        return value.trim();
    }

    static TrainingType type(String value) {
        TrainingType type = CreditApi.trainingType(value);
        if (type == null) {
            throw new AppException(400, "credit:missingField", "trainingType");
        }
        return type;
    }

    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new AppException(400, "credit:missingField", field);
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() < 1990 || day.getYear() > 2100) {
                throw new AppException(400, "credit:badValue", field, value);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new AppException(400, "credit:badValue", field, value);
        }
    }

    static BigDecimal decimal(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new AppException(400, "credit:missingField", field);
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new AppException(400, "credit:badValue", field, value);
        }
    }

    static Hours hours(String value) {
        BigDecimal hours;
        try {
            hours = decimal(value, "hours");
        } catch (AppException e) {
            throw new AppException(400, "credit:hoursOutOfRange", String.valueOf(value), MAX_HOURS);
        }
        if (hours.compareTo(new BigDecimal("0.5")) < 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0
                || hours.stripTrailingZeros().scale() > 2) {
            throw new AppException(400, "credit:hoursOutOfRange", value, MAX_HOURS);
        }
        return new Hours(hours);
    }
}
