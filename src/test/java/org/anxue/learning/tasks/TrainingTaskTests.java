package org.anxue.learning.tasks;

import static io.restassured.RestAssured.given;
import static org.anxue.learning.LearningWorld.as;
import static org.anxue.learning.LearningWorld.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxue.learning.LearningWorld;
import org.anxue.local.TestEngines;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * 培训任务: assignees by post kind, department (with sub-departments) and name, enrolled in one go;
 * tenant isolation; the dashboard's figures recomputed from the data; reminders delivered and read;
 * later hires not added silently.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class TrainingTaskTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static Map<String, Object> task(String title, List<Long> courses, List<String> kinds, List<Long> departments,
                                            List<String> names, LocalDate start, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("courseIds", courses);
        body.put("postKinds", kinds);
        body.put("departmentIds", departments);
        body.put("names", names);
        body.put("startsOn", start.toString());
        body.put("dueOn", due.toString());
        return body;
    }

    private static List<Long> assignees(long task) {
        return LearningWorld.column("select person_id from training_task_assignee where task_id = ? order by person_id", task)
                .stream().map(o -> ((Number) o).longValue()).toList();
    }

    @Test
    void shouldAssignByPostKindDepartmentAndNameAndEnrolEveryone() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade a = world.publishedCourse("任务课程甲" + world.tag, List.of(60_000L), false, 3, 60);
        LearningWorld.CourseMade b = world.publishedCourse("任务课程乙" + world.tag, List.of(60_000L), false, 3, 60);
        TestAccounts.Browser admin = world.signInAdmin();

        // by post kind: only the electrician (special operation)
        long byKind = as(admin).body(task("特种作业培训", List.of(a.courseId(), b.courseId()), List.of("SPECIAL_OPERATION"),
                List.of(), List.of(), TODAY, TODAY.plusDays(30))).post(world.tasks()).then().statusCode(201)
                .extract().jsonPath().getLong("task.id");
        assertThat(assignees(byKind)).containsExactly(world.electrician.personId());
        assertThat(count("select count(*) from enrolment where person_id = ? and course_id in (?, ?) and not self_selected",
                world.electrician.personId(), a.courseId(), b.courseId())).isEqualTo(2);
        assertThat(count("select enrolment_count from course where id = ?", a.courseId())).isEqualTo(1);

        // by department 生产部: its sub-department 一车间 too (electrician and operator), not 行政部
        long byDepartment = as(admin).body(task("生产部培训", List.of(a.courseId()), List.of(), List.of(world.productionId),
                List.of(), TODAY, TODAY.plusDays(30))).post(world.tasks()).then().statusCode(201)
                .extract().jsonPath().getLong("task.id");
        assertThat(assignees(byDepartment)).containsExactlyInAnyOrder(world.electrician.personId(), world.operator.personId());
        // the electrician was enrolled already: still one row, the count follows the rows
        assertThat(count("select enrolment_count from course where id = ?", a.courseId()))
                .isEqualTo(count("select count(*) from enrolment where course_id = ?", a.courseId())).isEqualTo(2);

        // post kind and department together: both must hold
        long both = as(admin).body(task("交集", List.of(b.courseId()), List.of("GENERAL"), List.of(world.productionId),
                List.of(), TODAY, TODAY.plusDays(30))).post(world.tasks()).then().statusCode(201)
                .extract().jsonPath().getLong("task.id");
        assertThat(assignees(both)).containsExactly(world.operator.personId());

        // by name
        long byName = as(admin).body(task("点名", List.of(b.courseId()), List.of(), List.of(),
                List.of(world.safetyOfficer.name()), TODAY, TODAY.plusDays(7))).post(world.tasks()).then().statusCode(201)
                .extract().jsonPath().getLong("task.id");
        assertThat(assignees(byName)).containsExactly(world.safetyOfficer.personId());

        // assignees see the courses as required with the deadline
        JsonPath mine = as(world.safetyOfficer.signIn()).get("/api/me/courses").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getBoolean("find { it.courseId == " + b.courseId() + "L }.required")).isTrue();
        assertThat(mine.getString("find { it.courseId == " + b.courseId() + "L }.dueOn")).isEqualTo(TODAY.plusDays(7).toString());
        String page = given().cookies(world.safetyOfficer.signIn().cookies()).get("/my/courses").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("data-required-tag").contains(b.title());
    }

    @Test
    void shouldRefuseBadTasksAndWriteNothing() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("拒绝" + world.tag, List.of(60_000L), false, 3, 60);
        long draft = world.draftCourse("草稿" + world.tag);
        TestAccounts.Browser admin = world.signInAdmin();
        long tasks = count("select count(*) from training_task where company_id = ?", world.companyId);
        long enrolments = count("select count(*) from enrolment where course_id in (?, ?)", course.courseId(), draft);

        record Case(Map<String, Object> body, String error) {
        }
        for (Case bad : List.of(
                new Case(task("", List.of(course.courseId()), List.of("GENERAL"), List.of(), List.of(), TODAY, TODAY), "taskTitleRequired"),
                new Case(task("草稿课", List.of(draft), List.of("GENERAL"), List.of(), List.of(), TODAY, TODAY), "courseNotPublished"),
                new Case(task("无课", List.of(), List.of("GENERAL"), List.of(), List.of(), TODAY, TODAY), "taskCoursesRequired"),
                new Case(task("倒序", List.of(course.courseId()), List.of("GENERAL"), List.of(), List.of(), TODAY, TODAY.minusDays(1)), "taskDueBeforeStart"),
                new Case(task("无人", List.of(course.courseId()), List.of(), List.of(), List.of(), TODAY, TODAY), "taskAssigneesRequired"),
                new Case(task("查无此人", List.of(course.courseId()), List.of(), List.of(), List.of("不存在的人"), TODAY, TODAY), "noEmployeeNamed"),
                new Case(task("外人", List.of(course.courseId()), List.of(), List.of(), List.of(world.foreigner.name()), TODAY, TODAY), "noEmployeeNamed"),
                new Case(task("主要负责人", List.of(course.courseId()), List.of("PRINCIPAL"), List.of(), List.of(), TODAY, TODAY), "noOneMatches"),
                new Case(task("坏岗位", List.of(course.courseId()), List.of("CEO"), List.of(), List.of(), TODAY, TODAY), "unknownPostKind"))) {
            Response refused = as(admin).body(bad.body()).post(world.tasks());
            assertThat(refused.statusCode()).as(bad.error()).isEqualTo(400);
            assertThat(refused.jsonPath().getString("error")).isEqualTo(bad.error());
            assertThat(refused.jsonPath().getString("message")).isNotBlank();
        }
        // a department of another company is refused too
        as(admin).body(task("别家部门", List.of(course.courseId()), List.of(), List.of(-1L), List.of(), TODAY, TODAY))
                .post(world.tasks()).then().statusCode(400);
        assertThat(count("select count(*) from training_task where company_id = ?", world.companyId)).isEqualTo(tasks);
        assertThat(count("select count(*) from enrolment where course_id in (?, ?)", course.courseId(), draft)).isEqualTo(enrolments);
    }

    @Test
    void shouldKeepEachCompanysTasksToItself() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("隔离" + world.tag, List.of(60_000L), false, 3, 60);
        TestAccounts.Browser admin = world.signInAdmin();
        long id = as(admin).body(task("本企业任务", List.of(course.courseId()), List.of("GENERAL"), List.of(), List.of(),
                TODAY, TODAY.plusDays(3))).post(world.tasks()).then().statusCode(201).extract().jsonPath().getLong("task.id");

        TestAccounts.Browser foreign = world.signInForeignAdmin();
        as(foreign).get(world.tasks()).then().statusCode(404);
        as(foreign).get(world.tasks() + "/" + id).then().statusCode(404);
        as(foreign).body(Map.of("overdue", true)).post(world.tasks() + "/" + id + "/reminders").then().statusCode(404);
        as(foreign).body(task("越权", List.of(course.courseId()), List.of("GENERAL"), List.of(), List.of(), TODAY, TODAY))
                .post(world.tasks()).then().statusCode(404);
        // the foreign admin's own company does not have this task either
        as(foreign).get("/api/companies/" + world.foreignCompanyId + "/training-tasks/" + id).then().statusCode(404);
        given().cookies(foreign.cookies()).get("/company/assignments/" + id).then().statusCode(404);

        // workers see no tasks
        TestAccounts.Browser worker = world.operator.signIn();
        as(worker).get(world.tasks()).then().statusCode(403);
        as(worker).get(world.tasks() + "/" + id).then().statusCode(403);
        given().cookies(worker.cookies()).redirects().follow(false).get("/company/assignments").then().statusCode(403);
        assertThat(count("select count(*) from training_task where company_id = ?", world.foreignCompanyId)).isZero();
        assertThat(count("select count(*) from notice where task_id = ?", id)).isZero();
    }

    @Test
    void shouldComputeTheDashboardFromTheData() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("看板" + world.tag, List.of(100_000L, 100_000L), false, 3, 60);
        TestAccounts.Browser admin = world.signInAdmin();
        // everyone: electrician (一车间), operator (生产部), safety officer (行政部)
        long current = as(admin).body(task("全员", List.of(course.courseId()), List.of("SPECIAL_OPERATION", "GENERAL", "SAFETY_MANAGER"),
                List.of(), List.of(), TODAY.minusDays(10), TODAY.plusDays(10))).post(world.tasks()).then().statusCode(201)
                .extract().jsonPath().getLong("task.id");
        JsonPath fresh = as(admin).get(world.tasks() + "/" + current).then().statusCode(200).extract().jsonPath();
        assertThat(fresh.getInt("task.assignees")).isEqualTo(3);
        assertThat(fresh.getInt("task.notStarted")).isEqualTo(3);

        // operator: half of one video → in progress, 25 %; electrician: completed
        LearningWorld.watched(world.operator.personId(), course.lessonIds().get(0), 50_000);
        LearningWorld.watchedAll(world.electrician.personId(), course);
        LearningWorld.update("""
                insert into test_attempt (person_id, course_id, course_version_id, question_ids, pass_mark, started_at)
                values (?, ?, ?, ?::bigint[], 60, now())""", world.electrician.personId(), course.courseId(),
                course.versionId(), "{" + course.answers().keySet().iterator().next() + "}");
        LearningWorld.update("""
                insert into course_completion (person_id, course_id, course_version_id, test_attempt_id, score,
                    studied_seconds, completed_at)
                select ?, ?, ?, max(id), 100, 200, now() from test_attempt where person_id = ?""",
                world.electrician.personId(), course.courseId(), course.versionId(), world.electrician.personId());

        JsonPath board = as(admin).get(world.tasks() + "/" + current).then().statusCode(200).extract().jsonPath();
        assertThat(board.getInt("task.completed")).isEqualTo(1);
        assertThat(board.getInt("task.inProgress")).isEqualTo(1);
        assertThat(board.getInt("task.notStarted")).isEqualTo(1);
        assertThat(board.getInt("task.overdue")).isZero();
        assertThat(board.getString("people.find { it.personId == " + world.operator.personId() + "L }.status")).isEqualTo("IN_PROGRESS");
        assertThat(board.getInt("people.find { it.personId == " + world.operator.personId() + "L }.percent")).isEqualTo(25);
        assertThat(board.getString("people.find { it.personId == " + world.electrician.personId() + "L }.status")).isEqualTo("COMPLETED");
        assertThat(board.getInt("people.find { it.personId == " + world.electrician.personId() + "L }.percent")).isEqualTo(100);

        // a task whose deadline has passed: everyone not completed is overdue
        long past = as(admin).body(task("已过期", List.of(course.courseId()), List.of("SPECIAL_OPERATION", "GENERAL", "SAFETY_MANAGER"),
                List.of(), List.of(), TODAY.minusDays(20), TODAY.minusDays(1))).post(world.tasks()).then().statusCode(201)
                .extract().jsonPath().getLong("task.id");
        JsonPath overdue = as(admin).get(world.tasks() + "/" + past).then().statusCode(200).extract().jsonPath();
        assertThat(overdue.getInt("task.overdue")).isEqualTo(2);
        assertThat(overdue.getInt("task.completed")).isEqualTo(1);
        assertThat(overdue.getList("people.findAll { it.status == 'OVERDUE' }.personId", Long.class))
                .containsExactlyInAnyOrder(world.operator.personId(), world.safetyOfficer.personId());
        // the list carries the same figures, and the page shows them with the chart's data
        JsonPath list = as(admin).get(world.tasks()).then().statusCode(200).extract().jsonPath();
        assertThat(list.getInt("find { it.id == " + past + "L }.overdue")).isEqualTo(2);
        String listPage = given().cookies(admin.cookies()).get("/company/assignments").then().statusCode(200).extract().asString();
        assertThat(listPage).contains("data-task-chart").contains("\"OVERDUE\"").contains("已过期");
        String taskPage = given().cookies(admin.cookies()).get("/company/assignments/" + past).then().statusCode(200).extract().asString();
        assertThat(taskPage).contains("data-figure=\"OVERDUE\">2<").contains("data-overdue-person=\"" + world.operator.personId() + "\"");
        // and the worker's page highlights the overdue course
        String workerPage = given().cookies(world.operator.signIn().cookies()).get("/my/courses").then().statusCode(200).extract().asString();
        assertThat(workerPage).contains("data-overdue=\"true\"");
    }

    @Test
    void shouldDeliverRemindersAndLetTheWorkerReadThem() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("提醒" + world.tag, List.of(60_000L), false, 3, 60);
        TestAccounts.Browser admin = world.signInAdmin();
        long past = as(admin).body(task("逾期任务", List.of(course.courseId()), List.of("GENERAL", "SPECIAL_OPERATION"),
                List.of(), List.of(), TODAY.minusDays(9), TODAY.minusDays(2))).post(world.tasks()).then().statusCode(201)
                .extract().jsonPath().getLong("task.id");
        // all overdue in one click (the page's form)
        Response clicked = given().cookies(admin.cookies()).redirects().follow(false).formParam("overdue", "true")
                .formParam(CsrfTokens.FIELD, admin.csrf()).post("/company/assignments/" + past + "/reminders");
        assertThat(clicked.statusCode()).isEqualTo(303);
        assertThat(clicked.header("Location")).contains("n=2");
        assertThat(count("select count(*) from notice where task_id = ?", past)).isEqualTo(2);

        // one person, over the API, with the admin's text; not an assignee: refused
        as(admin).body(Map.of("personIds", List.of(world.operator.personId()), "message", "请尽快完成学习"))
                .post(world.tasks() + "/" + past + "/reminders").then().statusCode(200).body("sent", org.hamcrest.Matchers.is(1));
        as(admin).body(Map.of("personIds", List.of(world.safetyOfficer.personId())))
                .post(world.tasks() + "/" + past + "/reminders").then().statusCode(400);
        assertThat(count("select count(*) from notice where person_id = ?", world.safetyOfficer.personId())).isZero();

        TestAccounts.Browser operator = world.operator.signIn();
        JsonPath notices = as(operator).get("/api/me/notices").then().statusCode(200).extract().jsonPath();
        assertThat(notices.getList("body", String.class)).hasSize(2).contains("请尽快完成学习");
        assertThat(notices.getList("readAt")).containsOnlyNulls();
        String page = given().cookies(operator.cookies()).get("/my/courses").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-unread=\"2\"").contains("请尽快完成学习");

        long first = notices.getLong("[0].id");
        given().cookies(operator.cookies()).redirects().follow(false).formParam(CsrfTokens.FIELD, operator.csrf())
                .post("/my/courses/notices/" + first + "/read").then().statusCode(303);
        assertThat(count("select count(*) from notice where person_id = ? and read_at is null", world.operator.personId()))
                .isEqualTo(1);
        // another person's notice cannot be marked
        as(world.electrician.signIn()).post("/api/me/notices/" + notices.getLong("[1].id") + "/read").then().statusCode(404);
        assertThat(count("select count(*) from notice where person_id = ? and read_at is null", world.operator.personId()))
                .isEqualTo(1);
    }

    @Test
    void shouldNotAddLaterHiresSilentlyButOfferTo() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("新人" + world.tag, List.of(60_000L), false, 3, 60);
        TestAccounts.Browser admin = world.signInAdmin();
        long id = as(admin).body(task("一般从业人员培训", List.of(course.courseId()), List.of("GENERAL"), List.of(), List.of(),
                TODAY, TODAY.plusDays(30))).post(world.tasks()).then().statusCode(201).extract().jsonPath().getLong("task.id");
        assertThat(assignees(id)).containsExactly(world.operator.personId());

        LearningWorld.Worker hired = world.hire("新员工" + world.tag);
        assertThat(assignees(id)).containsExactly(world.operator.personId());
        assertThat(count("select count(*) from enrolment where person_id = ?", hired.personId())).isZero();
        as(admin).get(world.tasks() + "/" + id).then().statusCode(200).body("newlyMatching", org.hamcrest.Matchers.is(1));
        String page = given().cookies(admin.cookies()).get("/company/assignments/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("data-newly-matching");

        as(admin).post(world.tasks() + "/" + id + "/newly-matching").then().statusCode(200).body("added", org.hamcrest.Matchers.is(1));
        assertThat(assignees(id)).containsExactlyInAnyOrder(world.operator.personId(), hired.personId());
        assertThat(count("select count(*) from enrolment where person_id = ? and course_id = ? and not self_selected",
                hired.personId(), course.courseId())).isEqualTo(1);
        as(admin).get(world.tasks() + "/" + id).then().statusCode(200).body("newlyMatching", org.hamcrest.Matchers.is(0));
    }
}
