package org.anxue.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Short real test files made by ffmpeg's lavfi sources (testsrc picture, sine tone), once per
 * test JVM, in a temporary directory.
 */
public final class TestVideos {

    private static final MediaTools TOOLS = new MediaTools();
    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();
    private static Path dir;

    private TestVideos() {
    }

    public static MediaTools tools() {
        return TOOLS;
    }

    /** 4 s, 640x360, H.264 (OpenH264) + AAC in MP4, index at the end (ffmpeg's default). */
    public static Path h264Mp4() {
        return make("h264.mp4", out -> List.of("-f", "lavfi", "-i", "testsrc=size=640x360:rate=25:duration=4",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=4",
                "-c:v", "libopenh264", "-b:v", "800k", "-c:a", "aac", "-shortest", out));
    }

    /** The same with the index first (+faststart), as cameras and editors often write it. */
    public static Path h264FaststartMp4() {
        return make("h264-faststart.mp4", out -> List.of("-f", "lavfi", "-i", "testsrc=size=640x360:rate=25:duration=4",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=4",
                "-c:v", "libopenh264", "-b:v", "800k", "-c:a", "aac", "-shortest", "-movflags", "+faststart", out));
    }

    /**
     * 3 s of 1280x720 noise at a very high bit rate: over 10 MiB, so that it needs three 5 MiB
     * parts (S3's minimum part size; S3Proxy enforces it too). H.264 + AAC, so it is remuxed.
     */
    public static Path largeH264Mp4() {
        return make("large.mp4", out -> List.of("-f", "lavfi",
                "-i", "nullsrc=size=1280x720:rate=25:duration=3,geq=lum='random(1)*255':cb=128:cr=128",
                "-f", "lavfi", "-i", "sine=frequency=330:duration=3",
                "-c:v", "libopenh264", "-b:v", "40M", "-c:a", "aac", "-shortest", out));
    }

    /** 4 s, 640x360, VP9 + Opus in WebM: must be transcoded. */
    public static Path vp9Webm() {
        return make("vp9.webm", out -> List.of("-f", "lavfi", "-i", "testsrc=size=640x360:rate=25:duration=4",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=4",
                "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "500k",
                "-c:a", "libopus", "-shortest", out));
    }

    /** 3 s of VP9 + Opus WebM written as a live stream: the header states no duration. */
    public static Path liveWebm() {
        return make("live.webm", out -> List.of("-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=3",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
                "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus",
                "-live", "1", "-f", "webm", out));
    }

    /** The 640x360 H.264 MP4 with a display matrix saying "turn by 90°", as phones record portrait video. */
    public static Path rotatedMp4() {
        Path source = h264Mp4();
        return make("rotated.mp4", out -> List.of("-display_rotation", "90", "-i", source.toString(), "-c", "copy", out));
    }

    /** 2 s of 1920x1080 H.264 + AAC: copyable codecs, but larger than 720p. */
    public static Path fullHdMp4() {
        return make("fullhd.mp4", out -> List.of("-f", "lavfi", "-i", "testsrc=size=1920x1080:rate=25:duration=2",
                "-f", "lavfi", "-i", "sine=duration=2", "-c:v", "libopenh264", "-c:a", "aac", "-shortest", out));
    }

    /** 3 s of sound only. */
    public static Path audioOnly() {
        return make("audio.m4a", out -> List.of("-f", "lavfi", "-i", "sine=duration=3", "-c:a", "aac", out));
    }

    /** One PNG picture. */
    public static Path picture() {
        return make("picture.png", out -> List.of("-f", "lavfi", "-i", "testsrc=size=320x240", "-frames:v", "1", out));
    }

    /** A small but valid-looking PDF document. */
    public static Path pdf() {
        return MADE.computeIfAbsent("doc.pdf", name -> write(name, ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII)));
    }

    /** 300 KB of random bytes (to be uploaded under a .mp4 name). */
    public static Path randomBytes() {
        return MADE.computeIfAbsent("random.bin", name -> {
            byte[] bytes = new byte[300_000];
            new Random(42).nextBytes(bytes);
            return write(name, bytes);
        });
    }

    /** The first {@code fraction} of a file, as a cut-off upload or recording leaves it. */
    public static Path truncated(Path file, double fraction) {
        return MADE.computeIfAbsent("cut-" + fraction + "-" + file.getFileName(), name -> {
            try {
                byte[] all = Files.readAllBytes(file);
                return write(name, java.util.Arrays.copyOf(all, (int) (all.length * fraction)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    interface Args {
        List<String> of(String output);
    }

    /** Runs ffmpeg to make a file (MediaTools adds -y, -v error and the progress pipe). */
    static Path make(String name, Args args) {
        return MADE.computeIfAbsent(name, n -> {
            Path out = dir().resolve(n);
            try {
                TOOLS.ffmpeg(args.of(out.toString()), Duration.ofMinutes(10), 0, f -> { });
            } catch (MediaToolException e) {
                throw new IllegalStateException("could not make " + n + ": " + e.getMessage() + "\n" + e.stderr(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return out;
        });
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir().resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("anxue-test-videos-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path d = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> HlsPackager.deleteTree(d)));
        }
        return dir;
    }
}
