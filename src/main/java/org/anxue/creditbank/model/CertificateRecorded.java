package org.anxue.creditbank.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A special-operation certificate (特种作业操作证) was issued or renewed. Its number is "T" followed by the
 * holder's ID number; a holder has one certificate per operation type.
 *
 * <p>Canonical fields: {@code certificate_number}, {@code operation_type}, {@code issued_on},
 * {@code valid_until} (the last valid day), {@code review_dates} (the review due days joined by ",",
 * earliest first; empty when none), then {@code institution} (the training institution that trained the
 * holder, written as offline classes write it, "institution-" and the institution's id) <b>only when
 * present</b>. A certificate recorded without an institution writes no {@code institution} field at all, not
 * even an absent marker, so it hashes exactly as every certificate did before the field existed.
 *
 * @param institutionId the training institution that trained the holder ("institution-12"), or {@code null}
 *                      when not recorded
 */
public record CertificateRecorded(String certificateNumber, String operationType, LocalDate issuedOn,
                                  LocalDate validUntil, List<LocalDate> reviewDates, String institutionId)
        implements EntryDetails {

    public CertificateRecorded {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(operationType, "operationType");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        reviewDates = List.copyOf(reviewDates);
        if (!validUntil.isAfter(issuedOn)) {
            throw new IllegalArgumentException("a certificate is valid after its issue date");
        }
        if (institutionId != null && institutionId.isBlank()) {
            throw new IllegalArgumentException("a certificate's institution is missing (null), not blank");
        }
    }

    /** A certificate without a recorded training institution. */
    public CertificateRecorded(String certificateNumber, String operationType, LocalDate issuedOn,
                               LocalDate validUntil, List<LocalDate> reviewDates) {
        this(certificateNumber, operationType, issuedOn, validUntil, reviewDates, null);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.CERTIFICATE;
    }

    @Override
    public void writeCanonical(CanonicalEncoder out) {
        out.text("certificate_number").text(certificateNumber);
        out.text("operation_type").text(operationType);
        out.text("issued_on").day(issuedOn);
        out.text("valid_until").day(validUntil);
        out.text("review_dates").text(reviewDates.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        if (institutionId != null) {
            out.text("institution").text(institutionId);
        }
    }
}
