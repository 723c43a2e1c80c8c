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

/** A company (生产经营单位) under the jurisdiction of a bureau. */
@Entity
@Table(name = "company")
public class Company extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    public Long id;

    /** 统一社会信用代码, validated by {@link CreditCode}. */
    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    public String creditCode;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Industry industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", nullable = false, length = 16)
    public RiskTier riskTier;

    /** The bureau whose jurisdiction the company is in. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bureau_id")
    public Bureau bureau;

    @Column(length = 300)
    public String address;

    @Column(name = "contact_phone", length = 32)
    public String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_status", nullable = false, length = 16)
    public ApprovalStatus approvalStatus;

    @Column(name = "approval_note", length = 500)
    public String approvalNote;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Id of the account that approved the company. */
    @Column(name = "approved_by")
    public Long approvedBy;

    /** Size by the national 大中小微 categories; null while not recorded. */
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public CompanyScale scale;

    /** Whether the company is a production/processing (生产加工型) enterprise. */
    @Column(name = "production_processing", nullable = false)
    public boolean productionProcessing;

    protected Company() {
    }

    /** A company as it registers: pending until its bureau approves it. */
    public static Company register(CreditCode creditCode, String name, Industry industry, RiskTier riskTier,
            Bureau bureau, String address) {
        if (!riskTier.fits(industry)) {
            throw new IllegalArgumentException(industry.highRisk()
                    ? "a company of the high-risk industry " + industry.label() + " must be in the HIGH_RISK tier"
                    : "only companies of high-risk industries are in the HIGH_RISK tier, not " + industry.label());
        }
        Company company = new Company();
        company.creditCode = creditCode.value();
        company.name = Bureau.requireText(name, "name");
        company.industry = industry;
        company.riskTier = riskTier;
        company.bureau = bureau;
        company.address = address;
        company.approvalStatus = ApprovalStatus.PENDING;
        return company;
    }

    /** Records the bureau's approval. */
    public void approve(Long accountId, Instant at, String note) {
        approvalStatus = ApprovalStatus.APPROVED;
        approvedBy = accountId;
        approvedAt = at;
        approvalNote = note;
    }

    /** Records the company's size (null: not recorded) and whether it produces or processes goods. */
    public void describeSize(CompanyScale scale, boolean productionProcessing) {
        this.scale = scale;
        this.productionProcessing = productionProcessing;
    }

    /** The size's code (SMALL, …), or "" while not recorded (for pages and forms). */
    public String scaleCode() {
        return scale == null ? "" : scale.name();
    }

    /** Whether the plan's 生产加工型小微企业 category covers this company. */
    public boolean smallMicroManufacturer() {
        return productionProcessing && scale != null && scale.smallOrMicro();
    }

    public static Optional<Company> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }
}
