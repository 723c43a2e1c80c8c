package org.anxue.creditbank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.anxue.creditbank.model.AccountHead;
import org.anxue.creditbank.model.AppliedReversal;
import org.anxue.creditbank.model.Compliance;
import org.anxue.creditbank.model.Hours;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.IssuanceStatus;
import org.anxue.creditbank.model.IssuedStatement;
import org.anxue.creditbank.model.IssuedStatements;
import org.anxue.creditbank.model.LedgerEntry;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PolicyVersionRef;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.ReviewProgress;
import org.anxue.creditbank.model.Statement;
import org.anxue.creditbank.model.TrainingPeriod;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.creditbank.model.VerificationCode;

/**
 * The model's {@link IssuedStatements} port on {@code credit_statement}. A statement is stored as issued:
 * its figures as JSON text, its entries by sequence (the ledger rows themselves, which never change);
 * restoring it re-reads those rows, so an altered row or altered figures no longer match the digest.
 */
@ApplicationScoped
public class IssuedStatementStore implements IssuedStatements {

    /** The stored form of a statement's figures (every value as its canonical text). */
    public record Stored(String person, String post, String tier, String periodType, String periodFrom,
                         String periodUntil, String periodSubject, String policyVersion, Map<String, String> hours,
                         boolean examRequired, boolean examPassed, String status, List<Long> entrySequences,
                         List<AppliedReversal> reversals, Map<String, String> review, long headSequence,
                         String headHash, String computedAt, String digest) {
    }

    private static final String[] HOURS = {"required", "waived", "onlineRecorded", "onlineEarned", "onlineCap",
            "onlineCredited", "onlineNotCredited", "offline", "recognitions", "total", "missing"};

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    IssuedStatementStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<IssuedStatement> byCode(VerificationCode code) {
        return query("select * from credit_statement where code = ?", code.value()).stream().findFirst();
    }

    @Override
    public Optional<IssuedStatement> currentLike(Statement s) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select * from credit_statement where id_number = ? and period_type = ? and period_from = ?"
                        + " and period_until = ? and period_subject = ? and post_kind = ? and tier = ? and status = 'CURRENT'"
                        + " for update")) {
            q.setString(1, s.person().value());
            q.setString(2, s.period().type().name());
            q.setDate(3, Date.valueOf(s.period().from()));
            q.setDate(4, Date.valueOf(s.period().until()));
            q.setString(5, s.period().subject());
            q.setString(6, s.post().name());
            q.setString(7, s.tier().name());
            return read(c, q).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read issued statements", e);
        }
    }

    /** The statements issued for a person, newest first. */
    public List<IssuedStatement> ofPerson(PersonKey person) {
        return query("select * from credit_statement where id_number = ? order by issued_at desc", person.value());
    }

    @Override
    public void save(IssuedStatement issued) {
        try (Connection c = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement q = c.prepareStatement("update credit_statement set status = ?, superseded_by = ?,"
                    + " revocation_reason = ?, revoked_by = ?, status_changed_at = ? where code = ?")) {
                q.setString(1, issued.status().name());
                q.setString(2, issued.supersededBy() == null ? null : issued.supersededBy().value());
                q.setString(3, issued.revocationReason());
                q.setString(4, issued.revokedBy());
                q.setTimestamp(5, issued.statusChangedAt() == null ? null : Timestamp.from(issued.statusChangedAt()));
                q.setString(6, issued.code().value());
                updated = q.executeUpdate();
            }
            if (updated > 0) {
                return;
            }
            Statement s = issued.statement();
            try (PreparedStatement q = c.prepareStatement("insert into credit_statement (code, id_number, period_type,"
                    + " period_from, period_until, period_subject, post_kind, tier, content, digest, issued_at, issued_by,"
                    + " status) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                q.setString(1, issued.code().value());
                q.setString(2, s.person().value());
                q.setString(3, s.period().type().name());
                q.setDate(4, Date.valueOf(s.period().from()));
                q.setDate(5, Date.valueOf(s.period().until()));
                q.setString(6, s.period().subject());
                q.setString(7, s.post().name());
                q.setString(8, s.tier().name());
                q.setString(9, json.writeValueAsString(stored(s)));
                q.setString(10, s.digest());
                q.setTimestamp(11, Timestamp.from(issued.issuedAt()));
                q.setString(12, issued.issuedBy());
                q.setString(13, issued.status().name());
                q.executeUpdate();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not store statement " + issued.code(), e);
        }
    }

    static Stored stored(Statement s) {
        Map<String, String> hours = new HashMap<>();
        Hours[] values = {s.required(), s.waived(), s.onlineRecorded(), s.onlineEarned(), s.onlineCap(), s.onlineCredited(),
                s.onlineNotCredited(), s.offline(), s.recognitions(), s.total(), s.missing()};
        for (int i = 0; i < HOURS.length; i++) {
            hours.put(HOURS[i], values[i].canonical());
        }
        Map<String, String> review = null;
        if (s.reviewProgress() != null) {
            ReviewProgress p = s.reviewProgress();
            review = Map.of("operationType", p.operationType(), "reviewDue", p.reviewDue().toString(),
                    "required", p.requiredHours().canonical(), "credited", p.creditedHours().canonical(),
                    "examPassed", Boolean.toString(p.examPassed()));
        }
        return new Stored(s.person().value(), s.post().name(), s.tier().name(), s.period().type().name(),
                s.period().from().toString(), s.period().until().toString(), s.period().subject(),
                s.policyVersion().canonical(), hours, s.examRequired(), s.examPassed(), s.status().name(),
                s.entries().stream().map(LedgerEntry::sequence).toList(), s.reversalsApplied(), review,
                s.accountHead().sequence(), s.accountHead().hash(), s.computedAt().toString(), s.digest());
    }

    private Statement restore(Connection c, Stored st) throws SQLException {
        PersonKey person = new PersonKey(st.person());
        Map<Long, LedgerEntry> bySequence = new HashMap<>();
        for (LedgerEntry entry : Ledger.entries(c, person)) {
            bySequence.put(entry.sequence(), entry);
        }
        List<LedgerEntry> entries = new ArrayList<>();
        for (long sequence : st.entrySequences()) {
            LedgerEntry entry = bySequence.get(sequence);
            if (entry != null) {
                entries.add(entry);
            }
        }
        Map<String, String> h = st.hours();
        ReviewProgress review = st.review() == null ? null : new ReviewProgress(st.review().get("operationType"),
                LocalDate.parse(st.review().get("reviewDue")), Hours.of(st.review().get("required")),
                Hours.of(st.review().get("credited")), Boolean.parseBoolean(st.review().get("examPassed")));
        return new Statement(person, PostKind.valueOf(st.post()), IndustryTier.valueOf(st.tier()),
                new TrainingPeriod(TrainingType.valueOf(st.periodType()), LocalDate.parse(st.periodFrom()),
                        LocalDate.parse(st.periodUntil()), st.periodSubject()),
                PolicyVersionRef.parse(st.policyVersion()), Hours.of(h.get("required")), Hours.of(h.get("waived")),
                Hours.of(h.get("onlineRecorded")), Hours.of(h.get("onlineEarned")), Hours.of(h.get("onlineCap")),
                Hours.of(h.get("onlineCredited")), Hours.of(h.get("onlineNotCredited")), Hours.of(h.get("offline")),
                Hours.of(h.get("recognitions")), Hours.of(h.get("total")), Hours.of(h.get("missing")), st.examRequired(),
                st.examPassed(), Compliance.valueOf(st.status()), entries, st.reversals(), review,
                new AccountHead(person, st.headSequence(), st.headHash()), Instant.parse(st.computedAt()), st.digest());
    }

    private List<IssuedStatement> query(String sql, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, key);
            return read(c, q);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read issued statements", e);
        }
    }

    private record Row(String code, String content, Instant issuedAt, String issuedBy, String status,
                       String supersededBy, String revocationReason, String revokedBy, Instant changedAt) {
    }

    private List<IssuedStatement> read(Connection c, PreparedStatement q) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                Timestamp changed = r.getTimestamp("status_changed_at");
                rows.add(new Row(r.getString("code"), r.getString("content"), r.getTimestamp("issued_at").toInstant(),
                        r.getString("issued_by"), r.getString("status"), r.getString("superseded_by"),
                        r.getString("revocation_reason"), r.getString("revoked_by"),
                        changed == null ? null : changed.toInstant()));
            }
        }
        List<IssuedStatement> found = new ArrayList<>();
        for (Row row : rows) {
            Stored st;
            try {
                st = json.readValue(row.content(), Stored.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("statement " + row.code() + " is not readable", e);
            }
            found.add(new IssuedStatement(new VerificationCode(row.code()), restore(c, st), row.issuedAt(), row.issuedBy(),
                    IssuanceStatus.valueOf(row.status()),
                    row.supersededBy() == null ? null : new VerificationCode(row.supersededBy()), row.revocationReason(),
                    row.revokedBy(), row.changedAt()));
        }
        return found;
    }
}
