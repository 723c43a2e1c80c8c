package org.anxue.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.anxue.catalog.CatalogConfig;
import org.anxue.catalog.CoverImages;
import org.anxue.catalog.PackedCourse;
import org.anxue.catalog.PackedCourses;
import org.anxue.media.MediaAsset;
import org.anxue.media.MediaJobs;
import org.anxue.media.MediaOwner;
import org.anxue.media.MediaTools;
import org.anxue.media.MediaUpload;
import org.anxue.media.MediaUploads;
import org.anxue.org.Institution;
import org.jboss.logging.Logger;

/**
 * Loads the pack's sample catalog ({@code courses.yaml}) after the rest of the pack, in the
 * background, so the first start is not slowed down and the demo accounts work meanwhile; courses
 * appear in the supermarket one by one, with the progress in the log. For each course not loaded
 * yet (by its code, so loading again skips what is there), it makes every lesson's title-card
 * video at the lesson's length ({@link LessonVideos}), uploads it through the media feature's
 * presigned multipart upload like a browser would, waits until the media worker has made it
 * playable, and publishes the course through the catalog with the same checks as a submission.
 * The file is read and checked at startup: a pack with problems stops the start, like the rest of
 * the pack.
 */
@ApplicationScoped
public class SampleCatalog {

    private static final Logger LOG = Logger.getLogger(SampleCatalog.class);
    /** The account name sample videos are uploaded as; their tenant is the course's institution. */
    static final String UPLOADER = "content-pack";
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(10);

    /** What a load did. */
    public record Result(int published, int skipped, int failed) {
    }

    private final ContentConfig content;
    private final CatalogConfig catalog;
    private final PackedCourses packed;
    private final MediaUploads uploads;
    private final MediaJobs jobs;
    private final MediaTools tools;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile ExecutorService executor;
    private volatile boolean stopped;

    SampleCatalog(ContentConfig content, CatalogConfig catalog, PackedCourses packed, MediaUploads uploads,
                  MediaJobs jobs, MediaTools tools) {
        this.content = content;
        this.catalog = catalog;
        this.packed = packed;
        this.uploads = uploads;
        this.jobs = jobs;
        this.tools = tools;
    }

    /** After {@link DemoContent} (which loads the organisations and accounts the courses refer to). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!content.demo()) {
            return;
        }
        List<CoursePackReader.SampleCourse> courses = read(PackSource.of(content.pack()));
        if (courses.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "sample-catalog");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        executor.execute(() -> load(courses));
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Reads and checks a pack's courses.yaml (empty list when there is none). */
    public List<CoursePackReader.SampleCourse> read(PackSource source) {
        return new CoursePackReader(catalog.minutesPerClassHour()).read(source);
    }

    /** Publishes the courses that are not loaded yet, one after the other; returns what happened. */
    public Result load(List<CoursePackReader.SampleCourse> courses) {
        long start = System.nanoTime();
        int published = 0;
        int skipped = 0;
        int failed = 0;
        LOG.infof("Sample catalog: %d courses in the pack; loading those not loaded yet in the background", courses.size());
        for (int i = 0; i < courses.size() && !stopped; i++) {
            CoursePackReader.SampleCourse course = courses.get(i);
            if (packed.exists(course.code())) {
                skipped++;
                continue;
            }
            long t = System.nanoTime();
            try {
                publish(course);
                published++;
                LOG.infof("Sample catalog: %d/%d published %s 「%s」 (%d lessons, %d min of video) in %.1f s",
                        i + 1, courses.size(), course.code(), course.details().title(), course.lessonCount(),
                        course.videoSeconds() / 60, (System.nanoTime() - t) / 1e9);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.infof("Sample catalog: stopped after %d courses (the next start goes on)", published);
                break;
            } catch (Exception e) {
                failed++;
                LOG.errorf(e, "Sample catalog: %s 「%s」 was not loaded: %s", course.code(), course.details().title(),
                        e.getMessage());
            }
        }
        Result result = new Result(published, skipped, failed);
        LOG.infof("Sample catalog: %d published, %d already there, %d failed, in %.0f s", published, skipped, failed,
                (System.nanoTime() - start) / 1e9);
        return result;
    }

    private void publish(CoursePackReader.SampleCourse course) throws IOException, InterruptedException {
        Long institution = QuarkusTransaction.requiringNew().call(() ->
                Institution.findByLicenceNumber(course.institution()).map(i -> i.id).orElse(null));
        if (institution == null) {
            throw new IllegalStateException("there is no institution with licence " + course.institution());
        }
        MediaOwner owner = new MediaOwner(UPLOADER, "INSTITUTION:" + institution);
        TitleCards cards = new TitleCards();
        LessonVideos videos = new LessonVideos(tools);
        Path work = Files.createTempDirectory("anxue-sample-");
        try {
            List<PackedCourse.Chapter> chapters = new ArrayList<>();
            List<UUID> media = new ArrayList<>();
            int number = 0;
            for (CoursePackReader.SampleChapter chapter : course.chapters()) {
                List<PackedCourse.Lesson> lessons = new ArrayList<>();
                for (CoursePackReader.SampleLesson lesson : chapter.lessons()) {
                    number++;
                    Path file = work.resolve(course.code() + "-" + number + ".mp4");
                    videos.make(cards.lesson(course.details().title(), chapter.title(), lesson.title(), number,
                            lesson.seconds()), lesson.seconds(), work, file);
                    UUID id = upload(owner, file);
                    Files.delete(file);
                    media.add(id);
                    lessons.add(new PackedCourse.Lesson(lesson.title(), lesson.preview(), id));
                }
                chapters.add(new PackedCourse.Chapter(chapter.title(), lessons));
            }
            for (UUID id : media) {
                awaitReady(id);
            }
            byte[] cover = CoverImages.jpeg(cards.cover(course.details().title(),
                    course.details().trainingType().label() + " · " + course.details().declaredHours().stripTrailingZeros()
                            .toPlainString() + " 学时"));
            packed.publish(course.institution(), new PackedCourse(course.code(), course.details(), chapters,
                    course.questions(), cover));
        } finally {
            deleteTree(work);
        }
    }

    /** Uploads a file as a browser does: a multipart upload, presigned part URLs, PUTs to S3, complete. */
    private UUID upload(MediaOwner owner, Path file) throws IOException, InterruptedException {
        long size = Files.size(file);
        MediaUpload upload = uploads.create(owner, file.getFileName().toString(), size, "video/mp4");
        List<Integer> parts = IntStream.rangeClosed(1, upload.partCount()).boxed().toList();
        byte[] bytes = Files.readAllBytes(file);
        for (MediaUploads.PartUrl part : uploads.partUrls(owner, upload.id, parts)) {
            int from = (int) ((part.partNumber() - 1) * upload.partSize);
            int to = (int) Math.min(bytes.length, from + upload.partSize);
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(part.url()))
                    .timeout(Duration.ofMinutes(2))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes, from, to - from)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IOException("S3 answered " + response.statusCode() + " to part " + part.partNumber());
            }
        }
        uploads.complete(owner, upload.id);
        return upload.id;
    }

    private void awaitReady(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + PROCESSING_TIMEOUT.toNanos();
        while (true) {
            MediaAsset asset = jobs.find(id).orElseThrow();
            if (asset.state == MediaAsset.State.READY) {
                return;
            }
            if (asset.state == MediaAsset.State.FAILED) {
                throw new IllegalStateException("video " + id + " failed: " + asset.failureReason);
            }
            if (System.nanoTime() > deadline || stopped) {
                throw new IllegalStateException("video " + id + " is still " + asset.state);
            }
            Thread.sleep(300);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
