package org.anxue.org;

/**
 * A company's size by the national 统计上大中小微型企业划分 categories (by industry: employees and
 * operating revenue), as the company or its bureau records it.
 */
public enum CompanyScale implements Labelled {
    LARGE("大型"),
    MEDIUM("中型"),
    SMALL("小型"),
    MICRO("微型");

    private final String label;

    CompanyScale(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the plan's 小微企业 (small and micro enterprises) include this size. */
    public boolean smallOrMicro() {
        return this == SMALL || this == MICRO;
    }
}
