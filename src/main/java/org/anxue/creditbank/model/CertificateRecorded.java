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
 * earliest first; empty when none).
 */
public record CertificateRecorded(String certificateNumber, String operationType, LocalDate issuedOn,
                                  LocalDate validUntil, List<LocalDate> reviewDates) implements EntryDetails {

    public CertificateRecorded {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(operationType, "operationType");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        reviewDates = List.copyOf(reviewDates);
        if (!validUntil.isAfter(issuedOn)) {
            throw new IllegalArgumentException("a certificate is valid after its issue date");
        }
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
    }
}
