package org.anxue.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A training institution (培训机构), licensed by a bureau, that offers courses and classes. */
@Entity
@Table(name = "institution")
public class Institution extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_seq")
    @SequenceGenerator(name = "institution_seq", sequenceName = "institution_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "licence_number", nullable = false, unique = true, length = 64)
    public String licenceNumber;

    /** 统一社会信用代码 of the institution, when it has one on record. */
    @Column(name = "credit_code", unique = true, length = 18)
    public String creditCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approving_bureau_id")
    public Bureau approvingBureau;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ApprovalStatus status;

    @Column(length = 300)
    public String address;

    @Column(name = "contact_phone", length = 32)
    public String contactPhone;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Id of the account that approved the institution. */
    @Column(name = "approved_by")
    public Long approvedBy;

    protected Institution() {
    }

    /** An institution as it applies: pending until the bureau approves it. */
    public static Institution apply(String name, String licenceNumber, CreditCode creditCode, Bureau approvingBureau) {
        Institution institution = new Institution();
        institution.name = Bureau.requireText(name, "name");
        institution.licenceNumber = Bureau.requireText(licenceNumber, "licence number");
        institution.creditCode = creditCode == null ? null : creditCode.value();
        institution.approvingBureau = approvingBureau;
        institution.status = ApprovalStatus.PENDING;
        return institution;
    }

    public void approve(Long accountId, Instant at) {
        status = ApprovalStatus.APPROVED;
        approvedBy = accountId;
        approvedAt = at;
    }

    public static Optional<Institution> findByLicenceNumber(String licenceNumber) {
        return find("licenceNumber", licenceNumber).firstResultOptional();
    }
}
