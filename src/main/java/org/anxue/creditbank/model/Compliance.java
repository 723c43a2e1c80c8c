package org.anxue.creditbank.model;

/** Whether a statement's requirement is met. */
public enum Compliance {
    MET("达标"),
    NOT_MET("未达标");

    private final String label;

    Compliance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
