package org.anxue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLocalPathTests {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/courses", "/courses?page=2&q=%E5%8C%96%E5%B7%A5", "/my/courses#lesson-3",
        "/a//b"})
    void shouldAcceptAPathOnThisSite(String target) {
        assertThat(LocalPath.of(target)).contains(target);
        assertThat(LocalPath.orHome(target)).isEqualTo(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "courses", "//evil.example", "//evil.example/path", "/\\evil.example",
        "\\\\evil.example", "https://evil.example", "http:evil.example", "javascript:alert(1)",
        "/\t/evil.example", "/\n/evil.example", "/ok\r\nSet-Cookie: x=1", " /courses", "/%zz"})
    void shouldRefuseAnythingThatCouldLeaveTheSite(String target) {
        assertThat(LocalPath.of(target)).isEmpty();
        assertThat(LocalPath.orHome(target)).isEqualTo("/");
    }

    @Test
    void shouldPercentEncodeCharactersBeyondAscii() {
        assertThat(LocalPath.of("/courses?q=化工")).contains("/courses?q=%E5%8C%96%E5%B7%A5");
    }

    @Test
    void shouldRefuseNothingAtAll() {
        assertThat(LocalPath.of(null)).isEmpty();
        assertThat(LocalPath.orHome(null)).isEqualTo("/");
    }
}
