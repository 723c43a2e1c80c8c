package org.anxue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebLanguageTests {

    @Test
    void shouldDefaultToSimplifiedChinese() {
        assertThat(Language.negotiate(null, null)).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("", "")).isEqualTo(Language.ZH_CN);
    }

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
            "en                              | EN",
            "en-US,en;q=0.9                  | EN",
            "en-GB,en;q=0.9                  | EN",
            "zh-CN,zh;q=0.9,en;q=0.8         | ZH_CN",
            "zh-TW                           | ZH_CN",
            "zh-Hant-HK                      | ZH_CN",
            "fr-FR,fr;q=0.9,en;q=0.5         | EN",
            "fr-FR,fr;q=0.9                  | ZH_CN",
            "en;q=0.3,zh;q=0.7               | ZH_CN",
            "zh;q=0,en;q=0.1                 | EN",
            "*                               | ZH_CN",
            "not a header ;;; q=x            | ZH_CN",
    })
    void shouldFollowTheBrowsersPreferenceWithoutACookie(String acceptLanguage, Language expected) {
        assertThat(Language.negotiate(null, acceptLanguage)).isEqualTo(expected);
    }

    @Test
    void shouldPreferTheCookieOverTheBrowser() {
        assertThat(Language.negotiate("en", "zh-CN,zh;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("zh-CN", "en-US")).isEqualTo(Language.ZH_CN);
        assertThat(Language.negotiate("ZH-cn", "en-US")).isEqualTo(Language.ZH_CN);
    }

    @Test
    void shouldIgnoreACookieNamingALanguageWeDoNotHave() {
        assertThat(Language.negotiate("fr", "en-US")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("zh-TW", null)).isEqualTo(Language.ZH_CN);
    }

    @Test
    void shouldOfferTheOtherLanguageInTheSwitch() {
        assertThat(Language.ZH_CN.other()).isEqualTo(Language.EN);
        assertThat(Language.EN.other()).isEqualTo(Language.ZH_CN);
        assertThat(Language.ZH_CN.locale().toLanguageTag()).isEqualTo("zh-CN");
        assertThat(Language.EN.locale().toLanguageTag()).isEqualTo("en");
    }
}
