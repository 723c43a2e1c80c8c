package org.anxue.creditbank.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A credit bank for tests: the use cases wired to memory, a city and two counties, and sentences for the
 * common postings. The city's default policy (version 1) is in force from 2020.
 */
final class CreditBank {

    static final String CITY = "city-330100";
    static final String COUNTY_A = "county-330102";
    static final String COUNTY_B = "county-330106";
    static final BureauPath IN_COUNTY_A = BureauPath.of(CITY, COUNTY_A);
    static final BureauPath IN_COUNTY_B = BureauPath.of(CITY, COUNTY_B);
    static final PersonKey WANG = new PersonKey("330102198001011234");
    static final PersonKey LI = new PersonKey("33010619851212567X");
    static final String LOW_VOLTAGE = "低压电工作业";

    static CreditPolicy cityDefaults() {
        return CreditPolicy.withDefaults("city-policy", 1, CITY, LocalDate.of(2020, 1, 1));
    }

    final InMemoryCreditAccounts accounts = new InMemoryCreditAccounts();
    final TestClock clock;
    final List<CreditPolicy> policies = new ArrayList<>();
    private int attempts;

    CreditBank(LocalDate today, CreditPolicy... policies) {
        this.clock = new TestClock(today);
        this.policies.addAll(policies.length == 0 ? List.of(cityDefaults()) : List.of(policies));
    }

    PolicyCatalog catalog() {
        return new PolicyCatalog(policies);
    }

    CreditAccount account(PersonKey person) {
        return accounts.accountOf(person);
    }

    PostingResult online(PersonKey person, LocalDate day, int minutes, boolean testPassed, TrainingType type, String subject) {
        attempts++;
        return new PostingAnOnlineCompletion(accounts, catalog(), clock).post(new PostingAnOnlineCompletion.OnlineCompletion(
                person, IN_COUNTY_A, "course-" + attempts, day, Duration.ofMinutes(minutes), testPassed,
                "attempt-" + attempts, "sessions-" + attempts, type, subject, "learning", "system:learning"));
    }

    PostingResult online(PersonKey person, LocalDate day, int minutes, boolean testPassed) {
        return online(person, day, minutes, testPassed, TrainingType.REFRESHER, "");
    }

    PostingResult offline(PersonKey person, LocalDate day, String hours, TrainingType type, String subject) {
        attempts++;
        return new PostingAnOfflineAttendance(accounts, catalog(), clock).post(new PostingAnOfflineAttendance.OfflineAttendance(
                person, IN_COUNTY_A, "class-" + attempts, "course-" + attempts, "institution-7", day, Hours.of(hours),
                "roster-" + attempts, "officer-zhao", type, subject, "institution:institution-7", "officer-zhao"));
    }

    PostingResult offline(PersonKey person, LocalDate day, String hours) {
        return offline(person, day, hours, TrainingType.REFRESHER, "");
    }

    PostingResult exam(PersonKey person, LocalDate day, boolean passed, TrainingType type, String subject) {
        attempts++;
        return new RecordingAnExamResult(accounts, catalog(), clock).record(new RecordingAnExamResult.ExamTaken(
                person, IN_COUNTY_A, "exam-" + attempts, day, passed, new BigDecimal(passed ? "86" : "52.5"),
                "exam-site-3", "exam-record-" + attempts, type, subject, "exam-site:3", "system:exams"));
    }

    PostingResult certificate(PersonKey person, String operationType, LocalDate issuedOn) {
        return new RecordingACertificate(accounts, catalog(), clock).record(new RecordingACertificate.CertificateIssued(
                person, IN_COUNTY_A, RecordingACertificate.certificateNumberOf(person), operationType, issuedOn,
                "certificate-record-" + issuedOn, "bureau:" + CITY, "officer-zhao"));
    }

    PostingResult grant(PersonKey person, EntryKind kind, String hours, LocalDate day, String officer, String approver) {
        return new GrantingARecognition(accounts, catalog(), clock).grant(new GrantingARecognition.Grant(
                person, IN_COUNTY_A, kind, Hours.of(hours), day, TrainingType.REFRESHER, "",
                "trained by the provincial bureau", "letter-2026-17", officer, approver));
    }

    PostingResult reverse(PersonKey person, long sequence, String reason) {
        return new ReversingAnEntry(accounts, clock).reverse(new ReversingAnEntry.Reverse(
                person, sequence, reason, "ticket-" + sequence, "bureau:" + CITY, "officer-zhao"));
    }

    Statement statement(PersonKey person, PostKind post, IndustryTier tier, TrainingPeriod period) {
        return new ComputingAStatement(accounts, catalog(), clock).compute(
                new ComputingAStatement.StatementRequest(person, IN_COUNTY_A, post, tier, period));
    }

    Statement refresherStatement(PersonKey person, int year) {
        return statement(person, PostKind.PRINCIPAL, IndustryTier.GENERAL, TrainingPeriod.calendarYear(TrainingType.REFRESHER, year));
    }

    static LedgerEntry posted(PostingResult result) {
        if (result instanceof PostingResult.Posted posted) {
            return posted.entry();
        }
        throw new AssertionError("expected a posting, got " + result);
    }

    static String rejection(PostingResult result) {
        if (result instanceof PostingResult.Rejected rejected) {
            return rejected.reason();
        }
        throw new AssertionError("expected a rejection, got " + result);
    }
}
