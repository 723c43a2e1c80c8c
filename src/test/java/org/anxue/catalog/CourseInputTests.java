package org.anxue.catalog;

import static org.anxue.catalog.CatalogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** Bad input is answered 400 with a message per problem, in the user's language, and writes nothing. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CourseInputTests {

    @Test
    void shouldRefuseACourseWithAnEmptyTitleNegativeHoursAndAPassMarkOutOfRange() {
        CatalogFixtures.World world = CatalogFixtures.world();
        Map<String, Object> body = new HashMap<>(CatalogFixtures.details(" "));
        body.put("declaredHours", "-2");
        body.put("passMark", "101");
        Map<String, Long> before = CatalogFixtures.counts();

        as(world.institutionA()).body(body).post("/api/courses").then().statusCode(400)
                .body("error", equalTo("invalidInput"))
                .body("problems.field", hasItems("title", "declaredHours", "passMark"))
                .body("problems.message", hasItems("请填写课程名称。", "申报学时“-2”无效：须大于 0 且不超过 999.9。",
                        "及格分“101”无效：须为 1 到 100 的整数。"));
        as(world.institutionA()).header("Accept-Language", "en").body(body).post("/api/courses").then().statusCode(400)
                .body("problems.message", hasItem("Please enter the course title."))
                .body("message", containsString("Pass mark “101” is not valid"));

        assertThat(CatalogFixtures.counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAQuestionWithoutACorrectAnswerAndWriteNothing() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "危险化学品" + world.tag());
        Map<String, Long> before = CatalogFixtures.counts();

        as(world.institutionA()).body(Map.of("kind", "MULTIPLE", "stem", "哪些属于动火作业？",
                        "options", List.of("电焊", "气割", "喷灯作业"), "answer", "", "explanation", "均属动火作业。"))
                .post("/api/courses/" + course + "/draft/questions").then().statusCode(400)
                .body("problems[0].field", equalTo("answer"))
                .body("problems[0].message", equalTo("请标出正确答案：这道题还没有正确答案。"));
        as(world.institutionA()).body(Map.of("kind", "MULTIPLE", "stem", "哪些属于动火作业？",
                        "options", List.of("电焊", "气割", "喷灯作业"), "answer", "A", "explanation", "均属动火作业。"))
                .post("/api/courses/" + course + "/draft/questions").then().statusCode(400)
                .body("problems[0].message", equalTo("多选题至少要有两个正确答案。"));
        as(world.institutionA()).body(Map.of("kind", "SINGLE", "stem", "题", "options", List.of("甲", "乙"),
                        "answer", "D", "explanation", "解析"))
                .post("/api/courses/" + course + "/draft/questions").then().statusCode(400)
                .body("problems[0].message", equalTo("正确答案“D”不在选项之中。"));
        as(world.institutionA()).body(Map.of("kind", "TRUE_FALSE", "stem", "有限空间作业必须先通风、再检测、后作业。",
                        "explanation", ""))
                .post("/api/courses/" + course + "/draft/questions").then().statusCode(400)
                .body("problems.field", hasItems("answer", "explanation"));

        assertThat(CatalogFixtures.counts()).isEqualTo(before);
    }

    @Test
    void shouldShowTheProblemsOnAPageInTheUsersLanguageWhenAFormIsWrong() {
        CatalogFixtures.World world = CatalogFixtures.world();
        Map<String, Long> before = CatalogFixtures.counts();

        as(world.institutionA()).contentType(ContentType.URLENC).accept(ContentType.HTML)
                .formParam("csrf-token", world.institutionA().csrf())
                .formParam("title", "").formParam("trainingType", "REFRESHER")
                .formParam("declaredHours", "-1").formParam("passMark", "0")
                .post("/institution/courses").then().statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("请填写课程名称。"))
                .body(containsString("申报学时“-1”无效"))
                .body(containsString("及格分“0”无效"));
        as(world.institutionA()).contentType(ContentType.URLENC).accept(ContentType.HTML)
                .cookie("lang", "en")
                .formParam("csrf-token", world.institutionA().csrf())
                .formParam("title", "").formParam("trainingType", "REFRESHER")
                .formParam("declaredHours", "8").formParam("passMark", "80")
                .post("/institution/courses").then().statusCode(400)
                .body(containsString("Please enter the course title."));

        assertThat(CatalogFixtures.counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseSubmissionWhileTheVideosFallShortOfTheDeclaredHours() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "低压电工复审" + world.tag());
        long chapter = CatalogFixtures.addChapter(world.institutionA(), course, "第一章");
        long lesson = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第一课", false);
        CatalogFixtures.attach(world.institutionA(), course, lesson, CatalogFixtures.readyVideo(world.institutionA()));
        CatalogFixtures.addQuestions(world.institutionA(), course, 5);
        Map<String, Long> before = CatalogFixtures.counts();

        // 0.1 class hours at the tests' 1 minute per class hour need 6 s of video; there are 4 s
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(409)
                .body("error", equalTo("notReady"))
                .body("problems.field", equalTo(List.of("declaredHours")))
                .body("problems[0].message", containsString("视频时长不足"));
        as(world.institutionA()).get("/api/courses/" + course + "/draft").then()
                .body("status", equalTo("DRAFT"))
                .body("hours.passes", equalTo(false))
                .body("hours.requiredSeconds", equalTo(6))
                .body("hours.videoSeconds", equalTo(4));
        assertThat(CatalogFixtures.counts()).isEqualTo(before);

        long second = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第二课", false);
        CatalogFixtures.attach(world.institutionA(), course, second, CatalogFixtures.readyVideo(world.institutionA()));
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);
    }

    @Test
    void shouldShowTheReviewerTheHoursCheck() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "主要负责人再培训" + world.tag());
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);

        as(world.officerA()).get("/api/courses/" + course + "/review").then().statusCode(200)
                .body("hours.declaredHours", equalTo(0.1f))
                .body("hours.videoSeconds", equalTo(8))
                .body("hours.passes", equalTo(true))
                .body("questions.size()", equalTo(5));
        as(world.officerA()).accept(ContentType.HTML).get("/oversight/courses/" + course).then().statusCode(200)
                .body(containsString("data-hours-check=\"ok\""))
                .body(containsString("申报 0.1 学时"))
                .body(containsString("视频合计 0.13 学时（0:08）"));
    }

    @Test
    void shouldRefuseTheSameVideoInTwoLessonsAndSomeoneElsesVideo() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "焊接与热切割" + world.tag());
        long chapter = CatalogFixtures.addChapter(world.institutionA(), course, "第一章");
        long first = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第一课", false);
        long second = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第二课", false);
        java.util.UUID video = CatalogFixtures.readyVideo(world.institutionA());
        CatalogFixtures.attach(world.institutionA(), course, first, video);

        as(world.institutionA()).body(Map.of("mediaId", video.toString()))
                .put("/api/courses/" + course + "/draft/lessons/" + second + "/video").then().statusCode(409)
                .body("error", equalTo("videoUsedTwice"));
        java.util.UUID othersVideo = CatalogFixtures.upload(world.institutionB(), org.anxue.media.TestVideos.h264Mp4());
        as(world.institutionA()).body(Map.of("mediaId", othersVideo.toString()))
                .put("/api/courses/" + course + "/draft/lessons/" + second + "/video").then().statusCode(403)
                .body("error", equalTo("notYourMedia"));
        as(world.institutionA()).body(Map.of("mediaId", "not-a-uuid"))
                .put("/api/courses/" + course + "/draft/lessons/" + second + "/video").then().statusCode(400);
    }
}
