package org.anxue.learning.playback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.anxue.catalog.CatalogFixtures;
import org.anxue.learning.enrolment.Enrolling;
import org.anxue.media.MediaToolException;
import org.anxue.media.TestVideos;
import org.anxue.security.Account;

/**
 * Real published courses for the playback tests: lesson videos of a chosen length made by ffmpeg
 * and sent through the media pipeline (upload, probe, HLS packaging), a question bank, published by
 * the district officer, and the world's worker enrolled through {@link Enrolling}.
 */
final class PlayableCourses {

    /** A published course of the world's institution A; {@code lessons} in outline order. */
    record Course(CatalogFixtures.World world, long courseId, List<Long> lessons, Learners.Learner worker) {
    }

    private static final Map<Integer, Path> VIDEOS = new ConcurrentHashMap<>();

    private PlayableCourses() {
    }

    /**
     * A course of {@code lessonCount} video lessons of {@code seconds} seconds each (the first a free
     * preview) and five single-choice questions, published; the worker is enrolled
     * through {@code enrolling} unless it is null.
     */
    static Course published(int seconds, int lessonCount, Enrolling enrolling) {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "受限空间作业安全" + world.tag());
        long chapter = CatalogFixtures.addChapter(world.institutionA(), course, "第一章 作业前准备");
        List<Long> lessons = new ArrayList<>();
        for (int i = 0; i < lessonCount; i++) {
            long lesson = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第 " + (i + 1) + " 课", i == 0);
            CatalogFixtures.attach(world.institutionA(), course, lesson, readyVideo(world, seconds));
            lessons.add(lesson);
        }
        CatalogFixtures.addQuestions(world.institutionA(), course, 5);
        CatalogFixtures.publish(world, course);
        long personId = QuarkusTransaction.requiringNew().call(() ->
                Account.<Account>find("username", "w-" + world.tag()).firstResult().person.id);
        Learners.Learner worker = new Learners.Learner(personId, "w-" + world.tag(), world.worker());
        if (enrolling != null) {
            enrolling.enrol(personId, course, true);
        }
        return new Course(world, course, lessons, worker);
    }

    static UUID readyVideo(CatalogFixtures.World world, int seconds) {
        UUID id = CatalogFixtures.upload(world.institutionA(), video(seconds));
        JsonPath media = CatalogFixtures.awaitFinished(world.institutionA(), id);
        if (!"READY".equals(media.getString("state"))) {
            throw new AssertionError("the test video was not processed: " + media.prettify());
        }
        return id;
    }

    /** A small H.264 + AAC MP4 of the given length (testsrc picture, sine tone), made once per JVM. */
    static Path video(int seconds) {
        return VIDEOS.computeIfAbsent(seconds, s -> {
            try {
                Path file = Files.createTempFile("anxue-lesson-" + s + "s-", ".mp4");
                TestVideos.tools().ffmpeg(List.of("-y", "-loglevel", "error",
                        "-f", "lavfi", "-i", "testsrc=size=320x180:rate=15:duration=" + s,
                        "-f", "lavfi", "-i", "sine=frequency=440:duration=" + s,
                        "-c:v", "libopenh264", "-b:v", "200k", "-c:a", "aac", "-shortest", file.toString()),
                        Duration.ofMinutes(2), 0, progress -> { });
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MediaToolException e) {
                throw new IllegalStateException("ffmpeg failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
