package org.anxue.org.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Company;
import org.anxue.org.Institution;
import org.anxue.security.Account;
import org.anxue.web.AppException;

/**
 * Bureaus approve or reject the training institutions and companies of their jurisdiction (a
 * company by the bureau it is registered with, an institution by its approving bureau); the
 * platform admin decides on any. Only a pending subject can be decided, so two officers cannot
 * overwrite each other: the second one is told it was decided meanwhile. Each decision is kept
 * as an {@link ApprovalDecision}.
 */
@ApplicationScoped
public class Approvals {

    /** Longest reason kept. */
    public static final int MAX_REASON = 500;

    /** A decision to make: approve (a note is optional) or reject (a reason is required). */
    public enum Verdict {
        APPROVE(ApprovalStatus.APPROVED), REJECT(ApprovalStatus.REJECTED);

        final ApprovalStatus status;

        Verdict(ApprovalStatus status) {
            this.status = status;
        }

        /** APPROVE or REJECT, in any case; 400 for anything else. */
        public static Verdict parse(String text) {
            if (text != null) {
                for (Verdict verdict : values()) {
                    if (verdict.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                        return verdict;
                    }
                }
            }
            throw new AppException(Status.BAD_REQUEST, "adm:unknownVerdict");
        }
    }

    /** Who decides: the account, and the API token if the decision comes through one. */
    public record Decider(long accountId, Long apiTokenId) {
    }

    public List<Company> pendingCompanies(Jurisdiction jurisdiction) {
        return Company.list("select c from Company c join fetch c.bureau b where c.approvalStatus = ?1"
                + " and b.path like ?2 order by c.createdAt, c.id", ApprovalStatus.PENDING, jurisdiction.pathPrefix() + "%");
    }

    public List<Institution> pendingInstitutions(Jurisdiction jurisdiction) {
        return Institution.list("select i from Institution i join fetch i.approvingBureau b where i.status = ?1"
                + " and b.path like ?2 order by i.createdAt, i.id", ApprovalStatus.PENDING, jurisdiction.pathPrefix() + "%");
    }

    /** A company of the jurisdiction; 404 for any other. */
    public Company company(Jurisdiction jurisdiction, long id) {
        Company company = Company.findById(id);
        if (company == null || !jurisdiction.covers(company.bureau)) {
            throw AppException.notFound();
        }
        return company;
    }

    /** An institution of the jurisdiction; 404 for any other. */
    public Institution institution(Jurisdiction jurisdiction, long id) {
        Institution institution = Institution.findById(id);
        if (institution == null || !jurisdiction.covers(institution.approvingBureau)) {
            throw AppException.notFound();
        }
        return institution;
    }

    @Transactional
    public ApprovalDecision decideOnCompany(Jurisdiction jurisdiction, long id, Verdict verdict, String reason,
            Decider decider) {
        company(jurisdiction, id);
        Company company = Company.findById(id, LockModeType.PESSIMISTIC_WRITE);
        String why = reason(verdict, reason);
        requirePending(company.approvalStatus, company.name);
        Instant now = Instant.now();
        ApprovalDecision decision = ApprovalDecision.of(company, null, verdict.status, company.approvalStatus, why,
                Account.findById(decider.accountId()), decider.apiTokenId(), now);
        if (verdict == Verdict.APPROVE) {
            company.approve(decider.accountId(), now, why);
        } else {
            company.approvalStatus = ApprovalStatus.REJECTED;
            company.approvalNote = why;
        }
        decision.persist();
        return decision;
    }

    @Transactional
    public ApprovalDecision decideOnInstitution(Jurisdiction jurisdiction, long id, Verdict verdict, String reason,
            Decider decider) {
        institution(jurisdiction, id);
        Institution institution = Institution.findById(id, LockModeType.PESSIMISTIC_WRITE);
        String why = reason(verdict, reason);
        requirePending(institution.status, institution.name);
        Instant now = Instant.now();
        ApprovalDecision decision = ApprovalDecision.of(null, institution, verdict.status, institution.status, why,
                Account.findById(decider.accountId()), decider.apiTokenId(), now);
        if (verdict == Verdict.APPROVE) {
            institution.approve(decider.accountId(), now);
        } else {
            institution.status = ApprovalStatus.REJECTED;
        }
        decision.persist();
        return decision;
    }

    private static String reason(Verdict verdict, String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() > MAX_REASON) {
            throw new AppException(Status.BAD_REQUEST, "adm:reasonTooLong", MAX_REASON);
        }
        if (verdict == Verdict.REJECT && clean.isEmpty()) {
            throw new AppException(Status.BAD_REQUEST, "adm:reasonRequired");
        }
        return clean.isEmpty() ? null : clean;
    }

    private static void requirePending(ApprovalStatus status, String name) {
        if (status != ApprovalStatus.PENDING) {
            throw new AppException(Status.CONFLICT, "adm:alreadyDecided", name, status);
        }
    }
}
