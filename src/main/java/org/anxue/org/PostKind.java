package org.anxue.org;

/** The kind of post a person holds, which decides the training they need. */
public enum PostKind implements Labelled {
    PRINCIPAL("主要负责人"),
    SAFETY_MANAGER("安全生产管理人员"),
    SPECIAL_OPERATION("特种作业人员"),
    GENERAL("一般从业人员");

    private final String label;

    PostKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The three key positions (三项岗位人员). */
    public boolean keyPosition() {
        return this != GENERAL;
    }
}
