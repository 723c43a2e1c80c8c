package org.anxue.creditbank.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's credit account (学分账户): one per ID number, across employers and years. Its ledger only
 * grows; there is no way to change or remove an entry, and every new entry is chained to the last one.
 */
public final class CreditAccount {

    private final PersonKey person;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<Long, LedgerEntry> reversalsByTarget = new HashMap<>();
    private String headHash;

    private CreditAccount(PersonKey person) {
        this.person = Objects.requireNonNull(person, "person");
        this.headHash = EntryHasher.genesisHash(person);
    }

    /** A new account with no entries. */
    public static CreditAccount open(PersonKey person) {
        return new CreditAccount(person);
    }

    /**
     * The account as stored, in sequence order. The chain is verified first: an account whose history was
     * tampered with is not restored, so nothing can ever be appended to a broken chain.
     *
     * @throws LedgerTamperedException if the entries do not form an intact chain
     */
    public static CreditAccount restore(PersonKey person, List<LedgerEntry> stored) {
        ChainVerdict verdict = ChainVerification.verify(person, stored);
        if (verdict instanceof ChainVerdict.Broken broken) {
            throw new LedgerTamperedException(broken);
        }
        CreditAccount account = new CreditAccount(person);
        stored.forEach(account::add);
        return account;
    }

    public PersonKey person() {
        return person;
    }

    public AccountHead head() {
        return new AccountHead(person, entries.size(), headHash);
    }

    /** All entries, oldest first (read-only). */
    public List<LedgerEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public Optional<LedgerEntry> entry(long sequence) {
        return sequence >= 1 && sequence <= entries.size() ? Optional.of(entries.get((int) sequence - 1)) : Optional.empty();
    }

    /** The reversal that cancelled this entry, if any. */
    public Optional<LedgerEntry> reversalOf(long sequence) {
        return Optional.ofNullable(reversalsByTarget.get(sequence));
    }

    public boolean isReversed(long sequence) {
        return reversalsByTarget.containsKey(sequence);
    }

    /** Entries that stand: neither reversals nor reversed. */
    public List<LedgerEntry> standingEntries() {
        List<LedgerEntry> standing = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            if (entry.kind() != EntryKind.REVERSAL && !isReversed(entry.sequence())) {
                standing.add(entry);
            }
        }
        return standing;
    }

    /**
     * The certificates held: for each operation type, the standing certificate entry issued last.
     */
    public List<CertificateRecorded> currentCertificates() {
        return currentCertificates(LocalDate.MAX);
    }

    /**
     * The certificates held on {@code day}: for each operation type, the standing certificate issued last on or
     * before that day. A reversal cancels a certificate whenever it was recorded (a cancelled entry never stood).
     */
    public List<CertificateRecorded> currentCertificates(LocalDate day) {
        Map<String, CertificateRecorded> byOperation = new LinkedHashMap<>();
        for (LedgerEntry entry : standingEntries()) {
            if (entry.details() instanceof CertificateRecorded certificate && !certificate.issuedOn().isAfter(day)) {
                byOperation.merge(certificate.operationType(), certificate,
                        (held, next) -> next.issuedOn().isBefore(held.issuedOn()) ? held : next);
            }
        }
        List<CertificateRecorded> certificates = new ArrayList<>(byOperation.values());
        certificates.sort(Comparator.comparing(CertificateRecorded::operationType));
        return certificates;
    }

    public Optional<CertificateRecorded> currentCertificate(String operationType) {
        return currentCertificate(operationType, LocalDate.MAX);
    }

    /** The certificate of an operation type held on {@code day} (see {@link #currentCertificates(LocalDate)}). */
    public Optional<CertificateRecorded> currentCertificate(String operationType, LocalDate day) {
        return currentCertificates(day).stream().filter(c -> c.operationType().equals(operationType)).findFirst();
    }

    /** Appends a new entry at the end of the chain; only the use cases of this package post entries. */
    LedgerEntry append(NewEntry draft, Instant postedAt, EntryHasher hasher) {
        LedgerEntry entry = hasher.seal(person, entries.size() + 1L, draft, postedAt.truncatedTo(ChronoUnit.MICROS), headHash);
        add(entry);
        return entry;
    }

    LedgerEntry append(NewEntry draft, Instant postedAt) {
        return append(draft, postedAt, new EntryHasher());
    }

    private void add(LedgerEntry entry) {
        entries.add(entry);
        headHash = entry.hash();
        if (entry.details() instanceof Reversal reversal) {
            reversalsByTarget.put(reversal.reversedSequence(), entry);
        }
    }
}
