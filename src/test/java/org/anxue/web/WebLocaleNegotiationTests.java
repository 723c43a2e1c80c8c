package org.anxue.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** The page language over HTTP: cookie first, then Accept-Language, then zh-CN. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class WebLocaleNegotiationTests {

    private static final String CHINESE_TITLE = "安学：在线安全培训与学分银行";
    private static final String ENGLISH_TITLE = "Anxue: online safety training and credit bank";

    @Test
    void shouldServeChineseByDefault() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString(CHINESE_TITLE))
                .body(not(containsString(ENGLISH_TITLE)));
    }

    @Test
    void shouldServeEnglishToAnEnglishBrowser() {
        given().header("Accept-Language", "en-US,en;q=0.9")
                .when().get("/")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", allOf(containsString("Accept-Language"), containsString("Cookie")))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString(ENGLISH_TITLE))
                .body(containsString(">中文</a>"));
    }

    @Test
    void shouldServeChineseToABrowserWhoseLanguagesWeDoNotHave() {
        given().header("Accept-Language", "fr-FR,de;q=0.8")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"));
    }

    @Test
    void shouldServeTraditionalChineseBrowsersInSimplifiedChinese() {
        given().header("Accept-Language", "zh-TW,zh;q=0.9,en;q=0.8")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString(CHINESE_TITLE));
    }

    @Test
    void shouldLetTheCookieOverrideTheBrowser() {
        given().header("Accept-Language", "zh-CN").cookie("lang", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString(ENGLISH_TITLE));

        given().header("Accept-Language", "en-US").cookie("lang", "zh-CN")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString(CHINESE_TITLE))
                .body(containsString(">English</a>"));
    }

    @Test
    void shouldIgnoreAnUnknownCookieValue() {
        given().header("Accept-Language", "en").cookie("lang", "klingon")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
    }
}
