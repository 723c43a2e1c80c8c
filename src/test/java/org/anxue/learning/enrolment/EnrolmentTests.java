package org.anxue.learning.enrolment;

import static io.restassured.RestAssured.given;
import static org.anxue.learning.LearningWorld.as;
import static org.anxue.learning.LearningWorld.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.anxue.learning.LearningWorld;
import org.anxue.local.TestEngines;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/** 自主选学: enrolling from the API and the course page, idempotent, the count kept, only published courses. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class EnrolmentTests {

    private static long enrolmentCount(long course) {
        return count("select enrolment_count from course where id = ?", course);
    }

    @Test
    void shouldEnrolOnceAndKeepTheCourseCount() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("自选课程" + world.tag, List.of(60_000L), false, 3, 60);
        TestAccounts.Browser worker = world.operator.signIn();

        as(worker).body(Map.of("courseId", course.courseId())).post("/api/enrolments")
                .then().statusCode(201).body("created", org.hamcrest.Matchers.is(true));
        as(worker).body(Map.of("courseId", course.courseId())).post("/api/enrolments")
                .then().statusCode(200).body("created", org.hamcrest.Matchers.is(false));

        assertThat(count("select count(*) from enrolment where person_id = ? and course_id = ? and self_selected",
                world.operator.personId(), course.courseId())).isEqualTo(1);
        assertThat(enrolmentCount(course.courseId())).isEqualTo(1);
        // a second person: the count follows the rows
        as(world.electrician.signIn()).body(Map.of("courseId", course.courseId())).post("/api/enrolments")
                .then().statusCode(201);
        assertThat(enrolmentCount(course.courseId()))
                .isEqualTo(count("select count(*) from enrolment where course_id = ?", course.courseId()))
                .isEqualTo(2);
        // the course is now in the worker's courses, self-selected
        as(worker).get("/api/me/courses").then().statusCode(200)
                .body("find { it.courseId == " + course.courseId() + "L }.selfSelected", org.hamcrest.Matchers.is(true));
    }

    @Test
    void shouldRefuseUnpublishedCoursesAndNonWorkersAndWriteNothing() {
        LearningWorld world = LearningWorld.create();
        long draft = world.draftCourse("草稿课程" + world.tag);
        TestAccounts.Browser worker = world.operator.signIn();
        long before = count("select count(*) from enrolment");

        Response refused = as(worker).body(Map.of("courseId", draft)).post("/api/enrolments");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.jsonPath().getString("message")).isNotBlank();
        as(worker).body(Map.of("courseId", 987_654_321L)).post("/api/enrolments").then().statusCode(404);
        as(worker).body(Map.of()).post("/api/enrolments").then().statusCode(400);

        LearningWorld.CourseMade course = world.publishedCourse("公开课程" + world.tag, List.of(60_000L), false, 3, 60);
        as(world.signInAdmin()).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(403);
        given().accept("application/json").contentType("application/json").body(Map.of("courseId", course.courseId()))
                .post("/api/enrolments").then().statusCode(401);

        assertThat(count("select count(*) from enrolment where course_id in (?, ?)", draft, course.courseId())).isZero();
        assertThat(enrolmentCount(draft)).isZero();
        assertThat(enrolmentCount(course.courseId())).isZero();
        assertThat(count("select count(*) from enrolment")).isGreaterThanOrEqualTo(before);
    }

    @Test
    void shouldEnrolFromTheCoursePageAndSendVisitorsToSignInFirst() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("页面选学" + world.tag, List.of(60_000L), false, 3, 60);

        // anonymous: the course page offers to sign in, and the enrol page asks for a login
        String anonymousPage = given().get("/courses/" + course.courseId()).then().statusCode(200).extract().asString();
        assertThat(anonymousPage).contains("data-enrol-sign-in").contains("/my/courses/" + course.courseId() + "/enrol");
        Response enrolPage = given().redirects().follow(false).get("/my/courses/" + course.courseId() + "/enrol");
        assertThat(enrolPage.statusCode()).isEqualTo(302);
        assertThat(enrolPage.header("Location")).endsWith("/login");

        TestAccounts.Browser worker = world.safetyOfficer.signIn();
        String page = given().cookies(worker.cookies()).get("/courses/" + course.courseId()).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("data-enrol-form").contains("action=\"/my/courses/enrolments\"");

        Response posted = given().cookies(worker.cookies()).redirects().follow(false)
                .formParam("courseId", course.courseId()).formParam(CsrfTokens.FIELD, worker.csrf())
                .post("/my/courses/enrolments");
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith("/my/courses/" + course.courseId() + "?enrolled=1");
        assertThat(count("select count(*) from enrolment where person_id = ? and course_id = ?",
                world.safetyOfficer.personId(), course.courseId())).isEqualTo(1);

        String after = given().cookies(worker.cookies()).get("/courses/" + course.courseId()).then().statusCode(200)
                .extract().asString();
        assertThat(after).contains("data-go-study").doesNotContain("data-enrol-form");
        // the form again is harmless
        given().cookies(worker.cookies()).redirects().follow(false)
                .formParam("courseId", course.courseId()).formParam(CsrfTokens.FIELD, worker.csrf())
                .post("/my/courses/enrolments").then().statusCode(303);
        assertThat(enrolmentCount(course.courseId())).isEqualTo(1);
        // and without the CSRF field nothing happens
        LearningWorld.CourseMade other = world.publishedCourse("另一门" + world.tag, List.of(60_000L), false, 3, 60);
        given().cookies(worker.cookies()).redirects().follow(false).formParam("courseId", other.courseId())
                .post("/my/courses/enrolments").then().statusCode(403);
        assertThat(enrolmentCount(other.courseId())).isZero();
    }

    @Test
    void shouldLetTheEnrolledWorkerPlayThroughTheCatalogsPort() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("可播放" + world.tag, List.of(60_000L), false, 3, 60);
        EnrolmentRegister register = io.quarkus.arc.Arc.container().instance(EnrolmentRegister.class).get();
        assertThat(register.isEnrolled(world.operator.personId(), course.courseId())).isFalse();
        as(world.operator.signIn()).body(Map.of("courseId", course.courseId())).post("/api/enrolments").then().statusCode(201);
        assertThat(register.isEnrolled(world.operator.personId(), course.courseId())).isTrue();
    }
}
