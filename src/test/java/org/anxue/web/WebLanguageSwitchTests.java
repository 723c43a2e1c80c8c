package org.anxue.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import java.net.URI;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /lang/{tag}}: remembers the language and goes back, but never to another site. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class WebLanguageSwitchTests {

    @Test
    void shouldRememberTheLanguageAndGoBackToThePage() {
        var response = given().redirects().follow(false)
                .queryParam("return", "/courses?page=2&q=化工")
                .when().get("/lang/en")
                .then().statusCode(303)
                .extract().response();

        URI location = URI.create(response.header("Location"));
        assertThat(location.getRawPath()).isEqualTo("/courses");
        assertThat(location.getQuery()).isEqualTo("page=2&q=化工");

        Cookie cookie = response.detailedCookie("lang");
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(LanguageResource.COOKIE_MAX_AGE);
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Lax");
    }

    @Test
    void shouldSwitchBackToChinese() {
        given().redirects().follow(false).cookie("lang", "en")
                .queryParam("return", "/")
                .when().get("/lang/zh-CN")
                .then().statusCode(303)
                .cookie("lang", "zh-CN")
                .header("Location", endsWith("/"));
    }

    @Test
    void shouldLinkTheSwitchBackToTheCurrentPage() {
        given().accept("text/html")
                .when().get("/no-such-page?x=1")
                .then().statusCode(404)
                .body(containsString("href=\"/lang/en?return=%2Fno-such-page%3Fx%3D1\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "/\\evil.example", "/\t/evil.example",
        "javascript:alert(1)", "evil.example"})
    void shouldNeverRedirectToAnotherSite(String target) {
        String location = given().redirects().follow(false)
                .queryParam("return", target)
                .when().get("/lang/en")
                .then().statusCode(303)
                .cookie("lang", "en")
                .header("Location", not(containsString("evil")))
                .extract().header("Location");
        URI uri = URI.create(location);
        assertThat(uri.getPath()).isEqualTo("/");
        if (uri.getHost() != null) {
            assertThat(uri.getHost()).isIn("localhost", "127.0.0.1");
        }
    }

    @Test
    void shouldGoHomeWithoutAReturnPath() {
        given().redirects().follow(false)
                .when().get("/lang/en")
                .then().statusCode(303)
                .header("Location", endsWith("/"));
    }

    @Test
    void shouldRefuseALanguageWeDoNotHave() {
        given().redirects().follow(false).accept("application/json")
                .when().get("/lang/fr")
                .then().statusCode(404)
                .header("Set-Cookie", equalTo(null))
                .body("error", equalTo("unsupportedLanguage"));
    }
}
