package org.anxue.creditbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The training institution on a certificate entry is written to the hash only when present: a certificate
 * recorded without one hashes exactly as every certificate did before the field existed (the fixed value was
 * captured from the code as it stood before the field was added), and one with it is covered by the hash.
 */
class CertificateInstitutionHashTests {

    private static final PersonKey HOLDER = new PersonKey("330102198001011234");

    /** EntryHasher's hash of {@link #entry} as computed before the institution field existed. */
    private static final String HASH_BEFORE_THE_FIELD = "ac596b1dc0ad37ac90eb93d2a411d4ce7a21f456a4a92d630f1ef2374632d64d";

    private static LedgerEntry entry(CertificateRecorded details) {
        return new LedgerEntry(HOLDER, 3, LocalDate.of(2023, 3, 1), "bureau:51", "certificate-record-17",
                Hours.ZERO, Hours.ZERO, new PolicyVersionRef("city-policy", 2), "officer-zhao",
                Instant.parse("2026-03-02T02:00:00.123456Z"), null, details,
                "5f0c1e7a9b2d4c6e8f1a3b5c7d9e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c0d2e", "0".repeat(64));
    }

    private static CertificateRecorded withoutInstitution() {
        return new CertificateRecorded("T330102198001011234", "低压电工作业", LocalDate.of(2023, 3, 1),
                LocalDate.of(2029, 2, 28), List.of(LocalDate.of(2026, 3, 1)));
    }

    private static String hashOf(CertificateRecorded details) {
        return HexFormat.of().formatHex(new EntryHasher().recompute(entry(details)));
    }

    private static CertificateRecorded trainedBy(String institution) {
        CertificateRecorded c = withoutInstitution();
        return new CertificateRecorded(c.certificateNumber(), c.operationType(), c.issuedOn(), c.validUntil(),
                c.reviewDates(), institution);
    }

    @Test
    void shouldHashACertificateWithoutAnInstitutionExactlyAsBefore() {
        assertThat(hashOf(withoutInstitution())).isEqualTo(HASH_BEFORE_THE_FIELD);
        assertThat(hashOf(trainedBy(null))).isEqualTo(HASH_BEFORE_THE_FIELD);
        // and its encoding ends with review_dates and the previous hash: no institution name, no absent marker
        byte[] bytes = new EntryHasher().canonicalBytes(entry(withoutInstitution()));
        byte[] tail = new CanonicalEncoder().text("review_dates").text("2026-03-01")
                .text(entry(withoutInstitution()).previousHash()).toByteArray();
        assertThat(java.util.Arrays.copyOfRange(bytes, bytes.length - tail.length, bytes.length)).isEqualTo(tail);
    }

    @Test
    void shouldCoverTheInstitutionByTheHashWhenPresent() {
        String seven = hashOf(trainedBy("institution-7"));
        String eight = hashOf(trainedBy("institution-8"));

        assertThat(seven).isNotEqualTo(HASH_BEFORE_THE_FIELD).isNotEqualTo(eight);
        // written as documented: name then value, after review_dates, before the previous hash
        byte[] bytes = new EntryHasher().canonicalBytes(entry(trainedBy("institution-7")));
        byte[] tail = new CanonicalEncoder().text("review_dates").text("2026-03-01").text("institution")
                .text("institution-7").text(entry(withoutInstitution()).previousHash()).toByteArray();
        assertThat(java.util.Arrays.copyOfRange(bytes, bytes.length - tail.length, bytes.length)).isEqualTo(tail);
    }

    @Test
    void shouldDetectAnInstitutionChangedAddedOrRemovedAfterPosting() {
        CreditBank bank = new CreditBank(LocalDate.of(2026, 3, 2));
        LedgerEntry posted = CreditBank.posted(new RecordingACertificate(bank.accounts, bank.catalog(), bank.clock)
                .record(new RecordingACertificate.CertificateIssued(HOLDER, CreditBank.IN_COUNTY_A,
                        RecordingACertificate.certificateNumberOf(HOLDER), "低压电工作业", LocalDate.of(2023, 3, 1),
                        "certificate-record-1", "bureau:1", "officer-zhao", "institution-7")));
        assertThat(((CertificateRecorded) posted.details()).institutionId()).isEqualTo("institution-7");
        EntryHasher hasher = new EntryHasher();
        assertThat(hasher.isSelfConsistent(posted)).isTrue();

        CertificateRecorded d = (CertificateRecorded) posted.details();
        for (String other : new String[] {"institution-8", null}) {
            LedgerEntry altered = new LedgerEntry(posted.person(), posted.sequence(), posted.occurredOn(), posted.source(),
                    posted.evidenceReference(), posted.rawHours(), posted.creditedHours(), posted.policyVersion(),
                    posted.postedBy(), posted.postedAt(), null, new CertificateRecorded(d.certificateNumber(),
                    d.operationType(), d.issuedOn(), d.validUntil(), d.reviewDates(), other),
                    posted.previousHash(), posted.hash());
            assertThat(hasher.isSelfConsistent(altered)).as("institution changed to %s", other).isFalse();
        }
    }

    @Test
    void shouldRefuseABlankInstitution() {
        CreditBank bank = new CreditBank(LocalDate.of(2026, 3, 2));
        String reason = CreditBank.rejection(new RecordingACertificate(bank.accounts, bank.catalog(), bank.clock)
                .record(new RecordingACertificate.CertificateIssued(HOLDER, CreditBank.IN_COUNTY_A,
                        RecordingACertificate.certificateNumberOf(HOLDER), "低压电工作业", LocalDate.of(2023, 3, 1),
                        "certificate-record-1", "bureau:1", "officer-zhao", " ")));
        assertThat(reason).contains("training institution");
    }
}
