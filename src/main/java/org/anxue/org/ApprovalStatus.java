package org.anxue.org;

/** Where a company or training institution stands with its bureau. */
public enum ApprovalStatus implements Labelled {
    PENDING("待审核"),
    APPROVED("已通过"),
    REJECTED("已驳回"),
    SUSPENDED("已暂停"),
    REVOKED("已撤销");

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
