package org.anxue.org;

/**
 * How closely a company is watched: every company of a high-risk industry is HIGH_RISK; others are
 * MAJOR when they are 危险性较大 (the "三场所三企业" list) and GENERAL otherwise.
 */
public enum RiskTier implements Labelled {
    HIGH_RISK("高危行业"),
    MAJOR("危险性较大"),
    GENERAL("一般");

    private final String label;

    RiskTier(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a company of {@code industry} may be put in this tier. */
    public boolean fits(Industry industry) {
        return industry.highRisk() == (this == HIGH_RISK);
    }

    /** The tier a company of {@code industry} gets when nothing else is said. */
    public static RiskTier defaultFor(Industry industry) {
        return industry.highRisk() ? HIGH_RISK : GENERAL;
    }
}
