package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.anxue.creditbank.model.BureauPath;
import org.anxue.creditbank.model.ComputingAStatement;
import org.anxue.creditbank.model.GrantingARecognition;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.creditbank.model.PostingAnOfflineAttendance;
import org.anxue.creditbank.model.PostingAnOnlineCompletion;
import org.anxue.creditbank.model.PostingResult;
import org.anxue.creditbank.model.RecordingACertificate;
import org.anxue.creditbank.model.RecordingAnExamResult;
import org.anxue.creditbank.model.ReversingAnEntry;
import org.anxue.creditbank.model.Statement;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.learning.CourseCompleted;

/**
 * The credit bank's use cases on the stored ledger and policies: each call loads what the model needs,
 * lets the model decide, and stores the result in the caller's transaction.
 */
@ApplicationScoped
public class CreditBank {

    public static final String LEARNING_SOURCE = "learning";
    public static final String LEARNING_POSTER = "system:learning";

    private final Ledger ledger;
    private final Policies policies;
    private final People people;
    private final Clock clock;

    CreditBank(Ledger ledger, Policies policies, People people, CreditBankConfig config) {
        this.ledger = ledger;
        this.policies = policies;
        this.people = people;
        this.clock = Clock.system(ZoneId.of(config.zone()));
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The online entry of a completed course. Raw hours are the study time the learning feature credited,
     * in 学时 of the policy's minutes (not the course's declared hours: only verified time counts, see
     * DOMAIN.md "What counts as study time"); credited = raw × the policy's conversion ratio, since the
     * event means the final test was passed. The period is the calendar year (or review cycle) of the
     * completion day; a REVIEW course counts toward the certificate of the person's special operation.
     */
    public PostingResult postCompletion(CourseCompleted done) {
        People.Person person = people.byId(done.personId()).orElseThrow(() ->
                new IllegalStateException("course completed by unknown person " + done.personId()));
        TrainingType type = TrainingType.valueOf(done.trainingType());
        String subject = "";
        if (type == TrainingType.REVIEW) {
            subject = people.jobs(done.personId()).stream().filter(j -> j.operation() != null)
                    .map(People.Job::operation).findFirst().orElse("");
        }
        String sessions = "sessions:" + done.sessionIds().stream().map(Object::toString).collect(Collectors.joining(","));
        var completion = new PostingAnOnlineCompletion.OnlineCompletion(person.key(), people.jurisdictionOf(done.personId()),
                "course-" + done.courseId() + "/v" + done.courseVersionId(), LocalDate.ofInstant(done.completedAt(), clock.getZone()),
                Duration.ofSeconds(done.studiedSeconds()), true, "test-attempt-" + done.testAttemptId(), sessions, type,
                subject, LEARNING_SOURCE, LEARNING_POSTER);
        return new PostingAnOnlineCompletion(ledger, policies.catalog(), clock).post(completion);
    }

    public PostingResult postOffline(PostingAnOfflineAttendance.OfflineAttendance attendance) {
        return new PostingAnOfflineAttendance(ledger, policies.catalog(), clock).post(attendance);
    }

    public PostingResult recordExam(RecordingAnExamResult.ExamTaken exam) {
        return new RecordingAnExamResult(ledger, policies.catalog(), clock).record(exam);
    }

    public PostingResult recordCertificate(RecordingACertificate.CertificateIssued certificate) {
        return new RecordingACertificate(ledger, policies.catalog(), clock).record(certificate);
    }

    public PostingResult grant(GrantingARecognition.Grant grant) {
        return new GrantingARecognition(ledger, policies.catalog(), clock).grant(grant);
    }

    public PostingResult reverse(ReversingAnEntry.Reverse reverse) {
        return new ReversingAnEntry(ledger, clock).reverse(reverse);
    }

    /** A statement computed now (not issued). */
    public Statement statement(ComputingAStatement.StatementRequest request) {
        return new ComputingAStatement(ledger.reading(), policies.catalog(), clock).compute(request);
    }

    /** A statement under a given catalog (the policy preview computes under a catalog not yet stored). */
    public Statement statement(ComputingAStatement.StatementRequest request, PolicyCatalog catalog) {
        return new ComputingAStatement(ledger.reading(), catalog, clock).compute(request);
    }

    public BureauPath jurisdictionOf(long personId) {
        return people.jurisdictionOf(personId);
    }

    public Ledger ledger() {
        return ledger;
    }

    public Policies policies() {
        return policies;
    }

    public People people() {
        return people;
    }

    PersonKey keyOf(long personId) {
        return people.byId(personId).map(People.Person::key).orElseThrow();
    }
}
