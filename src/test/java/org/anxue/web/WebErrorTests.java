package org.anxue.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class WebErrorTests {

    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Test
    void shouldShowA404PageInTheLayoutForUnknownPaths() {
        given().accept(HTML)
                .when().get("/no-such-page")
                .then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("找不到该页面"))
                .body(containsString("您要找的页面或数据不存在"))
                .body(containsString("class=\"site-header\""))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldShowThe404PageInEnglishForAnEnglishBrowser() {
        given().accept(HTML).header("Accept-Language", "en-GB,en;q=0.9")
                .when().get("/no-such-page")
                .then().statusCode(404)
                .header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Page not found"));
    }

    @Test
    void shouldAnswerJsonClientsWithAJsonError() {
        given().accept("application/json")
                .when().get("/no-such-page")
                .then().statusCode(404)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("notFound"))
                .body("message", startsWith("您要找的页面或数据不存在"))
                .body("errorId", nullValue());
    }

    @Test
    void shouldAnswerJsonUnderApiWhateverTheClientAccepts() {
        given().accept(HTML).header("Accept-Language", "en")
                .when().get("/api/no-such-endpoint")
                .then().statusCode(404)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("notFound"))
                .body("message", startsWith("The page or data you are looking for does not exist"));
    }

    @Test
    void shouldAnswerAQueryParameterThatIsNotANumberWith400NamingTheValue() {
        given().accept(HTML)
                .when().get("/web-test/number?year=二〇二六")
                .then().statusCode(400)
                .body(containsString("“二〇二六”不是有效的数字"));
        given().accept("application/json").header("Accept-Language", "en")
                .when().get("/web-test/number?year=2026&id=99999999999999999999")
                .then().statusCode(400)
                .body("error", equalTo("notANumber"))
                .body("message", equalTo("\"99999999999999999999\" is not a whole number; please check it and try again."));
        given().accept(HTML).when().get("/web-test/number?year=&id= 7 ").then().statusCode(200)
                .body(equalTo("null 7"));
        given().accept(HTML).when().get("/web-test/number?year=2026").then().statusCode(200)
                .body(equalTo("2026 null"));
        // a path that names nothing is still "not found"
        given().accept(HTML).when().get("/web-test/number/abc").then().statusCode(404);
        given().accept(HTML).when().get("/web-test/number/12").then().statusCode(200).body(equalTo("12"));
    }

    @Test
    void shouldRenderAnAppExceptionWithItsStatusAndMessage() {
        given().accept(HTML)
                .when().get("/web-test/conflict/有限空间作业")
                .then().statusCode(409)
                .body(containsString("请求未能完成"))
                .body(containsString("课程《有限空间作业》正在审核，暂不能报名。"));

        given().accept("application/json").cookie("lang", "en")
                .when().get("/web-test/conflict/Confined spaces")
                .then().statusCode(409)
                .body("error", equalTo("courseUnderReview"))
                .body("message", equalTo("The course \"Confined spaces\" is under review; enrolment is not open yet."));

        given().when().get("/api/web-test/missing")
                .then().statusCode(404)
                .body("error", equalTo("notFound"));
    }

    @Test
    void shouldExplainAWrongMethodInTheLayout() {
        given().accept(HTML)
                .when().delete("/")
                .then().statusCode(405)
                .contentType(startsWith("text/html"))
                .body(containsString("不支持这种请求方式"));
    }

    @Test
    void shouldLogAnUnexpectedErrorWithTheIdThatThePageShows() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorMappers.class.getName());
        logger.addHandler(capture);
        try {
            Response page = given().accept(HTML)
                    .when().get("/web-test/bug")
                    .then().statusCode(500)
                    .body(containsString("服务出错了"))
                    .body(not(containsString("a bug for the error page test")))
                    .body(not(containsString("IllegalStateException")))
                    .extract().response();
            Matcher shown = Pattern.compile("data-error-id=\"([0-9a-f-]{36})\"").matcher(page.asString());
            assertThat(shown.find()).as("the page shows an error id").isTrue();
            String errorId = shown.group(1);
            assertThat(page.asString()).contains("错误编号：" + errorId);

            String jsonErrorId = given().accept("application/json")
                    .when().get("/web-test/bug")
                    .then().statusCode(500)
                    .body("error", equalTo("internalError"))
                    .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                    .extract().path("errorId");

            assertThat(records).anySatisfy(record -> {
                assertThat(record.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue());
                assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class);
                assertThat(formatted(record)).contains(errorId).contains("/web-test/bug");
            });
            assertThat(records).anySatisfy(record -> assertThat(formatted(record)).contains(jsonErrorId));
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void shouldServeTheFrontendBundleButNoPageForUnknownStaticPaths() {
        String manifest = given().when().get("/static/manifest.json")
                .then().statusCode(200).extract().asString();
        Matcher src = Pattern.compile("<script type=\"module\" src=\"([^\"]+)\"")
                .matcher(given().when().get("/").then().statusCode(200).extract().asString());
        assertThat(src.find()).as("the home page loads the bundle").isTrue();
        String script = src.group(1);
        assertThat(script).startsWith("/static/assets/app-").endsWith(".js");
        assertThat(manifest).contains(script.substring("/static/".length()));
        given().when().get(script).then().statusCode(200)
                .contentType(containsString("javascript"));

        // No single-page-app fallback: unknown paths are 404s, not the bundle's index.
        given().accept(HTML).when().get("/static/no-such-file.js").then().statusCode(404);
        given().accept(HTML).when().get("/courses/some/deep/link").then().statusCode(404)
                .body(containsString("找不到该页面"));
    }

    private static String formatted(LogRecord record) {
        Object[] params = record.getParameters();
        String message = record.getMessage();
        if (params != null) {
            for (Object param : params) {
                message = message + " " + param;
            }
        }
        return message;
    }
}
