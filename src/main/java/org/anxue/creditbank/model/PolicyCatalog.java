package org.anxue.creditbank.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All policy versions known, and the rule that picks the one in force.
 *
 * <p>Resolution for a bureau path and a day: walk the path from the bureau itself up to the city; the
 * first bureau that has a policy in force on that day wins (a county's own policy replaces the city's for
 * its subtree, and only while it is in force). Within one bureau, the version with the latest effective
 * date not after the day wins, so a new version applies only from its effective date.
 */
public final class PolicyCatalog {

    private final Map<String, List<CreditPolicy>> byJurisdiction = new HashMap<>();
    private final Map<PolicyVersionRef, CreditPolicy> byRef = new HashMap<>();

    public PolicyCatalog(Collection<CreditPolicy> policies) {
        Set<String> startDays = new HashSet<>();
        for (CreditPolicy policy : policies) {
            if (byRef.putIfAbsent(policy.ref(), policy) != null) {
                throw new IllegalArgumentException("policy " + policy.ref() + " appears twice");
            }
            if (!startDays.add(policy.jurisdiction() + "|" + policy.effectiveFrom())) {
                throw new IllegalArgumentException("bureau " + policy.jurisdiction()
                        + " has two policies starting on " + policy.effectiveFrom());
            }
            byJurisdiction.computeIfAbsent(policy.jurisdiction(), j -> new ArrayList<>()).add(policy);
        }
        byJurisdiction.values().forEach(list -> list.sort(Comparator.comparing(CreditPolicy::effectiveFrom).reversed()));
    }

    public static PolicyCatalog of(CreditPolicy... policies) {
        return new PolicyCatalog(List.of(policies));
    }

    /** The policy that governs training under {@code path} on {@code day}, if any. */
    public Optional<CreditPolicy> inForce(BureauPath path, LocalDate day) {
        List<String> ids = path.bureauIds();
        for (int i = ids.size() - 1; i >= 0; i--) {
            for (CreditPolicy policy : byJurisdiction.getOrDefault(ids.get(i), List.of())) {
                if (policy.isInForceOn(day)) {
                    return Optional.of(policy);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<CreditPolicy> byRef(PolicyVersionRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }
}
