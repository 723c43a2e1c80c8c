package org.anxue.creditbank.model;

import java.util.Objects;

/** Names one version of a credit policy; its canonical text is {@code policyId@version}. */
public record PolicyVersionRef(String policyId, int version) {

    public PolicyVersionRef {
        Objects.requireNonNull(policyId, "policyId");
        if (policyId.isBlank() || policyId.contains("@")) {
            throw new IllegalArgumentException("a policy id is not blank and has no '@'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("policy versions start at 1");
        }
    }

    public static PolicyVersionRef parse(String canonical) {
        int at = canonical.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("expected policyId@version");
        }
        return new PolicyVersionRef(canonical.substring(0, at), Integer.parseInt(canonical.substring(at + 1)));
    }

    public String canonical() {
        return policyId + "@" + version;
    }

    @Override
    public String toString() {
        return canonical();
    }
}
