package org.anxue.creditbank.model;

/** What a training requirement is for. */
public enum TrainingType {
    /** 初训: initial training for a new principal, safety manager or special-operation worker. */
    INITIAL("初训"),
    /** 再培训: the annual refresher for principals and safety managers. */
    REFRESHER("再培训"),
    /** 复审: the review of a special-operation certificate, every three years. */
    REVIEW("复审"),
    /** 岗前: pre-job training of a new employee. */
    PRE_JOB("岗前"),
    /** 日常: the annual routine training of every employee. */
    ROUTINE("日常");

    private final String label;

    TrainingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
