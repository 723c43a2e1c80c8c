package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.anxue.creditbank.model.BureauPath;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.PersonKey;
import org.anxue.creditbank.model.PostKind;

/**
 * What the credit bank reads about people from the {@code org} tables: ID number, name, and where their
 * training falls — the employer's bureau path (the jurisdiction whose policy applies), post kind and
 * industry tier. Read only.
 */
@ApplicationScoped
public class People {

    /** A person as the credit bank sees them. */
    public record Person(long id, PersonKey key, String name) {
    }

    /**
     * One employment: the company, its bureau path (materialized, '/1/51/'), the post kind and
     * operation, the company's tier, and whether it is still open.
     */
    public record Job(long companyId, String companyName, String bureauPath, PostKind post, String operation,
                      IndustryTier tier, boolean current) {
        public BureauPath jurisdiction() {
            return People.pathOf(bureauPath);
        }
    }

    private final DataSource dataSource;

    People(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Person> byId(long personId) {
        return one("select id, id_number, name from person where id = ?", personId);
    }

    public Optional<Person> byIdNumber(String idNumber) {
        return one("select id, id_number, name from person where id_number = ?", idNumber);
    }

    /** The person's employments, open ones first, then latest start first. */
    public List<Job> jobs(long personId) {
        String sql = "select e.company_id, c.name, b.path, e.post_kind, e.operation, c.risk_tier, e.end_date is null"
                + " from employment e join company c on c.id = e.company_id join bureau b on b.id = c.bureau_id"
                + " where e.person_id = ? order by (e.end_date is null) desc, e.start_date desc, e.id desc";
        List<Job> jobs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, personId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    jobs.add(new Job(r.getLong(1), r.getString(2), r.getString(3), postKind(r.getString(4)),
                            r.getString(5), "HIGH_RISK".equals(r.getString(6)) ? IndustryTier.HIGH_RISK : IndustryTier.GENERAL,
                            r.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the employments of person " + personId, e);
        }
        return jobs;
    }

    /**
     * The jurisdiction whose policy governs the person's training: the bureau path of the current (else the
     * latest) employer; for a person never employed, the first root bureau (the city).
     */
    public BureauPath jurisdictionOf(long personId) {
        List<Job> jobs = jobs(personId);
        if (!jobs.isEmpty()) {
            return jobs.get(0).jurisdiction();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select path from bureau where parent_id is null order by id limit 1")) {
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("there is no bureau at all");
                }
                return pathOf(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the bureau tree", e);
        }
    }

    /** The materialized path of a bureau ('/1/51/'), if it exists. */
    public Optional<String> bureauPath(long bureauId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select path from bureau where id = ?")) {
            q.setLong(1, bureauId);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read bureau " + bureauId, e);
        }
    }

    static BureauPath pathOf(String materialized) {
        return new BureauPath(Arrays.stream(materialized.split("/")).filter(s -> !s.isEmpty()).toList());
    }

    static PostKind postKind(String orgKind) {
        return switch (orgKind) {
            case "PRINCIPAL" -> PostKind.PRINCIPAL;
            case "SAFETY_MANAGER" -> PostKind.SAFETY_MANAGER;
            case "SPECIAL_OPERATION" -> PostKind.SPECIAL_OPERATION_WORKER;
            default -> PostKind.GENERAL_WORKER;
        };
    }

    private Optional<Person> one(String sql, Object key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, key);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new Person(r.getLong(1), new PersonKey(r.getString(2)), r.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a person", e);
        }
    }
}
