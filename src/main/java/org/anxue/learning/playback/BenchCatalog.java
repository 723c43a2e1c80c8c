package org.anxue.learning.playback;

import java.util.List;
import java.util.Optional;

/**
 * Synthetic lessons and questions for the heartbeat benchmark and the process tests, served only
 * with {@code anxue.learning.bench.enabled=true}, instead of the catalog's (see {@link CatalogPorts}): lessons
 * 1 to 1,000,000, each a one-hour video, ten lessons per course; each checkpoint asks for the sum
 * of two digits taken from its nonce. Never meant for learners.
 */
final class BenchCatalog implements LessonDirectory, CheckpointQuestions {

    static final long LESSONS = 1_000_000;
    static final long DURATION_MILLIS = 3_600_000;

    @Override
    public Optional<LessonVideo> find(long lessonId) {
        if (lessonId < 1 || lessonId > LESSONS) {
            return Optional.empty();
        }
        return Optional.of(new LessonVideo(lessonId, 1 + (lessonId - 1) / 10, DURATION_MILLIS));
    }

    @Override
    public CheckpointQuestion draw(long courseId, String nonce) {
        int a = digit(nonce, 0);
        int b = digit(nonce, 1);
        return new CheckpointQuestion("基准测试题 (benchmark question): " + a + " + " + b + " = ?",
                List.of(Integer.toString(a + b), Integer.toString(a + b + 1), Integer.toString(a + b + 2)));
    }

    @Override
    public boolean isCorrect(long courseId, String nonce, String answer) {
        return Integer.toString(digit(nonce, 0) + digit(nonce, 1)).equals(answer);
    }

    /** The nonce's hex digit at {@code index}, reduced to 0-9 (0 when the nonce is too short). */
    private static int digit(String nonce, int index) {
        return index < nonce.length() ? Math.max(0, Character.digit(nonce.charAt(index), 16)) % 10 : 0;
    }
}
