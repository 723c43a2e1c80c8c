package org.anxue.creditbank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxue.creditbank.model.CertificateRecorded;
import org.anxue.creditbank.model.ExamResult;
import org.anxue.creditbank.model.IssuedStatement;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.OfflineClassAttended;
import org.anxue.creditbank.model.OnlineCourseCompleted;
import org.anxue.creditbank.model.Recognition;
import org.anxue.creditbank.model.Reversal;
import org.anxue.creditbank.model.Statement;

/**
 * A statement as pages, JSON and the PDF show it: figures as two-place texts, the entries the caller may
 * see (a company sees only the entries of the time at it; {@code entriesHidden} counts the others, whose
 * hours are still in the totals), and, when issued, its code and status.
 */
public record StatementView(
        String code, String codeDisplay, String issuanceStatus, Instant issuedAt, String personName, String idNumber,
        String post, String tier, String trainingType, LocalDate periodFrom, LocalDate periodUntil, String subject,
        String policyVersion, String required, String waived, String onlineRecorded, String onlineCap,
        String onlineCredited, String onlineNotCredited, String offline, String recognitions, String total,
        String missing, boolean examRequired, boolean examPassed, String status, List<EntryView> entries,
        int entriesHidden, long accountHeadSequence, String accountHeadHash, Instant computedAt, String digest) {

    /** One ledger entry as shown. */
    public record EntryView(long sequence, String kind, LocalDate occurredOn, String source, String description,
                            String evidence, String rawHours, String creditedHours, String policyVersion,
                            String postedBy, Instant postedAt, String hash, boolean reversed) {

        static EntryView of(LedgerEntry e, boolean reversed) {
            return new EntryView(e.sequence(), e.kind().name(), e.occurredOn(), e.source(), describe(e),
                    e.evidenceReference(), e.rawHours().canonical(), e.creditedHours().canonical(),
                    e.policyVersion().canonical(), e.postedBy(), e.postedAt(), e.hash(), reversed);
        }
    }

    public static StatementView of(Statement s, IssuedStatement issued, String personName, CreditAccess.Sight sight) {
        List<EntryView> entries = new ArrayList<>();
        int hidden = 0;
        for (LedgerEntry entry : s.entries()) {
            if (sight.shows(entry.occurredOn())) {
                entries.add(EntryView.of(entry, false));
            } else {
                hidden++;
            }
        }
        return new StatementView(issued == null ? null : issued.code().value(),
                issued == null ? null : issued.code().display(), issued == null ? null : issued.status().name(),
                issued == null ? null : issued.issuedAt(), personName,
                sight.full() ? s.person().value() : s.person().masked(), s.post().name(), s.tier().name(),
                s.period().type().name(), s.period().from(), s.period().until(), s.period().subject(),
                s.policyVersion().canonical(), s.required().canonical(), s.waived().canonical(),
                s.onlineRecorded().canonical(), s.onlineCap().canonical(), s.onlineCredited().canonical(),
                s.onlineNotCredited().canonical(), s.offline().canonical(), s.recognitions().canonical(),
                s.total().canonical(), s.missing().canonical(), s.examRequired(), s.examPassed(), s.status().name(),
                entries, hidden, s.accountHead().sequence(), s.accountHead().hash(), s.computedAt(), s.digest());
    }

    public boolean met() {
        return "MET".equals(status);
    }

    static String describe(LedgerEntry e) {
        if (e.details() instanceof OnlineCourseCompleted d) {
            return d.courseId() + (d.testPassed() ? "" : " (test not passed)");
        } else if (e.details() instanceof OfflineClassAttended d) {
            return d.classId() + " · " + d.courseId() + " · " + d.institutionId();
        } else if (e.details() instanceof ExamResult d) {
            return d.examRef() + " · " + d.examSite() + " · " + d.score().toPlainString() + (d.passed() ? " ✓" : " ✗");
        } else if (e.details() instanceof CertificateRecorded d) {
            return d.certificateNumber() + " · " + d.operationType() + " · " + d.issuedOn() + "–" + d.validUntil();
        } else if (e.details() instanceof Recognition d) {
            return d.reason();
        } else if (e.details() instanceof Reversal d) {
            return "#" + d.reversedSequence() + ": " + d.reason();
        }
        return "";
    }
}
