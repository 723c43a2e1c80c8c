package org.anxue.content;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.anxue.media.MediaToolException;
import org.anxue.media.MediaTools;

/**
 * Makes a sample lesson's video: its title card as a still picture for the lesson's whole length,
 * H.264 in MP4. Cheap even for an hour: the card is encoded once as one minute at one frame every
 * two seconds (one key frame), and that minute is repeated by stream copy ({@code -stream_loop})
 * to the full length, so a 45-minute lesson costs about a second of CPU and half a megabyte with
 * its HLS segments. The video has the lesson's real length (rounded up to an even number of
 * seconds, one frame lasting two), so the course's declared class hours match its video time as
 * the catalog's check requires.
 */
public final class LessonVideos {

    /** One frame every two seconds. */
    static final String FRAME_RATE = "1/2";
    /** The repeated chunk: 60 s, one key frame (GOP of 30 frames). */
    static final int CHUNK_SECONDS = 60;

    private final MediaTools tools;

    public LessonVideos(MediaTools tools) {
        this.tools = tools;
    }

    /** Writes a {@code seconds}-long MP4 of {@code card} to {@code out}; {@code work} holds the temporary files. */
    public void make(BufferedImage card, long seconds, Path work, Path out) throws IOException, InterruptedException {
        Path png = work.resolve(out.getFileName() + ".png");
        ImageIO.write(card, "png", png.toFile());
        try {
            if (seconds <= CHUNK_SECONDS) {
                encode(png, seconds, out);
                return;
            }
            Path chunk = work.resolve(out.getFileName() + ".chunk.mp4");
            try {
                encode(png, CHUNK_SECONDS, chunk);
                long repeats = (seconds + CHUNK_SECONDS - 1) / CHUNK_SECONDS;
                run(List.of("-stream_loop", Long.toString(repeats - 1), "-i", chunk.toString(), "-c", "copy",
                        "-t", Long.toString(seconds), "-movflags", "+faststart", out.toString()));
            } finally {
                Files.deleteIfExists(chunk);
            }
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private void encode(Path png, long seconds, Path out) throws IOException, InterruptedException {
        run(List.of("-loop", "1", "-framerate", FRAME_RATE, "-i", png.toString(), "-t", Long.toString(seconds),
                "-c:v", "libopenh264", "-g", "30", "-pix_fmt", "yuv420p", "-movflags", "+faststart", out.toString()));
    }

    private void run(List<String> args) throws IOException, InterruptedException {
        try {
            tools.ffmpeg(args, Duration.ofMinutes(5), 0, progress -> { });
        } catch (MediaToolException e) {
            throw new IOException(String.format(Locale.ROOT, "ffmpeg failed: %s%n%s", e.getMessage(), e.stderr()), e);
        }
    }
}
