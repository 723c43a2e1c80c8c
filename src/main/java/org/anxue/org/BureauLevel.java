package org.anxue.org;

/** The level of an emergency management bureau in the jurisdiction tree. */
public enum BureauLevel implements Labelled {
    PROVINCE("省级", 1),
    CITY("市级", 2),
    DISTRICT("区", 3),
    COUNTY("县", 3),
    COUNTY_CITY("县级市", 3),
    ZONE("集聚区/新区", 3);

    private final String label;
    private final int rank;

    BureauLevel(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a bureau of this level may sit directly under one of {@code parent} level. */
    public boolean mayBeUnder(BureauLevel parent) {
        return parent.rank < rank;
    }
}
