package org.anxue.creditbank;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.anxue.web.AppException;

/**
 * A bureau officer's policy versions: validation of a proposed version, the preview of how many people's
 * status would change in the current year, and saving (a new version never changes an old one and applies
 * from its effective date, which is today or later).
 */
@ApplicationScoped
public class PolicyEditing {

    /** A proposed version as typed. */
    public record Proposal(String effectiveFrom, Integer minutesPerHour, String conversionRatio,
                           List<RequirementInput> requirements, String note) {
    }

    public record RequirementInput(String post, String tier, String type, String requiredHours, String onlineShare,
                                   Boolean examRequired) {
    }

    public record RequirementView(String post, String tier, String type, String requiredHours, String onlineShare,
                                  boolean examRequired) {
    }

    public record VersionView(String ref, int version, String jurisdiction, LocalDate effectiveFrom, int minutesPerHour,
                              String conversionRatio, List<RequirementView> requirements) {
        static VersionView of(CreditPolicy p) {
            List<RequirementView> rows = new ArrayList<>();
            p.requirements().entrySet().stream()
                    .sorted(java.util.Comparator.comparing((Map.Entry<RequirementKey, Requirement> e) -> e.getKey().post())
                            .thenComparing(e -> e.getKey().tier()).thenComparing(e -> e.getKey().type()))
                    .forEach(e -> rows.add(new RequirementView(e.getKey().post().name(), e.getKey().tier().name(),
                            e.getKey().type().name(), e.getValue().requiredHours().canonical(),
                            e.getValue().onlineShare().toPlainString(), e.getValue().examRequired())));
            return new VersionView(p.ref().canonical(), p.ref().version(), p.jurisdiction(), p.effectiveFrom(),
                    p.minutesPerHour(), p.onlineConversionRatio().toPlainString(), rows);
        }
    }

    /** A validated proposal. */
    record Valid(LocalDate effectiveFrom, int minutesPerHour, BigDecimal ratio, Map<RequirementKey, Requirement> requirements,
                 String note) {
    }

    private final CreditBank bank;
    private final DataSource dataSource;

    PolicyEditing(CreditBank bank, DataSource dataSource) {
        this.bank = bank;
        this.dataSource = dataSource;
    }

    /** The policy in force today for the bureau (its own or inherited) and the bureau's own versions. */
    @Transactional
    public List<VersionView> versions(long bureauId) {
        return bank.policies().versionsOf(bureauId).stream().map(VersionView::of).toList();
    }

    @Transactional
    public VersionView inForce(long bureauId) {
        String path = bank.people().bureauPath(bureauId).orElseThrow(AppException::notFound);
        return bank.policies().catalog().inForce(People.pathOf(path), bank.today()).map(VersionView::of)
                .orElseThrow(() -> new AppException(400, "credit:noPolicy"));
    }

    /** Counts of the current year under the stored policies and under the proposal as if in force. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public StatusReport.Counts preview(long bureauId, Proposal proposal) {
        Valid valid = validate(bureauId, proposal);
        String path = bank.people().bureauPath(bureauId).orElseThrow(AppException::notFound);
        List<CreditPolicy> all = new ArrayList<>();
        for (CreditPolicy p : bank.policies().versionsOfAll()) {
            all.add(p);
        }
        PolicyCatalog current = new PolicyCatalog(all);
        LocalDate today = bank.today();
        LocalDate from = valid.effectiveFrom().isAfter(today) ? today : valid.effectiveFrom();
        all.removeIf(p -> p.jurisdiction().equals(Long.toString(bureauId)) && !p.effectiveFrom().isBefore(from));
        int next = bank.policies().versionsOf(bureauId).stream().mapToInt(p -> p.ref().version()).max().orElse(0) + 1;
        all.add(new CreditPolicy(new PolicyVersionRef(Policies.policyIdOf(bureauId), next), Long.toString(bureauId), from,
                null, valid.minutesPerHour(), valid.ratio(), valid.requirements(), DefaultRequirements.periodRules(),
                DefaultRequirements.REVIEW_CYCLE_YEARS, DefaultRequirements.CERTIFICATE_VALIDITY_YEARS));
        try (Connection c = dataSource.getConnection()) {
            return StatusReport.run(c, path, today.getYear(), today, current, new PolicyCatalog(all));
        } catch (SQLException e) {
            throw new IllegalStateException("could not preview the policy", e);
        }
    }

    @Transactional
    public VersionView save(long bureauId, Proposal proposal, Caller caller) {
        Valid valid = validate(bureauId, proposal);
        boolean taken = bank.policies().versionsOf(bureauId).stream().anyMatch(p -> p.effectiveFrom().equals(valid.effectiveFrom()));
        if (taken) {
            throw new AppException(409, "credit:badValue", "effectiveFrom", valid.effectiveFrom().toString());
        }
        return VersionView.of(bank.policies().add(bureauId, valid.effectiveFrom(), valid.minutesPerHour(), valid.ratio(),
                valid.requirements(), valid.note(), caller.ledgerName()));
    }

    Valid validate(long bureauId, Proposal p) {
        if (p == null) {
            throw new AppException(400, "credit:missingField", "effectiveFrom");
        }
        LocalDate from = CreditEntriesApi.day(p.effectiveFrom(), "effectiveFrom");
        if (from.isBefore(bank.today())) {
            throw new AppException(400, "credit:effectiveInPast");
        }
        int minutes = p.minutesPerHour() == null ? DefaultRequirements.MINUTES_PER_HOUR : p.minutesPerHour();
        if (minutes < 10 || minutes > 120) {
            throw new AppException(400, "credit:badValue", "minutesPerHour", Integer.toString(minutes));
        }
        BigDecimal ratio = p.conversionRatio() == null || p.conversionRatio().isBlank()
                ? new BigDecimal(DefaultRequirements.ONLINE_CONVERSION_RATIO) : CreditEntriesApi.decimal(p.conversionRatio(), "conversionRatio");
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.valueOf(2)) > 0 || ratio.scale() > 2) {
            throw new AppException(400, "credit:badValue", "conversionRatio", p.conversionRatio());
        }
        Map<RequirementKey, Requirement> requirements = new LinkedHashMap<>(inForce(bureauId).requirements().isEmpty()
                ? DefaultRequirements.requirements() : toMap(inForce(bureauId)));
        if (p.requirements() != null) {
            for (RequirementInput r : p.requirements()) {
                RequirementKey key;
                try {
                    key = new RequirementKey(PostKind.valueOf(upper(r.post())), IndustryTier.valueOf(upper(r.tier())),
                            TrainingType.valueOf(upper(r.type())));
                } catch (RuntimeException e) {
                    throw new AppException(400, "credit:badValue", "requirement", r.post() + "/" + r.tier() + "/" + r.type());
                }
                BigDecimal hours = CreditEntriesApi.decimal(r.requiredHours(), "requiredHours");
                BigDecimal share = CreditEntriesApi.decimal(r.onlineShare(), "onlineShare");
                if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(CreditEntriesApi.MAX_HOURS)) > 0
                        || hours.stripTrailingZeros().scale() > 2) {
                    throw new AppException(400, "credit:hoursOutOfRange", r.requiredHours(), CreditEntriesApi.MAX_HOURS);
                }
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 2) {
                    throw new AppException(400, "credit:badValue", "onlineShare", r.onlineShare());
                }
                requirements.put(key, new Requirement(new Hours(hours), share, Boolean.TRUE.equals(r.examRequired())));
            }
        }
        String note = p.note() == null ? null : p.note().strip();
        if (note != null && note.length() > 1000) {
            throw new AppException(400, "credit:badValue", "note", note.substring(0, 20) + "…");
        }
        return new Valid(from, minutes, ratio, requirements, note);
    }

    private static Map<RequirementKey, Requirement> toMap(VersionView v) {
        Map<RequirementKey, Requirement> map = new LinkedHashMap<>();
        for (RequirementView r : v.requirements()) {
            map.put(new RequirementKey(PostKind.valueOf(r.post()), IndustryTier.valueOf(r.tier()), TrainingType.valueOf(r.type())),
                    new Requirement(Hours.of(r.requiredHours()), new BigDecimal(r.onlineShare()), r.examRequired()));
        }
        return map;
    }

    private static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }
}
