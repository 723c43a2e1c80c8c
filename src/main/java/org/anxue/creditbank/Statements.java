package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxue.creditbank.model.CheckingAVerificationCode;
import org.anxue.creditbank.model.ComputingAStatement;
import org.anxue.creditbank.model.CreditAccount;
import org.anxue.creditbank.model.CreditPolicy;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.IssuedStatement;
import org.anxue.creditbank.model.IssuingAStatement;
import org.anxue.creditbank.model.PeriodRule;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.RevokingAStatement;
import org.anxue.creditbank.model.RuleViolation;
import org.anxue.creditbank.model.Statement;
import org.anxue.creditbank.model.TrainingPeriod;
import org.anxue.creditbank.model.TrainingPeriods;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.creditbank.model.VerificationCode;
import org.anxue.web.AppException;

/**
 * Statements (学时证明) of stored accounts: which one a person owes (from their current post), computed,
 * issued under a verification code, checked by code, revoked.
 */
@ApplicationScoped
public class Statements {

    private final CreditBank bank;
    private final IssuedStatementStore issued;
    private final SecureRandom random = new SecureRandom();

    Statements(CreditBank bank, IssuedStatementStore issued) {
        this.bank = bank;
        this.issued = issued;
    }

    /**
     * The statement request for a person: post and tier of the current (else latest) employment; the
     * training type its post owes each year (refresher for principals and managers, routine for other
     * employees, the certificate review for a special-operation worker who holds the certificate); the
     * period containing today, or the calendar year {@code year}.
     */
    public ComputingAStatement.StatementRequest requestFor(long personId, Integer year, TrainingType type) {
        People.Person person = bank.people().byId(personId).orElseThrow(AppException::notFound);
        List<People.Job> jobs = bank.people().jobs(personId);
        People.Job job = jobs.isEmpty() ? null : jobs.get(0);
        PostKind post = job == null ? PostKind.GENERAL_WORKER : job.post();
        IndustryTier tier = job == null ? IndustryTier.GENERAL : job.tier();
        var jurisdiction = bank.people().jurisdictionOf(personId);
        LocalDate today = bank.today();
        CreditAccount account = bank.ledger().read(person.key());
        int theYear = year == null ? today.getYear() : year;
        if (theYear < 2000 || theYear > today.getYear() + 1) {
            throw new AppException(400, "credit:yearOutOfRange", theYear);
        }
        CreditPolicy policy = bank.policies().catalog().inForce(jurisdiction, StatusReport.reference(theYear, today))
                .orElseThrow(() -> new AppException(400, "credit:noPolicy"));
        StatusReport.Choice choice = StatusReport.choose(account, post, job == null ? null : job.operation(), tier, policy,
                theYear, type, today);
        if (choice == null) {
            throw new AppException(400, "credit:refused", "no certificate review period contains today");
        }
        return new ComputingAStatement.StatementRequest(person.key(), jurisdiction, choice.post(), choice.tier(),
                choice.period());
    }

    public Statement compute(ComputingAStatement.StatementRequest request) {
        try {
            return bank.statement(request);
        } catch (RuleViolation e) {
            throw new AppException(400, "credit:refused", e.getMessage());
        }
    }

    @Transactional
    public IssuedStatement issue(ComputingAStatement.StatementRequest request, Caller caller) {
        Statement statement = compute(request);
        try {
            return new IssuingAStatement(issued, random, bank.clock()).issue(statement, caller.ledgerName());
        } catch (RuleViolation e) {
            throw new AppException(400, "credit:refused", e.getMessage());
        }
    }

    @Transactional
    public IssuedStatement revoke(VerificationCode code, String reason, Caller caller) {
        try {
            return new RevokingAStatement(issued, bank.clock()).revoke(code, reason, caller.ledgerName());
        } catch (RuleViolation e) {
            throw new AppException(400, "credit:refused", e.getMessage());
        }
    }

    @Transactional
    public CheckingAVerificationCode.CodeCheck check(String code) {
        return new CheckingAVerificationCode(issued).check(code);
    }

    @Transactional
    public Optional<IssuedStatement> byCode(String code) {
        return VerificationCode.parse(code).flatMap(issued::byCode);
    }

    @Transactional
    public List<IssuedStatement> issuedFor(long personId) {
        return bank.people().byId(personId).map(p -> issued.ofPerson(p.key())).orElse(List.of());
    }
}
