package org.anxue.creditbank;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.anxue.creditbank.model.CertificateRecorded;
import org.anxue.creditbank.model.EntryDetails;
import org.anxue.creditbank.model.EntryKind;
import org.anxue.creditbank.model.ExamResult;
import org.anxue.creditbank.model.Hours;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.OfflineClassAttended;
import org.anxue.creditbank.model.OnlineCourseCompleted;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyVersionRef;
import org.anxue.creditbank.model.Recognition;
import org.anxue.creditbank.model.Reversal;
import org.anxue.creditbank.model.TrainingPeriod;
import org.anxue.creditbank.model.TrainingType;

/** Maps ledger entries to rows of {@code credit_entry} and back, field for field. */
final class LedgerRows {

    static final String COLUMNS = "id_number, sequence, kind, occurred_on, source, evidence_ref, raw_hours, credited_hours,"
            + " policy_id, policy_version, posted_by, posted_at, period_type, period_from, period_until, period_subject,"
            + " course_ref, study_seconds, test_passed, test_attempt, class_ref, institution_ref, approved_by, exam_ref,"
            + " exam_passed, exam_score, exam_site, certificate_number, operation_type, issued_on, valid_until,"
            + " review_dates, reason, reversed_sequence, reversed_hash, previous_hash, hash";

    static final String INSERT = "insert into credit_entry (" + COLUMNS + ") values ("
            + "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private LedgerRows() {
    }

    static void bind(PreparedStatement insert, LedgerEntry e) throws SQLException {
        Object[] values = new Object[37];
        values[0] = e.person().value();
        values[1] = e.sequence();
        values[2] = e.kind().name();
        values[3] = Date.valueOf(e.occurredOn());
        values[4] = e.source();
        values[5] = e.evidenceReference();
        values[6] = e.rawHours().value();
        values[7] = e.creditedHours().value();
        values[8] = e.policyVersion().policyId();
        values[9] = e.policyVersion().version();
        values[10] = e.postedBy();
        values[11] = Timestamp.from(e.postedAt());
        if (e.countsToward() != null) {
            values[12] = e.countsToward().type().name();
            values[13] = Date.valueOf(e.countsToward().from());
            values[14] = Date.valueOf(e.countsToward().until());
            values[15] = e.countsToward().subject();
        }
        EntryDetails details = e.details();
        if (details instanceof OnlineCourseCompleted d) {
            values[16] = d.courseId();
            values[17] = d.studySeconds();
            values[18] = d.testPassed();
            values[19] = d.testAttemptRef();
        } else if (details instanceof OfflineClassAttended d) {
            values[16] = d.courseId();
            values[20] = d.classId();
            values[21] = d.institutionId();
            values[22] = d.approvedBy();
        } else if (details instanceof ExamResult d) {
            values[23] = d.examRef();
            values[24] = d.passed();
            values[25] = d.score();
            values[26] = d.examSite();
        } else if (details instanceof CertificateRecorded d) {
            values[27] = d.certificateNumber();
            values[28] = d.operationType();
            values[29] = Date.valueOf(d.issuedOn());
            values[30] = Date.valueOf(d.validUntil());
            values[31] = String.join(",", d.reviewDates().stream().map(LocalDate::toString).toList());
            values[21] = d.institutionId();
        } else if (details instanceof Recognition d) {
            values[22] = d.approvedBy();
            values[32] = d.reason();
        } else if (details instanceof Reversal d) {
            values[32] = d.reason();
            values[33] = d.reversedSequence();
            values[34] = d.reversedHash();
        }
        values[35] = e.previousHash();
        values[36] = e.hash();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                insert.setNull(i + 1, Types.NULL);
            } else {
                insert.setObject(i + 1, values[i]);
            }
        }
    }

    static LedgerEntry read(ResultSet r) throws SQLException {
        EntryKind kind = EntryKind.valueOf(r.getString("kind"));
        EntryDetails details = switch (kind) {
            case ONLINE_COURSE_COMPLETED -> new OnlineCourseCompleted(r.getString("course_ref"), r.getLong("study_seconds"),
                    r.getBoolean("test_passed"), r.getString("test_attempt"));
            case OFFLINE_CLASS_ATTENDED -> new OfflineClassAttended(r.getString("class_ref"), r.getString("course_ref"),
                    r.getString("institution_ref"), r.getString("approved_by"));
            case EXAM_RESULT -> new ExamResult(r.getString("exam_ref"), r.getBoolean("exam_passed"),
                    r.getBigDecimal("exam_score"), r.getString("exam_site"));
            case CERTIFICATE -> new CertificateRecorded(r.getString("certificate_number"), r.getString("operation_type"),
                    r.getDate("issued_on").toLocalDate(), r.getDate("valid_until").toLocalDate(),
                    reviewDates(r.getString("review_dates")), r.getString("institution_ref"));
            case RECOGNITION, WAIVER -> new Recognition(kind, r.getString("reason"), r.getString("approved_by"));
            case REVERSAL -> new Reversal(r.getLong("reversed_sequence"), r.getString("reversed_hash"), r.getString("reason"));
        };
        String periodType = r.getString("period_type");
        TrainingPeriod period = periodType == null ? null : new TrainingPeriod(TrainingType.valueOf(periodType),
                r.getDate("period_from").toLocalDate(), r.getDate("period_until").toLocalDate(), r.getString("period_subject"));
        return new LedgerEntry(new PersonKey(r.getString("id_number")), r.getLong("sequence"),
                r.getDate("occurred_on").toLocalDate(), r.getString("source"), r.getString("evidence_ref"),
                hours(r.getBigDecimal("raw_hours")), hours(r.getBigDecimal("credited_hours")),
                new PolicyVersionRef(r.getString("policy_id"), r.getInt("policy_version")), r.getString("posted_by"),
                r.getTimestamp("posted_at").toInstant(), period, details, r.getString("previous_hash"), r.getString("hash"));
    }

    private static Hours hours(BigDecimal value) {
        return new Hours(value);
    }

    private static List<LocalDate> reviewDates(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(LocalDate::parse).toList();
    }
}
