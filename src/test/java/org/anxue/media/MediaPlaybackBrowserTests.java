package org.anxue.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.anxue.local.TestEngines;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signed playback in Debian's Chromium: a video element on an Anxue page plays the HLS playlist
 * (segments straight from S3) and the MP4 fallback (a 303 to S3, Range requests), and its time
 * advances. Chromium 156 plays HLS natively; hls.js (not in the frontend yet) would fetch the same
 * URLs with XHR, which needs the same CORS answer from S3.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class MediaPlaybackBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String PLAY = """
            async (src) => {
              const video = document.createElement('video');
              video.muted = true;
              // Segments come from S3, another origin: Chromium's built-in HLS player plays them
              // only as CORS requests (S3 must allow GET from Anxue's origin).
              video.crossOrigin = 'anonymous';
              video.playsInline = true;
              video.src = src;
              document.body.appendChild(video);
              await video.play();
              return video.canPlayType('application/vnd.apple.mpegurl');
            }""";

    @Test
    @TestSecurity(user = "alice")
    void shouldPlayTheSignedHlsPlaylistAndAdvance() {
        UUID id = readyVideo();
        Page page = browser.open("/");

        Object hls = page.evaluate(PLAY, "/api/media/" + id + "/playlist.m3u8");

        assertThat(String.valueOf(hls)).isNotEmpty();
        page.waitForFunction("() => document.querySelector('video').currentTime > 1.5",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat((Number) page.evaluate("() => document.querySelector('video').videoHeight")).isEqualTo(360);
    }

    @Test
    @TestSecurity(user = "alice")
    void shouldPlayTheMp4FallbackAndAdvance() {
        UUID id = readyVideo();
        Page page = browser.open("/");

        page.evaluate(PLAY, "/api/media/" + id + "/mp4");

        page.waitForFunction("() => document.querySelector('video').currentTime > 1.5",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat((String) page.evaluate("() => document.querySelector('video').currentSrc"))
                .endsWith("/api/media/" + id + "/mp4");
    }

    private static UUID readyVideo() {
        UUID id = UploadClient.upload(TestVideos.h264Mp4(), "browser.mp4", "video/mp4");
        assertThat(UploadClient.awaitFinished(id).getString("state")).isEqualTo("READY");
        return id;
    }
}
