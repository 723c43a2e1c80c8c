package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.anxue.creditbank.model.CreditPolicy;
import org.anxue.creditbank.model.DefaultRequirements;
import org.anxue.creditbank.model.Hours;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.PolicyCatalog;
import org.anxue.creditbank.model.PolicyVersionRef;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.Requirement;
import org.anxue.creditbank.model.RequirementKey;
import org.anxue.creditbank.model.TrainingType;

/**
 * Policy versions in {@code credit_policy}: one policy per bureau ({@code bureau-<id>}), versions that never
 * change, each in force from its effective date until the next version's. A root bureau (the city) without
 * a policy gets version 1 with the defaults of DOMAIN.md ({@link DefaultRequirements}), in force from
 * {@link #DEFAULT_EFFECTIVE_FROM}, the first time the catalog is read.
 */
@ApplicationScoped
public class Policies {

    public static final LocalDate DEFAULT_EFFECTIVE_FROM = LocalDate.of(2020, 1, 1);

    private final DataSource dataSource;

    Policies(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String policyIdOf(long bureauId) {
        return "bureau-" + bureauId;
    }

    /** Every policy version (root bureaus get their defaults first). */
    public PolicyCatalog catalog() {
        seedDefaults();
        return new PolicyCatalog(all());
    }

    /** The versions of one bureau's own policy, oldest first. */
    public List<CreditPolicy> versionsOf(long bureauId) {
        seedDefaults();
        return all().stream().filter(p -> p.jurisdiction().equals(Long.toString(bureauId)))
                .sorted(java.util.Comparator.comparing(CreditPolicy::effectiveFrom)).toList();
    }

    /** Stores a new version (its number = the last + 1); the caller checks who may. */
    public CreditPolicy add(long bureauId, LocalDate effectiveFrom, int minutesPerHour, BigDecimal ratio,
                            Map<RequirementKey, Requirement> requirements, String note, String createdBy) {
        String policyId = policyIdOf(bureauId);
        int version = versionsOf(bureauId).stream().mapToInt(p -> p.ref().version()).max().orElse(0) + 1;
        CreditPolicy policy = new CreditPolicy(new PolicyVersionRef(policyId, version), Long.toString(bureauId),
                effectiveFrom, null, minutesPerHour, ratio, requirements, DefaultRequirements.periodRules(),
                DefaultRequirements.REVIEW_CYCLE_YEARS, DefaultRequirements.CERTIFICATE_VALIDITY_YEARS);
        try (Connection c = dataSource.getConnection()) {
            insert(c, bureauId, policy, note, createdBy, false);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a policy version of bureau " + bureauId, e);
        }
        return policy;
    }

    private void seedDefaults() {
        try (Connection c = dataSource.getConnection()) {
            List<Long> roots = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select b.id from bureau b where b.parent_id is null"
                    + " and not exists (select 1 from credit_policy p where p.bureau_id = b.id)");
                    ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    roots.add(r.getLong(1));
                }
            }
            for (long root : roots) {
                insert(c, root, CreditPolicy.withDefaults(policyIdOf(root), 1, Long.toString(root), DEFAULT_EFFECTIVE_FROM),
                        "DOMAIN.md defaults", "system:creditbank", true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the default policies", e);
        }
    }

    static void insert(Connection c, long bureauId, CreditPolicy p, String note, String createdBy,
                               boolean ignoreConflict) throws SQLException {
        String conflict = ignoreConflict ? " on conflict do nothing" : "";
        int inserted;
        try (PreparedStatement q = c.prepareStatement("insert into credit_policy (policy_id, version, bureau_id,"
                + " effective_from, minutes_per_hour, online_conversion_ratio, review_cycle_years,"
                + " certificate_validity_years, note, created_by) values (?,?,?,?,?,?,?,?,?,?)" + conflict)) {
            q.setString(1, p.ref().policyId());
            q.setInt(2, p.ref().version());
            q.setLong(3, bureauId);
            q.setDate(4, Date.valueOf(p.effectiveFrom()));
            q.setInt(5, p.minutesPerHour());
            q.setBigDecimal(6, p.onlineConversionRatio());
            q.setInt(7, p.reviewCycleYears());
            q.setInt(8, p.certificateValidityYears());
            q.setString(9, note);
            q.setString(10, createdBy);
            inserted = q.executeUpdate();
        }
        if (inserted == 0) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement("insert into credit_policy_requirement (policy_id, version,"
                + " post_kind, tier, training_type, required_hours, online_share, exam_required) values (?,?,?,?,?,?,?,?)")) {
            for (Map.Entry<RequirementKey, Requirement> e : p.requirements().entrySet()) {
                q.setString(1, p.ref().policyId());
                q.setInt(2, p.ref().version());
                q.setString(3, e.getKey().post().name());
                q.setString(4, e.getKey().tier().name());
                q.setString(5, e.getKey().type().name());
                q.setBigDecimal(6, e.getValue().requiredHours().value());
                q.setBigDecimal(7, e.getValue().onlineShare());
                q.setBoolean(8, e.getValue().examRequired());
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    private List<CreditPolicy> all() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Map<RequirementKey, Requirement>> requirements = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("select policy_id, version, post_kind, tier, training_type,"
                    + " required_hours, online_share, exam_required from credit_policy_requirement");
                    ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    requirements.computeIfAbsent(r.getString(1) + "@" + r.getInt(2), k -> new LinkedHashMap<>())
                            .put(new RequirementKey(PostKind.valueOf(r.getString(3)), IndustryTier.valueOf(r.getString(4)),
                                    TrainingType.valueOf(r.getString(5))),
                                    new Requirement(new Hours(r.getBigDecimal(6)), r.getBigDecimal(7), r.getBoolean(8)));
                }
            }
            List<CreditPolicy> policies = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select policy_id, version, bureau_id, effective_from,"
                    + " minutes_per_hour, online_conversion_ratio, review_cycle_years, certificate_validity_years"
                    + " from credit_policy order by bureau_id, effective_from");
                    ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    PolicyVersionRef ref = new PolicyVersionRef(r.getString(1), r.getInt(2));
                    policies.add(new CreditPolicy(ref, Long.toString(r.getLong(3)), r.getDate(4).toLocalDate(), null,
                            r.getInt(5), r.getBigDecimal(6),
                            requirements.getOrDefault(ref.canonical(), Map.of()), DefaultRequirements.periodRules(),
                            r.getInt(7), r.getInt(8)));
                }
            }
            return policies;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the credit policies", e);
        }
    }

    /** Every stored version (after seeding the defaults). */
    public List<CreditPolicy> versionsOfAll() {
        seedDefaults();
        return all();
    }

    public Optional<CreditPolicy> byRef(PolicyVersionRef ref) {
        return all().stream().filter(p -> p.ref().equals(ref)).findFirst();
    }
}
