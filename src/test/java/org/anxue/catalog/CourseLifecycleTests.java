package org.anxue.catalog;

import static io.restassured.RestAssured.given;
import static org.anxue.catalog.CatalogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * The review workflow through the JSON API, role by role: who may create, edit, submit, approve,
 * reject and withdraw, what anonymous visitors see, and the history each transition leaves.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CourseLifecycleTests {

    @Test
    void shouldTakeACourseFromDraftThroughReviewIntoThePublicSupermarket() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "危险化学品安全管理" + world.tag());

        given().get("/api/courses/" + course).then().statusCode(404);
        given().queryParam("q", world.tag()).get("/api/courses").then().statusCode(200).body("total", equalTo(0));

        as(world.institutionA()).post("/api/courses/" + course + "/submissions")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(world.officerA()).post("/api/courses/" + course + "/approvals")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("listed", equalTo(true));

        JsonPath published = given().get("/api/courses/" + course).then().statusCode(200).extract().jsonPath();
        assertThat(published.getString("title")).isEqualTo("危险化学品安全管理" + world.tag());
        assertThat(published.getString("institution.name")).isEqualTo(world.institutionAName());
        assertThat(published.getList("chapters[0].lessons.durationSeconds", Float.class)).allSatisfy(
                seconds -> assertThat(seconds).isBetween(3.5f, 4.5f));
        assertThat(published.getMap("$")).doesNotContainKeys("questions", "reviewReason");
        given().queryParam("q", world.tag()).get("/api/courses").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) course));
        given().accept(ContentType.HTML).get("/courses/" + course).then().statusCode(200)
                .body(containsString("危险化学品安全管理" + world.tag()));

        List<String> kinds = as(world.institutionA()).get("/api/courses/" + course + "/events")
                .then().statusCode(200).extract().jsonPath().getList("kind");
        assertThat(kinds).containsExactly("CREATED", "SUBMITTED", "APPROVED");
        JsonPath events = as(world.officerA()).get("/api/courses/" + course + "/events").then().statusCode(200)
                .extract().jsonPath();
        assertThat(events.getString("[2].actorName")).isEqualTo("甲区审核员");
        assertThat(events.getString("[1].actorName")).isEqualTo("甲校管理员");
        assertThat(events.getString("[2].at")).isNotBlank();
    }

    @Test
    void shouldKeepDraftsAndSubmittedVersionsOutOfPublicView() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "有限空间作业" + world.tag());
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);

        given().get("/api/courses/" + course).then().statusCode(404);
        given().accept(ContentType.HTML).get("/courses/" + course).then().statusCode(404);
        given().get("/api/courses/" + course + "/draft").then().statusCode(401);
        as(world.worker()).get("/api/courses/" + course + "/draft").then().statusCode(403);
        given().queryParam("q", world.tag()).get("/api/courses").then().body("total", equalTo(0));
        given().accept(ContentType.HTML).queryParam("q", world.tag()).get("/courses").then().statusCode(200)
                .body(not(containsString("有限空间作业" + world.tag())));
    }

    @Test
    void shouldNotLetAnotherInstitutionReadOrChangeACourse() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.createCourse(world.institutionA(), "动火作业" + world.tag());
        Map<String, Long> before = CatalogFixtures.counts();

        as(world.institutionB()).get("/api/courses/" + course + "/draft").then().statusCode(403)
                .body("error", equalTo("notYourCourse"));
        as(world.institutionB()).contentType(ContentType.JSON).body(CatalogFixtures.details("改掉的标题"))
                .put("/api/courses/" + course + "/draft").then().statusCode(403);
        as(world.institutionB()).contentType(ContentType.JSON).body(Map.of("title", "插入的章"))
                .post("/api/courses/" + course + "/draft/chapters").then().statusCode(403);
        as(world.institutionB()).post("/api/courses/" + course + "/submissions").then().statusCode(403);
        as(world.institutionB()).contentType(ContentType.URLENC).accept(ContentType.HTML)
                .formParam("csrf-token", world.institutionB().csrf()).formParam("title", "插入的章")
                .post("/institution/courses/" + course + "/chapters").then().statusCode(403);

        assertThat(CatalogFixtures.counts()).isEqualTo(before);
        as(world.institutionA()).get("/api/courses/" + course + "/draft").then().statusCode(200)
                .body("title", equalTo("动火作业" + world.tag())).body("chapters.size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyOfficersWhoseJurisdictionCoversTheInstitutionDecide() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "低压电工复审" + world.tag());
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);

        as(world.officerB()).post("/api/courses/" + course + "/approvals").then().statusCode(403)
                .body("error", equalTo("outsideJurisdiction"));
        as(world.officerB()).contentType(ContentType.JSON).body(Map.of("reason", "不在辖区"))
                .post("/api/courses/" + course + "/rejections").then().statusCode(403);
        as(world.officerB()).get("/api/course-reviews").then().statusCode(200)
                .body("courseId", not(hasItem((int) course)));
        as(world.institutionA()).post("/api/courses/" + course + "/approvals").then().statusCode(403);
        as(world.worker()).post("/api/courses/" + course + "/approvals").then().statusCode(403);
        given().post("/api/courses/" + course + "/approvals").then().statusCode(401);
        as(world.institutionA()).get("/api/courses/" + course + "/draft").then().body("status", equalTo("SUBMITTED"));

        // the city's officer sees the district's queue and may decide
        as(world.officerCity()).get("/api/course-reviews").then().statusCode(200)
                .body("courseId", hasItem((int) course));
        as(world.officerCity()).post("/api/courses/" + course + "/approvals").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldSendARejectedCourseBackWithItsReasonAndTakeItAgainAfterEditing() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "烟花爆竹储存" + world.tag());
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200);

        as(world.institutionA()).contentType(ContentType.JSON).body(CatalogFixtures.details("审核中修改"))
                .put("/api/courses/" + course + "/draft").then().statusCode(409).body("error", equalTo("notEditable"));
        as(world.officerA()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/courses/" + course + "/rejections").then().statusCode(400)
                .body("problems[0].message", containsString("请填写原因"));
        as(world.officerA()).contentType(ContentType.JSON).body(Map.of("reason", "第二课内容与大纲不符"))
                .post("/api/courses/" + course + "/rejections").then().statusCode(200)
                .body("[0].status", equalTo("REJECTED")).body("[0].reviewReason", equalTo("第二课内容与大纲不符"));

        as(world.institutionA()).contentType(ContentType.JSON).body(CatalogFixtures.details("烟花爆竹储存（修订）" + world.tag()))
                .put("/api/courses/" + course + "/draft").then().statusCode(200).body("status", equalTo("REJECTED"));
        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        JsonPath events = as(world.institutionA()).get("/api/courses/" + course + "/events").then().extract().jsonPath();
        assertThat(events.getList("kind")).containsExactly("CREATED", "SUBMITTED", "REJECTED", "SUBMITTED");
        assertThat(events.getString("[2].reason")).isEqualTo("第二课内容与大纲不符");
        assertThat(events.getString("[2].actorName")).isEqualTo("甲区审核员");
    }

    @Test
    void shouldTakeAWithdrawnCourseOutOfTheSupermarketWithTheReasonRecorded() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "金属冶炼煤气安全" + world.tag());
        CatalogFixtures.publish(world, course);
        given().get("/api/courses/" + course).then().statusCode(200);

        as(world.officerB()).contentType(ContentType.JSON).body(Map.of("reason", "越权下架"))
                .post("/api/courses/" + course + "/withdrawals").then().statusCode(403);
        as(world.officerA()).contentType(ContentType.JSON).body(Map.of("reason", ""))
                .post("/api/courses/" + course + "/withdrawals").then().statusCode(400);
        given().get("/api/courses/" + course).then().statusCode(200);

        as(world.officerA()).contentType(ContentType.JSON).body(Map.of("reason", "引用的标准已废止"))
                .post("/api/courses/" + course + "/withdrawals").then().statusCode(200)
                .body("[0].status", equalTo("WITHDRAWN"));

        given().get("/api/courses/" + course).then().statusCode(404);
        given().queryParam("q", world.tag()).get("/api/courses").then().body("total", equalTo(0));
        JsonPath events = as(world.institutionA()).get("/api/courses/" + course + "/events").then().extract().jsonPath();
        assertThat(events.getString("[3].kind")).isEqualTo("WITHDRAWN");
        assertThat(events.getString("[3].reason")).isEqualTo("引用的标准已废止");
        as(world.officerA()).contentType(ContentType.JSON).body(Map.of("reason", "再下架"))
                .post("/api/courses/" + course + "/withdrawals").then().statusCode(409).body("error", equalTo("notPublished"));
    }

    @Test
    void shouldLetOnlyInstitutionsCreateCourses() {
        CatalogFixtures.World world = CatalogFixtures.world();
        Map<String, Long> before = CatalogFixtures.counts();

        given().contentType(ContentType.JSON).body(CatalogFixtures.details("匿名课程")).post("/api/courses")
                .then().statusCode(401);
        as(world.worker()).contentType(ContentType.JSON).body(CatalogFixtures.details("学员课程")).post("/api/courses")
                .then().statusCode(403);
        as(world.officerA()).contentType(ContentType.JSON).body(CatalogFixtures.details("监管课程")).post("/api/courses")
                .then().statusCode(403);

        assertThat(CatalogFixtures.counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnInstitutionThatIsNotApprovedAtSubmission() {
        CatalogFixtures.World world = CatalogFixtures.world();
        long course = CatalogFixtures.readyCourse(world.institutionA(), "应急救援" + world.tag());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                org.anxue.org.Institution.<org.anxue.org.Institution>findById(world.institutionAId()).status =
                        org.anxue.org.ApprovalStatus.SUSPENDED);

        as(world.institutionA()).post("/api/courses/" + course + "/submissions").then().statusCode(409)
                .body("problems.message", hasItem(containsString("尚未通过应急管理部门审核")));
        as(world.institutionA()).get("/api/courses/" + course + "/draft").then().body("status", equalTo("DRAFT"));
    }
}
