package org.anxue.learning.playback;

/**
 * Port: checkpoint questions (随机弹题) from a course's question bank, answered by
 * {@link CatalogLessons} from the catalog's tables (see {@link CatalogPorts}).
 *
 * <p>A question is bound to the nonce the study-time model issues with each checkpoint: the same
 * course and nonce always give the same question, so it can be shown again (a reload, a repeated
 * heartbeat) and graded later without being stored here. The nonce is 128 unpredictable bits, so
 * a client cannot choose its question. May block; called on worker threads.
 */
public interface CheckpointQuestions {

    /** The question for this checkpoint of a course. */
    CheckpointQuestion draw(long courseId, String nonce);

    /** Whether {@code answer} is a correct answer to {@link #draw(long, String) the question} of that nonce. */
    boolean isCorrect(long courseId, String nonce, String answer);
}
