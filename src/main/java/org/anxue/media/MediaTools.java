package org.anxue.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.Loader;
import org.jboss.logging.Logger;

/**
 * ffmpeg and ffprobe from Maven Central ({@code org.bytedeco:ffmpeg}, linux-x86_64), run as
 * processes with a timeout. JavaCPP extracts the executables and their libraries once per
 * machine (into ~/.javacpp/cache) and returns their paths.
 */
@ApplicationScoped
public class MediaTools {

    private static final Logger LOG = Logger.getLogger(MediaTools.class);
    private static final int STDERR_TAIL_LINES = 40;
    private static final Pattern DECODER_LINE = Pattern.compile("^\\s*V[.A-Z]{5}\\s+(\\S+)\\s");

    private volatile Path ffmpeg;
    private volatile Path ffprobe;
    private volatile Set<String> videoDecoders;

    /** Path of the ffmpeg executable, extracted on first use. */
    public Path ffmpeg() {
        if (ffmpeg == null) {
            synchronized (this) {
                if (ffmpeg == null) {
                    ffmpeg = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
                    LOG.infof("ffmpeg: %s", ffmpeg);
                }
            }
        }
        return ffmpeg;
    }

    /** Path of the ffprobe executable, extracted on first use. */
    public Path ffprobe() {
        if (ffprobe == null) {
            synchronized (this) {
                if (ffprobe == null) {
                    ffprobe = Path.of(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
                }
            }
        }
        return ffprobe;
    }

    /** Runs ffprobe on a file path or URL and parses its JSON. */
    public ProbeResult probe(String input, Duration timeout) throws MediaToolException, InterruptedException {
        List<String> command = List.of(ffprobe().toString(), "-v", "error", "-hide_banner",
                "-of", "json", "-show_format", "-show_streams", input);
        StringBuilder json = new StringBuilder();
        Result result = run(command, timeout, line -> json.append(line).append('\n'));
        if (result.exitCode != 0) {
            throw new MediaToolException("ffprobe exited with " + result.exitCode + ": " + lastLine(result.stderr),
                    result.stderr, false);
        }
        try {
            return ProbeResult.parse(json.toString());
        } catch (IOException e) {
            throw new MediaToolException("ffprobe printed no JSON: " + e.getMessage(), result.stderr, false);
        }
    }

    /**
     * Runs ffmpeg with the given arguments (after the executable). When {@code durationSeconds} is
     * positive, reports the fraction done (0..1) from {@code -progress pipe:1} as it goes.
     */
    public void ffmpeg(List<String> args, Duration timeout, double durationSeconds, DoubleConsumer progress)
            throws MediaToolException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ffmpeg().toString());
        command.addAll(List.of("-hide_banner", "-nostdin", "-nostats", "-v", "error", "-y", "-progress", "pipe:1"));
        command.addAll(args);
        Result result = run(command, timeout, line -> {
            if (durationSeconds > 0 && line.startsWith("out_time_us=")) {
                try {
                    double seconds = Long.parseLong(line.substring("out_time_us=".length()).trim()) / 1_000_000.0;
                    progress.accept(Math.max(0, Math.min(1, seconds / durationSeconds)));
                } catch (NumberFormatException e) {
                    // "N/A" before the first frame
                }
            }
        });
        if (result.exitCode != 0) {
            throw new MediaToolException("ffmpeg exited with " + result.exitCode + ": " + lastLine(result.stderr),
                    result.stderr, false);
        }
    }

    /**
     * Reads a file's video stream to its end without decoding (stream copy to the null muxer) and
     * returns how long it lasts: for files whose header states no duration (live-recorded WebM).
     */
    public double measureDuration(String input, Duration timeout) throws MediaToolException, InterruptedException {
        double[] last = {0};
        List<String> command = List.of(ffmpeg().toString(), "-hide_banner", "-nostdin", "-nostats", "-v", "error",
                "-progress", "pipe:1", "-i", input, "-map", "0:v:0", "-c", "copy", "-f", "null", "-");
        Result result = run(command, timeout, line -> {
            if (line.startsWith("out_time_us=")) {
                try {
                    last[0] = Math.max(last[0], Long.parseLong(line.substring("out_time_us=".length()).trim()) / 1_000_000.0);
                } catch (NumberFormatException e) {
                    // "N/A" before the first packet
                }
            }
        });
        if (result.exitCode != 0) {
            throw new MediaToolException("ffmpeg exited with " + result.exitCode + ": " + lastLine(result.stderr),
                    result.stderr, false);
        }
        return last[0];
    }

    /** Names of the video codecs this ffmpeg can decode (from {@code ffmpeg -decoders}). */
    public Set<String> videoDecoders() throws MediaToolException, InterruptedException {
        if (videoDecoders == null) {
            Set<String> names = new HashSet<>();
            Result result = run(List.of(ffmpeg().toString(), "-hide_banner", "-decoders"), Duration.ofSeconds(30),
                    line -> {
                        Matcher m = DECODER_LINE.matcher(line);
                        if (m.find()) {
                            names.add(m.group(1));
                        }
                    });
            if (result.exitCode != 0 || names.isEmpty()) {
                throw new MediaToolException("ffmpeg -decoders failed", result.stderr, false);
            }
            videoDecoders = Set.copyOf(names);
        }
        return videoDecoders;
    }

    record Result(int exitCode, String stderr) {
    }

    /**
     * Runs a command, feeding stdout lines to a consumer and keeping the tail of stderr. On
     * timeout or interruption the process is killed, so no ffmpeg outlives its job.
     */
    private Result run(List<String> command, Duration timeout, Consumer<String> stdoutLines)
            throws MediaToolException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // The extracted libraries sit beside the executables; libva is not found through the rpath.
        String dir = Path.of(command.get(0)).getParent().toString();
        String existing = builder.environment().get("LD_LIBRARY_PATH");
        builder.environment().put("LD_LIBRARY_PATH", existing == null || existing.isBlank() ? dir : dir + ":" + existing);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new MediaToolException("could not start " + command.get(0) + ": " + e.getMessage(), "", false);
        }
        Deque<String> stderrTail = new ArrayDeque<>();
        Thread out = pump(process.getInputStream(), stdoutLines, "media-tool-out");
        Thread err = pump(process.getErrorStream(), line -> {
            synchronized (stderrTail) {
                stderrTail.addLast(line);
                if (stderrTail.size() > STDERR_TAIL_LINES) {
                    stderrTail.removeFirst();
                }
            }
        }, "media-tool-err");
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new MediaToolException(Path.of(command.get(0)).getFileName() + " did not finish within "
                        + timeout, tail(stderrTail), true);
            }
            out.join(5_000);
            err.join(5_000);
            return new Result(process.exitValue(), tail(stderrTail));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static Thread pump(InputStream stream, Consumer<String> lines, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    try {
                        lines.accept(line);
                    } catch (RuntimeException e) {
                        // keep draining, or the process would block on a full pipe
                        LOG.debugf(e, "%s: could not handle a line", name);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String tail(Deque<String> lines) {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    private static String lastLine(String text) {
        String trimmed = text.strip();
        int nl = trimmed.lastIndexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(nl + 1);
    }
}
