package org.anxue.org;

/**
 * The industry a company is supervised under. The first five are the high-risk industries (高危行业)
 * whose principals and safety managers need the longer training hours.
 */
public enum Industry implements Labelled {
    CHEMICAL("化工危险化学品", true),
    NON_COAL_MINE("非煤矿山", true),
    METAL_SMELTING("金属冶炼", true),
    FIREWORKS("烟花爆竹", true),
    COAL_MINE("煤矿", true),
    INDUSTRY_TRADE("工贸", false),
    OTHER("其他", false);

    private final String label;
    private final boolean highRisk;

    Industry(String label, boolean highRisk) {
        this.label = label;
        this.highRisk = highRisk;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean highRisk() {
        return highRisk;
    }
}
