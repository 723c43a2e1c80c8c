package org.anxue.media;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Turns a probed video into what Anxue delivers: an HLS VOD playlist of ~6 s MPEG-TS segments, an
 * MP4 rendition for progressive playback, and a poster JPEG, all uploaded under
 * {@code media/{id}/}. Streams are copied when they already play everywhere (H.264 8-bit 4:2:0
 * within the size limit, AAC or no sound); otherwise they are transcoded to H.264 (OpenH264) and
 * AAC. Work happens in a temporary directory that is always removed.
 */
@ApplicationScoped
public class HlsPackager {

    private static final Logger LOG = Logger.getLogger(HlsPackager.class);
    static final String PLAYLIST = "index.m3u8";
    private static final int UPLOAD_THREADS = 4;

    /** What was made, and every key written (for cleanup if a later step fails). */
    public record Packaged(String playlistKey, String posterKey, String mp4Key, boolean remuxed, int width,
                           int height, String videoCodec, String audioCodec, double durationSeconds,
                           List<String> writtenKeys) {
    }

    /** How a video will be packaged: which streams are copied, and the delivered picture size. */
    public record Plan(boolean copyVideo, boolean copyAudio, boolean hasAudio, boolean sourceIsMp4Rendition,
                       int width, int height) {

        public boolean remux() {
            return copyVideo && (copyAudio || !hasAudio);
        }
    }

    private final MediaTools tools;
    private final MediaStore store;
    private final MediaConfig config;
    private final ExecutorService uploads = Executors.newFixedThreadPool(UPLOAD_THREADS, r -> {
        Thread t = new Thread(r, "media-upload");
        t.setDaemon(true);
        return t;
    });

    HlsPackager(MediaTools tools, MediaStore store, MediaConfig config) {
        this.tools = tools;
        this.store = store;
        this.config = config;
    }

    /** Decides copy or transcode for a probed video. */
    public Plan plan(VideoProbe.Video video) {
        ProbeResult.Stream v = video.video();
        int shortSide = Math.min(v.displayWidth(), v.displayHeight());
        double scale = shortSide > config.maxHeight() ? (double) config.maxHeight() / shortSide : 1.0;
        int width = even(v.displayWidth() * scale);
        int height = even(v.displayHeight() * scale);
        boolean copyVideo = "h264".equals(v.codec())
                && ("yuv420p".equals(v.pixelFormat()) || "yuvj420p".equals(v.pixelFormat()))
                && v.rotation() % 360 == 0   // MPEG-TS has no display matrix: rotate by transcoding
                && scale == 1.0
                && width == v.width() && height == v.height();
        boolean hasAudio = video.audio().isPresent();
        boolean copyAudio = hasAudio && "aac".equals(video.audio().get().codec());
        boolean sourceIsRendition = copyVideo && (copyAudio || !hasAudio) && video.isMp4();
        return new Plan(copyVideo, copyAudio, hasAudio, sourceIsRendition, width, height);
    }

    /**
     * Packages the video read from {@code input} (a URL or path ffmpeg reads; the object
     * {@code sourceKey}) and uploads the result. Progress goes from 0 to 1.
     *
     * @throws MediaRejected the output is much shorter than the source says: the file is cut off
     */
    public Packaged packageVideo(UUID id, String sourceKey, String input, VideoProbe.Video video,
                                 DoubleConsumer progress)
            throws MediaRejected, MediaToolException, IOException, InterruptedException {
        Plan plan = plan(video);
        double duration = video.durationSeconds();
        String prefix = MediaAsset.prefix(id);
        Path base = config.workDir().isPresent()
                ? Files.createDirectories(config.workDir().get())
                : Path.of(System.getProperty("java.io.tmpdir"));
        Path work = Files.createTempDirectory(base, "anxue-media-");
        List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try {
            String hlsInput = input;
            String mp4Key = sourceKey;
            double hlsShare = 1.0;
            if (!plan.sourceIsMp4Rendition()) {
                Path mp4 = work.resolve("video.mp4");
                tools.ffmpeg(mp4Args(input, plan, mp4), config.ffmpegTimeout(), duration,
                        f -> progress.accept(0.85 * f));
                hlsInput = mp4.toString();
                mp4Key = prefix + "video.mp4";
                hlsShare = 0.05;
            }
            double start = plan.sourceIsMp4Rendition() ? 0 : 0.85;
            double share = plan.sourceIsMp4Rendition() ? 0.85 : hlsShare;
            Path hls = Files.createDirectories(work.resolve("hls"));
            tools.ffmpeg(hlsArgs(hlsInput, plan, hls), config.ffmpegTimeout(), duration,
                    f -> progress.accept(start + share * f));
            Path poster = work.resolve("poster.jpg");
            tools.ffmpeg(List.of("-ss", String.format(Locale.ROOT, "%.3f", duration * 0.1), "-i", hlsInput,
                    "-frames:v", "1", "-vf", "scale=" + plan.width() + ":" + plan.height(), "-q:v", "3",
                    poster.toString()), config.ffmpegTimeout(), 0, f -> { });
            progress.accept(0.92);

            double packaged = tools.probe(hls.resolve(PLAYLIST).toString(), config.probeTimeout()).duration();
            if (packaged < duration - Math.max(2.0, duration * 0.05)) {
                throw new MediaRejected(MediaRejected.Code.TRUNCATED, String.format(Locale.ROOT,
                        "only %.1f s of %.1f s could be read", packaged, duration));
            }

            List<Path> segments;
            try (Stream<Path> files = Files.list(hls)) {
                segments = files.filter(p -> p.getFileName().toString().endsWith(".ts")).sorted().toList();
            }
            if (segments.isEmpty()) {
                throw new MediaRejected(MediaRejected.Code.NOT_A_VIDEO, "no picture could be decoded");
            }
            long packagedAt = System.nanoTime();
            List<Upload> uploads = new ArrayList<>();
            if (!plan.sourceIsMp4Rendition()) {
                uploads.add(new Upload(mp4Key, work.resolve("video.mp4"), "video/mp4"));
            }
            for (Path segment : segments) {
                uploads.add(new Upload(prefix + "hls/" + segment.getFileName(), segment, "video/mp2t"));
            }
            String posterKey = prefix + "poster.jpg";
            uploads.add(new Upload(posterKey, poster, "image/jpeg"));
            uploadAll(uploads, written);
            // The playlist last: once it exists, everything it names exists.
            String playlistKey = prefix + "hls/" + PLAYLIST;
            uploadAll(List.of(new Upload(playlistKey, hls.resolve(PLAYLIST), "application/vnd.apple.mpegurl")), written);
            progress.accept(1.0);
            LOG.infof("media %s: ffmpeg %d ms, upload of %d objects %d ms", id, (packagedAt - started) / 1_000_000,
                    uploads.size() + 1, (System.nanoTime() - packagedAt) / 1_000_000);
            return new Packaged(playlistKey, posterKey, mp4Key, plan.remux(), plan.width(), plan.height(),
                    "h264", plan.hasAudio() ? "aac" : null, packaged, List.copyOf(written));
        } catch (MediaRejected | MediaToolException | IOException | InterruptedException | RuntimeException e) {
            deleteQuietly(written);
            throw e;
        } finally {
            deleteTree(work);
        }
    }

    private List<String> mp4Args(String input, Plan plan, Path output) {
        List<String> args = new ArrayList<>(List.of("-i", input, "-map", "0:v:0"));
        if (plan.hasAudio()) {
            args.addAll(List.of("-map", "0:a:0"));
        }
        if (plan.copyVideo()) {
            args.addAll(List.of("-c:v", "copy"));
        } else {
            args.addAll(List.of("-c:v", "libopenh264", "-b:v", config.videoBitrate(),
                    "-vf", "scale=" + plan.width() + ":" + plan.height() + ",format=yuv420p",
                    "-fpsmax", "30",
                    // a key frame every 2 s, so that segments can be cut near the target length
                    "-force_key_frames", "expr:gte(t,n_forced*2)"));
        }
        if (plan.hasAudio()) {
            args.addAll(plan.copyAudio() ? List.of("-c:a", "copy") : List.of("-c:a", "aac", "-b:a", "128k", "-ac", "2"));
        }
        args.addAll(List.of("-sn", "-dn", "-movflags", "+faststart", "-f", "mp4", output.toString()));
        return args;
    }

    private List<String> hlsArgs(String input, Plan plan, Path dir) {
        List<String> args = new ArrayList<>(List.of("-i", input, "-map", "0:v:0"));
        if (plan.hasAudio()) {
            args.addAll(List.of("-map", "0:a:0"));
        }
        args.addAll(List.of("-c", "copy", "-sn", "-dn",
                "-f", "hls",
                "-hls_time", String.format(Locale.ROOT, "%.3f", config.segmentLength().toMillis() / 1000.0),
                "-hls_playlist_type", "vod",
                "-hls_list_size", "0",
                "-hls_segment_type", "mpegts",
                "-hls_segment_filename", dir.resolve("seg_%05d.ts").toString(),
                dir.resolve(PLAYLIST).toString()));
        return args;
    }

    private record Upload(String key, Path file, String contentType) {
    }

    /**
     * Uploads files a few at a time (segments are many and small; S3 latency, not bandwidth,
     * is the limit). On a failure, waits for the uploads already running before it throws, so
     * that the caller's cleanup sees every object that was written.
     */
    private void uploadAll(List<Upload> files, List<String> written) throws IOException, InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (Upload file : files) {
            written.add(file.key());
            running.add(uploads.submit(() -> {
                store.put(file.key(), file.file(), file.contentType());
                return null;
            }));
        }
        Exception failure = null;
        for (Future<?> future : running) {
            try {
                if (failure == null) {
                    future.get();
                } else if (!future.cancel(false)) {
                    future.get();
                }
            } catch (ExecutionException e) {
                failure = failure == null ? (Exception) e.getCause() : failure;
            } catch (java.util.concurrent.CancellationException e) {
                // not started
            } catch (InterruptedException e) {
                running.forEach(f -> f.cancel(false));
                throw e;
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw new IOException("upload failed: " + failure.getMessage(), failure);
        }
    }

    @PreDestroy
    void stop() {
        uploads.shutdownNow();
    }

    private void deleteQuietly(List<String> keys) {
        try {
            store.delete(keys);
        } catch (IOException e) {
            LOG.warnf("could not delete partial output %s: %s", keys, e.getMessage());
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("could not remove %s: %s", dir, e.getMessage());
        }
    }

    private static int even(double value) {
        int rounded = (int) Math.round(value);
        return Math.max(2, rounded - (rounded % 2));
    }
}
