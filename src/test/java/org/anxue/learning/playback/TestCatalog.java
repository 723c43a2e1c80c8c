package org.anxue.learning.playback;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalog as the playback tests need it: tests add lessons with the durations they want; every
 * checkpoint of their courses asks a yes/no question whose right answer is {@link #RIGHT}. Lessons
 * and courses it did not make are the real catalog's ({@link CatalogLessons}), so tests of real
 * courses play through it unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestCatalog implements LessonDirectory, CheckpointQuestions {

    static final String RIGHT = "对";
    static final String WRONG = "错";

    private final Map<Long, LessonVideo> lessons = new ConcurrentHashMap<>();

    @Inject
    CatalogLessons catalog;
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    /** A new lesson of a new course with a video of the given length. */
    LessonVideo addLesson(long durationMillis) {
        long id = ids.incrementAndGet();
        LessonVideo video = new LessonVideo(id, id, durationMillis);
        lessons.put(id, video);
        return video;
    }

    @Override
    public Optional<LessonVideo> find(long lessonId) {
        LessonVideo video = lessons.get(lessonId);
        return video != null ? Optional.of(video) : catalog.find(lessonId);
    }

    @Override
    public boolean mayPlay(long personId, long lessonId) {
        return lessons.containsKey(lessonId) || catalog.mayPlay(personId, lessonId);
    }

    @Override
    public CheckpointQuestion draw(long courseId, String nonce) {
        if (!lessons.containsKey(courseId)) {
            return catalog.draw(courseId, nonce);
        }
        return new CheckpointQuestion("课程 " + courseId + " 检查题 " + nonce.substring(0, 6) + "：视频讲的内容您看了吗？",
                List.of(RIGHT, WRONG));
    }

    @Override
    public boolean isCorrect(long courseId, String nonce, String answer) {
        if (!lessons.containsKey(courseId)) {
            return catalog.isCorrect(courseId, nonce, answer);
        }
        return RIGHT.equals(answer);
    }
}
