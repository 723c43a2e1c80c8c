package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records a special-operation certificate issued (or renewed) to a person.
 *
 * <p>Rules: the number is "T" followed by the holder's ID number; the certificate is valid for the policy's
 * validity (6 years: the last valid day is the day before the sixth anniversary of issue); a review falls
 * due on every review-cycle anniversary (3 years) before that; the same operation type is recorded at most
 * once per issue date. A certificate carries no hours and counts toward no period. The validity and cycle
 * come from the policy in force on the issue day; a certificate issued before any policy (one migrated from
 * the paper archive) is recorded under the policy in force on the day it is recorded. The training
 * institution that trained the holder is recorded when known (it decides whose subsidy it is).
 */
public final class RecordingACertificate {

    /**
     * @param institutionId the training institution that trained the holder ("institution-12"), or
     *                      {@code null} when not recorded; the caller checks that it names an institution
     */
    public record CertificateIssued(PersonKey person, BureauPath jurisdiction, String certificateNumber,
                                    String operationType, LocalDate issuedOn, String evidenceRef, String source,
                                    String postedBy, String institutionId) {
        public CertificateIssued {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }

        /** A certificate issued without a recorded training institution. */
        public CertificateIssued(PersonKey person, BureauPath jurisdiction, String certificateNumber,
                                 String operationType, LocalDate issuedOn, String evidenceRef, String source,
                                 String postedBy) {
            this(person, jurisdiction, certificateNumber, operationType, issuedOn, evidenceRef, source, postedBy, null);
        }
    }

    private final CreditAccounts accounts;
    private final PolicyCatalog policies;
    private final Clock clock;

    public RecordingACertificate(CreditAccounts accounts, PolicyCatalog policies, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
    }

    /** The certificate number a person's special-operation certificates carry. */
    public static String certificateNumberOf(PersonKey person) {
        return "T" + person.value();
    }

    public PostingResult record(CertificateIssued issued) {
        return Postings.post(accounts, clock, issued.person(), account -> {
            RuleViolation.require(certificateNumberOf(issued.person()).equals(issued.certificateNumber()),
                    "a special-operation certificate number is \"T\" followed by the holder's ID number");
            RuleViolation.requireText(issued.operationType(), "the operation type");
            RuleViolation.requireText(issued.evidenceRef(), "the certificate record");
            RuleViolation.requireText(issued.source(), "the source");
            RuleViolation.requireText(issued.postedBy(), "who posts it");
            RuleViolation.require(issued.institutionId() == null || !issued.institutionId().isBlank(),
                    "the training institution is either named or left out");
            Postings.requireNotYetPosted(account, CertificateRecorded.class,
                    held -> held.operationType().equals(issued.operationType()) && held.issuedOn().equals(issued.issuedOn()),
                    "the " + issued.operationType() + " certificate issued on " + issued.issuedOn());
            CreditPolicy policy = policies.inForce(issued.jurisdiction(), issued.issuedOn())
                    .orElseGet(() -> Postings.policyInForce(policies, issued.jurisdiction(), LocalDate.now(clock)));
            LocalDate expiry = issued.issuedOn().plusYears(policy.certificateValidityYears());
            List<LocalDate> reviews = new ArrayList<>();
            for (int cycle = 1; issued.issuedOn().plusYears((long) cycle * policy.reviewCycleYears()).isBefore(expiry); cycle++) {
                reviews.add(issued.issuedOn().plusYears((long) cycle * policy.reviewCycleYears()));
            }
            return new NewEntry(issued.issuedOn(), issued.source(), issued.evidenceRef(), Hours.ZERO, Hours.ZERO,
                    policy.ref(), issued.postedBy(), null,
                    new CertificateRecorded(issued.certificateNumber(), issued.operationType(), issued.issuedOn(),
                            expiry.minusDays(1), reviews, issued.institutionId()));
        });
    }
}
