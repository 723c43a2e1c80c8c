package org.anxue.creditbank.model;

/** The kind of post a person holds, which decides the training they owe. */
public enum PostKind {
    /** 主要负责人: the principal person in charge of a business. */
    PRINCIPAL("主要负责人"),
    /** 安全生产管理人员: a safety-production manager. */
    SAFETY_MANAGER("安全生产管理人员"),
    /** 特种作业人员: a worker in a special operation, holding a special-operation certificate. */
    SPECIAL_OPERATION_WORKER("特种作业人员"),
    /** 一般从业人员: every other employee, including new employees before they start (岗前). */
    GENERAL_WORKER("一般从业人员");

    private final String label;

    PostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
