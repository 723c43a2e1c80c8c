package org.anxue.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anxue.creditbank.CreditBank;
import org.anxue.creditbank.People;
import org.anxue.creditbank.model.CertificateRecorded;
import org.anxue.creditbank.model.CreditAccount;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PersonKey;

/**
 * Certificate authenticity (特种作业操作证真伪核查): a special-operation certificate by its number and the
 * holder's name. The answer is VALID, EXPIRED, REVOKED or UNKNOWN; an unknown number, a number whose holder
 * has another name, or a number the ledger does not hold all answer UNKNOWN with nothing else, so that the
 * check does not tell whether a number exists. Read from the credit bank's ledger: a certificate is a
 * CERTIFICATE entry (number "T" + ID number, one per operation type); a reversed entry is revoked; for each
 * operation type the standing entry issued last is the one in force.
 */
@ApplicationScoped
public class CertificateCheck {

    public enum Result { VALID, EXPIRED, REVOKED, UNKNOWN }

    /** One operation type's certificate as checked. */
    public record Operation(String operationType, LocalDate issuedOn, LocalDate validUntil, Result result) {
        public String resultName() {
            return result.name();
        }
    }

    /** The answer; for UNKNOWN only {@code result} and the number as typed are set. */
    public record Answer(String certificateNumber, Result result, String holderName, List<Operation> operations) {
        static Answer unknown(String number) {
            return new Answer(number, Result.UNKNOWN, null, List.of());
        }

        public String resultName() {
            return result.name();
        }

        public boolean known() {
            return result != Result.UNKNOWN;
        }
    }

    private final CreditBank bank;
    private final People people;

    CertificateCheck(CreditBank bank, People people) {
        this.bank = bank;
        this.people = people;
    }

    /** Normalises the number as typed: spaces gone, upper case. */
    static String normalise(String number) {
        return number == null ? "" : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    @Transactional
    public Answer check(String number, String name) {
        String n = normalise(number);
        String who = name == null ? "" : name.strip();
        if (!n.matches("T[0-9]{17}[0-9X]") || who.isEmpty()) {
            return Answer.unknown(n);
        }
        Optional<People.Person> person = people.byIdNumber(n.substring(1));
        if (person.isEmpty() || !person.get().name().strip().equals(who)) {
            return Answer.unknown(n);
        }
        CreditAccount account;
        try {
            account = bank.ledger().read(new PersonKey(n.substring(1)));
        } catch (RuntimeException broken) {
            return Answer.unknown(n);
        }
        LocalDate today = bank.today();
        Map<String, List<LedgerEntry>> byOperation = new LinkedHashMap<>();
        for (LedgerEntry entry : account.entries()) {
            if (entry.details() instanceof CertificateRecorded c && c.certificateNumber().equals(n)) {
                byOperation.computeIfAbsent(c.operationType(), k -> new ArrayList<>()).add(entry);
            }
        }
        if (byOperation.isEmpty()) {
            return Answer.unknown(n);
        }
        List<Operation> operations = new ArrayList<>();
        for (var e : byOperation.entrySet()) {
            Optional<CertificateRecorded> standing = account.currentCertificate(e.getKey());
            if (standing.isPresent() && standing.get().certificateNumber().equals(n)) {
                CertificateRecorded c = standing.get();
                operations.add(new Operation(e.getKey(), c.issuedOn(), c.validUntil(),
                        c.validUntil().isBefore(today) ? Result.EXPIRED : Result.VALID));
            } else {
                CertificateRecorded last = (CertificateRecorded) e.getValue().get(e.getValue().size() - 1).details();
                operations.add(new Operation(e.getKey(), last.issuedOn(), last.validUntil(), Result.REVOKED));
            }
        }
        operations.sort(Comparator.comparing(Operation::operationType));
        Result overall = operations.stream().map(Operation::result).min(Comparator.naturalOrder()).orElse(Result.UNKNOWN);
        return new Answer(n, overall, person.get().name(), operations);
    }
}
