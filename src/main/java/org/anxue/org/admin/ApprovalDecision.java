package org.anxue.org.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.util.List;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Company;
import org.anxue.org.Institution;
import org.anxue.security.Account;
import org.hibernate.annotations.Immutable;

/**
 * One decision of a bureau on a company or a training institution: approved or rejected, by whom,
 * when, from which status and why. Decisions are history: never changed or deleted (the database
 * refuses both), so a later decision adds a row instead of overwriting the earlier one.
 */
@Entity
@Immutable
@Table(name = "approval_decision")
public class ApprovalDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_decision_seq")
    @SequenceGenerator(name = "approval_decision_seq", sequenceName = "approval_decision_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    public Company company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    /** APPROVED or REJECTED. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ApprovalStatus decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 16)
    public ApprovalStatus previousStatus;

    @Column(length = 500)
    public String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by")
    public Account decidedBy;

    /** The API token the decision came through, if any. */
    @Column(name = "api_token_id")
    public Long apiTokenId;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    protected ApprovalDecision() {
    }

    static ApprovalDecision of(Company company, Institution institution, ApprovalStatus decision,
            ApprovalStatus previousStatus, String reason, Account decidedBy, Long apiTokenId, Instant at) {
        ApprovalDecision row = new ApprovalDecision();
        row.company = company;
        row.institution = institution;
        row.decision = decision;
        row.previousStatus = previousStatus;
        row.reason = reason;
        row.decidedBy = decidedBy;
        row.apiTokenId = apiTokenId;
        row.decidedAt = at;
        return row;
    }

    /** The decisions on a company, oldest first. */
    public static List<ApprovalDecision> ofCompany(Company company) {
        return find("select d from ApprovalDecision d join fetch d.decidedBy where d.company = ?1"
                + " order by d.decidedAt, d.id", company).list();
    }

    /** The decisions on an institution, oldest first. */
    public static List<ApprovalDecision> ofInstitution(Institution institution) {
        return find("select d from ApprovalDecision d join fetch d.decidedBy where d.institution = ?1"
                + " order by d.decidedAt, d.id", institution).list();
    }
}
