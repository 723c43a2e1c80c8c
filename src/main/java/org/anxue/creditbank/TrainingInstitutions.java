package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The training institutions (培训机构) a bureau officer can name on a certificate entry: the institutions the
 * platform's bureaus have approved (status APPROVED in {@code institution}). Every approved institution is
 * offered, not only those licensed in the officer's own subtree: a district's workers are often trained by the
 * city's institutions (licensed by the city bureau) or a neighbouring district's. Institution names and
 * licences are public (they sell courses in the course supermarket), so this list leaks nothing.
 *
 * <p>In the ledger an institution is written as offline classes write it: {@code "institution-" + id}
 * ({@link #ref}).
 */
@ApplicationScoped
public class TrainingInstitutions {

    static final String PREFIX = "institution-";

    /** An approved institution, for a select. */
    public record Option(long id, String name) {
        public String ref() {
            return TrainingInstitutions.ref(id);
        }
    }

    private final DataSource dataSource;

    TrainingInstitutions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How the ledger names an institution: "institution-" and its id. */
    public static String ref(long institutionId) {
        return PREFIX + institutionId;
    }

    /**
     * The id typed or sent for an institution: its number ("12") or its ledger name ("institution-12");
     * empty when it is neither.
     */
    static OptionalLong parse(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith(PREFIX)) {
            t = t.substring(PREFIX.length());
        }
        if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(t));
    }

    /** The approved institutions, by name. */
    public List<Option> approved() {
        List<Option> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select id, name from institution where status = 'APPROVED' order by name, id")) {
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new Option(r.getLong(1), r.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the approved training institutions", e);
        }
        return found;
    }

    /** The approved institution with this id, if there is one. */
    public Optional<Option> approved(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select id, name from institution where id = ? and status = 'APPROVED'")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new Option(r.getLong(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read training institution " + id, e);
        }
    }

    /** The name of the institution a ledger entry names ("institution-12"), whatever its status now. */
    public Optional<String> nameOf(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        OptionalLong id = parse(ref);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select name from institution where id = ?")) {
            q.setLong(1, id.getAsLong());
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read training institution " + ref, e);
        }
    }
}
