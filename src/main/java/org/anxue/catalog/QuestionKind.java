package org.anxue.catalog;

/** 单选题, 多选题 and 判断题 of a course's question bank. */
public enum QuestionKind {
    /** Two to eight options, exactly one of them correct. */
    SINGLE,
    /** Three to eight options, two or more of them correct (as 多选题 are in Chinese exams). */
    MULTIPLE,
    /** A statement that is right or wrong; no options. */
    TRUE_FALSE
}
