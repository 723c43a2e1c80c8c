package org.anxue.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class VideoProbeTests {

    @Inject
    VideoProbe probe;

    @Inject
    HlsPackager packager;

    @Test
    void shouldAcceptAnH264Mp4AndPlanToCopyItsStreams() throws Exception {
        VideoProbe.Video video = inspect(TestVideos.h264Mp4());

        assertThat(video.durationSeconds()).isBetween(3.9, 4.2);
        assertThat(video.isMp4()).isTrue();
        HlsPackager.Plan plan = packager.plan(video);
        assertThat(plan.remux()).isTrue();
        assertThat(plan.sourceIsMp4Rendition()).isTrue();
        assertThat(plan.width()).isEqualTo(640);
        assertThat(plan.height()).isEqualTo(360);
    }

    @Test
    void shouldAcceptAVp9WebmAndPlanToTranscodeIt() throws Exception {
        VideoProbe.Video video = inspect(TestVideos.vp9Webm());

        assertThat(video.video().codec()).isEqualTo("vp9");
        assertThat(video.audio()).hasValueSatisfying(a -> assertThat(a.codec()).isEqualTo("opus"));
        HlsPackager.Plan plan = packager.plan(video);
        assertThat(plan.copyVideo()).isFalse();
        assertThat(plan.copyAudio()).isFalse();
        assertThat(plan.sourceIsMp4Rendition()).isFalse();
    }

    @Test
    void shouldPlanToTranscodeARotatedVideoToItsUprightSize() throws Exception {
        VideoProbe.Video video = inspect(TestVideos.rotatedMp4());

        assertThat(Math.abs(video.video().rotation())).isEqualTo(90);
        HlsPackager.Plan plan = packager.plan(video);
        assertThat(plan.copyVideo()).as("MPEG-TS cannot carry the rotation").isFalse();
        assertThat(plan.copyAudio()).isTrue();
        assertThat(plan.width()).isEqualTo(360);
        assertThat(plan.height()).isEqualTo(640);
    }

    @Test
    void shouldPlanToScaleAFullHdVideoDownTo720p() throws Exception {
        HlsPackager.Plan plan = packager.plan(inspect(TestVideos.fullHdMp4()));

        assertThat(plan.copyVideo()).isFalse();
        assertThat(plan.width()).isEqualTo(1280);
        assertThat(plan.height()).isEqualTo(720);
    }

    @Test
    void shouldMeasureTheDurationOfAWebmWhoseHeaderStatesNone() throws Exception {
        Path live = TestVideos.liveWebm();
        assertThat(TestVideos.tools().probe(live.toString(), java.time.Duration.ofSeconds(30)).duration()).isZero();

        assertThat(inspect(live).durationSeconds()).isBetween(2.9, 3.2);
    }

    @Test
    void shouldRejectAPdfAsNotAVideo() {
        assertRejected(TestVideos.pdf(), MediaRejected.Code.NOT_A_VIDEO, "不是视频文件 / not a video file");
    }

    @Test
    void shouldRejectRandomBytesAsNotAVideo() {
        assertRejected(TestVideos.randomBytes(), MediaRejected.Code.NOT_A_VIDEO, "not a video file");
    }

    @Test
    void shouldRejectAnMp4CutBeforeItsIndexAsTruncated() {
        assertRejected(TestVideos.truncated(TestVideos.h264Mp4(), 0.5), MediaRejected.Code.TRUNCATED,
                "文件不完整 / truncated file");
    }

    @Test
    void shouldRejectAnMp4WithItsIndexFirstButItsDataCutAsTruncated() {
        assertRejected(TestVideos.truncated(TestVideos.h264FaststartMp4(), 0.6), MediaRejected.Code.TRUNCATED,
                "truncated file");
    }

    @Test
    void shouldRejectSoundWithoutPicture() {
        assertRejected(TestVideos.audioOnly(), MediaRejected.Code.NO_VIDEO_STREAM, "no picture");
    }

    @Test
    void shouldRejectASinglePicture() {
        assertRejected(TestVideos.picture(), MediaRejected.Code.NOT_A_VIDEO, "not a video file");
    }

    private VideoProbe.Video inspect(Path file) throws Exception {
        return probe.inspect(file.toString(), VideoProbe.Bytes.of(file));
    }

    private void assertRejected(Path file, MediaRejected.Code code, String reason) {
        assertThatThrownBy(() -> inspect(file))
                .isInstanceOfSatisfying(MediaRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(reason);
                });
    }
}
