package org.anxue.creditbank.model;

/**
 * The risk tier of the employer's industry. High-risk (高危行业): hazardous chemicals, non-coal mines,
 * metal smelting, fireworks, coal mines. The middle tier of DOMAIN.md ("三场所三企业", 危险性较大
 * enterprises) is not modelled separately: those count as {@link #GENERAL} until the bureau decides.
 */
public enum IndustryTier {
    GENERAL("一般行业"),
    HIGH_RISK("高危行业");

    private final String label;

    IndustryTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
