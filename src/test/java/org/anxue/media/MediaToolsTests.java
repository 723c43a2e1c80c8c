package org.anxue.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** ffmpeg and ffprobe from Maven Central, run as processes (no Quarkus needed). */
class MediaToolsTests {

    private final MediaTools tools = TestVideos.tools();

    @Test
    void shouldReadDurationCodecsAndSizeFromFfprobeJson() throws Exception {
        ProbeResult probe = tools.probe(TestVideos.h264Mp4().toString(), Duration.ofSeconds(30));

        assertThat(probe.formatName()).contains("mp4");
        assertThat(probe.duration()).isBetween(3.9, 4.2);
        assertThat(probe.video()).hasValueSatisfying(v -> {
            assertThat(v.codec()).isEqualTo("h264");
            assertThat(v.width()).isEqualTo(640);
            assertThat(v.height()).isEqualTo(360);
            assertThat(v.pixelFormat()).isEqualTo("yuv420p");
        });
        assertThat(probe.audio()).hasValueSatisfying(a -> assertThat(a.codec()).isEqualTo("aac"));
    }

    @Test
    void shouldReportProgressOfAnFfmpegJobUpToTheEnd() throws Exception {
        Path out = TestVideos.dir().resolve("progress-out.mp4");
        List<Double> progress = new CopyOnWriteArrayList<>();

        tools.ffmpeg(List.of("-i", TestVideos.vp9Webm().toString(), "-c:v", "libopenh264", "-c:a", "aac",
                out.toString()), Duration.ofMinutes(1), 4.0, progress::add);

        assertThat(progress).isNotEmpty().allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(progress.get(progress.size() - 1)).isGreaterThan(0.95);
        assertThat(tools.probe(out.toString(), Duration.ofSeconds(30)).video().orElseThrow().codec()).isEqualTo("h264");
    }

    @Test
    void shouldKillFfmpegThatRunsPastItsTimeout() {
        long start = System.nanoTime();

        // An endless test source: only the timeout stops it.
        assertThatThrownBy(() -> tools.ffmpeg(List.of("-re", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25",
                "-f", "null", "-"), Duration.ofSeconds(1), 0, f -> { }))
                .isInstanceOfSatisfying(MediaToolException.class, e -> assertThat(e.timedOut()).isTrue());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(ProcessHandle.current().children()
                .filter(p -> p.info().command().orElse("").endsWith("ffmpeg"))
                .filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void shouldFailWithFfprobesReasonForAFileThatIsNoMedia() {
        assertThatThrownBy(() -> tools.probe(TestVideos.pdf().toString(), Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(MediaToolException.class,
                        e -> assertThat(e.stderr()).contains("Invalid data found when processing input"));
    }

    @Test
    void shouldListTheVideoDecodersOfThisFfmpeg() throws Exception {
        assertThat(tools.videoDecoders()).contains("h264", "vp9", "hevc", "mpeg4").doesNotContain("aac");
    }
}
