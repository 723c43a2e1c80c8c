package org.anxue.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anxue.creditbank.CreditAccess;
import org.anxue.creditbank.People;
import org.anxue.creditbank.StatementView;
import org.anxue.creditbank.Statements;
import org.anxue.creditbank.model.IssuedStatement;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.Statement;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.web.AppException;

/**
 * The credited-hours check (学时核查): a person of the officer's subtree, found by ID number or by the
 * verification code of one of their statements, with the statement of any year and type as the credit
 * bank computes it ({@link Statements}; nothing is re-computed here) and the entries behind it. People
 * outside the subtree, unknown people and unknown codes all answer 404.
 */
@ApplicationScoped
public class CreditedHours {

    /** What the officer sees: the person, their employer, the computed statement with its entries. */
    public record Check(long personId, String name, String idNumber, String companyName, boolean employed,
                        Integer year, String type, StatementView statement, String studyRecordHref,
                        String creditsHref) {
    }

    private final Statements statements;
    private final People people;

    CreditedHours(Statements statements, People people) {
        this.statements = statements;
        this.people = people;
    }

    /** By ID number (18 characters; a lower-case x is accepted). */
    @Transactional
    public Check byIdNumber(Officer officer, String idNumber, Integer year, String type) {
        String number = idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
        if (!number.matches("[0-9]{17}[0-9X]")) {
            throw new AppException(400, "ovs:badIdNumber");
        }
        People.Person person = people.byIdNumber(number).orElseThrow(() -> new AppException(404, "ovs:personOutside"));
        return of(officer, person.id(), year, type);
    }

    /**
     * By a statement's verification code, or the whole address its QR code carries ({@code …/verify/CODE}):
     * the person of that statement, for the statement's year unless another is asked for.
     */
    @Transactional
    public Check byCode(Officer officer, String codeOrUrl, Integer year, String type) {
        String code = codeOrUrl == null ? "" : codeOrUrl.strip();
        int slash = code.lastIndexOf('/');
        if (slash >= 0) {
            code = code.substring(slash + 1);
        }
        int query = code.indexOf('?');
        if (query >= 0) {
            code = code.substring(0, query);
        }
        Optional<IssuedStatement> issued = statements.byCode(code);
        if (issued.isEmpty()) {
            throw new AppException(404, "ovs:unknownStatementCode");
        }
        Statement s = issued.get().statement();
        People.Person person = people.byIdNumber(s.person().value())
                .orElseThrow(() -> new AppException(404, "ovs:personOutside"));
        return of(officer, person.id(), year == null ? s.period().from().getYear() : year,
                type == null ? s.period().type().name() : type);
    }

    /** By person id (the links of the dashboard). */
    @Transactional
    public Check of(Officer officer, long personId, Integer year, String type) {
        People.Person person = people.byId(personId).orElseThrow(() -> new AppException(404, "ovs:personOutside"));
        List<People.Job> jobs = people.jobs(personId);
        if (jobs.isEmpty() || !officer.covers(jobs.get(0).bureauPath())) {
            throw new AppException(404, "ovs:personOutside");
        }
        TrainingType trainingType = null;
        if (type != null && !type.isBlank()) {
            try {
                trainingType = TrainingType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new AppException(400, "ovs:badTrainingType");
            }
        }
        var request = statements.requestFor(personId, year, trainingType);
        Statement statement = statements.compute(request);
        StatementView view = StatementView.of(statement, null, person.name(), CreditAccess.Sight.FULL);
        People.Job job = jobs.get(0);
        return new Check(personId, person.name(), person.key().value(), job.companyName(), job.current(),
                statement.period().from().getYear(), statement.period().type().name(), view,
                "/people/" + personId + "/record", "/credits/people/" + personId);
    }

    static String masked(String idNumber) {
        return new PersonKey(idNumber).masked();
    }
}
