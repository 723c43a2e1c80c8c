package org.anxue.learning.playback;

import static io.restassured.RestAssured.given;
import static org.anxue.learning.playback.Learners.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.org.Employment;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.roster.RosterWorld;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's study record (一人一档, study time), as JSON and as pages: what it shows (sessions,
 * credit per day and per course, anomalies with their figures) and who may read it (the worker, the
 * admins of their current company, officers whose jurisdiction covers that company; nobody else).
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class StudyRecordTests {

    @Inject
    TestCatalog catalog;

    @Inject
    TestServerClock clock;

    RosterWorld world;
    Learners.Learner learner;
    LessonVideo lesson;
    String session;

    @BeforeEach
    void setUp() {
        world = RosterWorld.create();
        learner = Learners.signedIn();
        QuarkusTransaction.requiringNew().run(() -> Employment.start(Person.findById(learner.personId()),
                Post.findById(world.electricianPostId()), null, LocalDate.now().minusDays(30)).persist());
        lesson = catalog.addLesson(600_000);
        clock.freeze();
        session = Learners.openSession(learner, lesson.lessonId());
        clock.advance(Duration.ofSeconds(15));
        Learners.heartbeat(learner, session, 1, range(0, 15)).then().statusCode(200);
        clock.advance(Duration.ofSeconds(15));
        Learners.heartbeat(learner, session, 2, range(0, 15), range(200, 215)).then().statusCode(200);
        Learners.heartbeat(learner, session, 2, range(0, 15)).then().statusCode(200);
    }

    @AfterEach
    void letTheClockRun() {
        clock.unfreeze();
    }

    private String api() {
        return "/api/people/" + learner.personId() + "/study-record";
    }

    @Test
    void shouldShowTheWorkerTheirSessionsCreditAndAnomalies() {
        JsonPath record = given().cookies(learner.cookies()).accept(ContentType.JSON).get(api()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(record.getLong("totalCreditedMillis")).isEqualTo(15_000);
        assertThat(record.getLong("sessionCount")).isEqualTo(1);
        assertThat(record.getString("sessions[0].id")).isEqualTo(session);
        assertThat(record.getString("sessions[0].state")).isEqualTo("OPEN");
        assertThat(record.getLong("sessions[0].creditedMillis")).isEqualTo(15_000);
        assertThat(record.getLong("courses[0].courseId")).isEqualTo(lesson.courseId());
        assertThat(record.getLong("courses[0].creditedMillis")).isEqualTo(15_000);
        assertThat(record.getLong("days[0].creditedMillis")).isEqualTo(15_000);
        assertThat(record.getList("anomalies.kind", String.class)).contains("SEEK_AHEAD", "REPLAY");
        Map<String, Object> seek = record.getMap("anomalies.find { it.kind == 'SEEK_AHEAD' }");
        assertThat(((Number) seek.get("affectedMillis")).longValue()).isEqualTo(15_000);
        assertThat((String) seek.get("detail")).isNotBlank();

        given().cookies(learner.cookies()).get("/my/record").then().statusCode(200)
                .body(containsString("data-study-record=\"" + learner.personId() + "\""))
                .body(containsString("向前拖动")).body(containsString("重复心跳"))
                .body(containsString("data-credited-ms=\"15000\""));
        given().cookies(learner.cookies()).header("Accept-Language", "en").get("/my/record").then().statusCode(200)
                .body(containsString("My study record")).body(containsString("Seek ahead"));
    }

    @Test
    void shouldLetOnlyTheCompanyAndTheBureausAboveItReadTheRecord() {
        TestAccounts.Browser admin = world.signInAdmin();
        TestAccounts.Browser foreignAdmin = TestAccounts.signIn(world.foreignAdmin(), TestAccounts.PASSWORD);
        TestAccounts.Browser district = TestAccounts.signIn(world.districtOfficer(), TestAccounts.PASSWORD);
        TestAccounts.Browser city = TestAccounts.signIn(world.cityOfficer(), TestAccounts.PASSWORD);
        TestAccounts.Browser sibling = TestAccounts.signIn(world.siblingOfficer(), TestAccounts.PASSWORD);
        Learners.Learner someoneElse = Learners.signedIn();

        for (TestAccounts.Browser allowed : new TestAccounts.Browser[] {admin, district, city}) {
            given().cookies(allowed.cookies()).accept(ContentType.JSON).get(api()).then().statusCode(200)
                    .body("personId", equalTo((int) learner.personId())).body("anomalies.kind", hasItem("SEEK_AHEAD"));
        }
        for (TestAccounts.Browser refused : new TestAccounts.Browser[] {foreignAdmin, sibling, someoneElse.browser()}) {
            given().cookies(refused.cookies()).accept(ContentType.JSON).get(api()).then().statusCode(404)
                    .body("error", equalTo("personNotFound"));
        }
        given().accept(ContentType.JSON).get(api()).then().statusCode(401);

        given().cookies(admin.cookies()).get("/company/employees/" + learner.personId() + "/record").then()
                .statusCode(200).body(containsString("data-study-record"));
        given().cookies(foreignAdmin.cookies()).get("/company/employees/" + learner.personId() + "/record").then()
                .statusCode(404);
        given().cookies(district.cookies()).get("/people/" + learner.personId() + "/record").then().statusCode(200);
        given().cookies(sibling.cookies()).get("/people/" + learner.personId() + "/record").then().statusCode(404);

        // once the employment ends, the company and its bureaus no longer see the record
        QuarkusTransaction.requiringNew().run(() -> Employment.<Employment>find("person.id", learner.personId())
                .firstResult().end(LocalDate.now(), "离职"));
        given().cookies(admin.cookies()).accept(ContentType.JSON).get(api()).then().statusCode(404);
        given().cookies(district.cookies()).accept(ContentType.JSON).get(api()).then().statusCode(404);
        given().cookies(learner.cookies()).accept(ContentType.JSON).get(api()).then().statusCode(200);
    }
}
