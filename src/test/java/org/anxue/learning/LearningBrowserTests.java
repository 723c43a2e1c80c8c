package org.anxue.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker's way through a course in Debian's Chromium on a 360 px phone: finds the course in the
 * supermarket, is sent to sign in and comes back to enrol, sees it in My courses, and — with
 * coverage written straight into lesson_coverage as the fixture for "watched" — takes and passes
 * the final test and sees the completion page. A company admin creates a training task on the
 * desktop and sees its chart.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class LearningBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static void signIn(Page page, String username) {
        page.fill("#j_username", username);
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
    }

    @Test
    void shouldEnrolFromTheSupermarketStudyAndPassTheTestOnAPhone() {
        LearningWorld world = LearningWorld.create();
        String title = "动火作业安全" + world.tag;
        LearningWorld.CourseMade course = world.publishedCourse(title, List.of(90_000L, 60_000L), false, 4, 60);

        Page page = browser.open("/courses?q=" + world.tag, Browser.Device.PHONE, "zh-CN");
        page.click("a[href=\"/courses/" + course.courseId() + "\"]");
        page.waitForURL("**/courses/" + course.courseId());
        // a visitor signs in first and comes back to confirm
        page.click("[data-enrol-sign-in]");
        page.waitForURL("**/login**");
        signIn(page, world.operator.username());
        page.waitForURL("**/my/courses/" + course.courseId() + "/enrol");
        page.click("[data-enrol]");
        page.waitForURL("**/my/courses/" + course.courseId() + "?enrolled=1");
        assertThat(page.locator("[data-notice]")).isVisible();

        page.navigate(Browser.url("/my/courses"));
        Locator card = page.locator("[data-my-course=\"" + course.courseId() + "\"]");
        assertThat(card).containsText(title);
        assertThat(card.locator("[data-lessons-done]")).containsText("0/2");
        assertThat(card.locator("[data-continue]")).hasAttribute("href",
                "/my/courses/" + course.courseId() + "/lessons/" + course.lessonIds().get(0) + "/play");
        assertThat(Browser.horizontalOverflow(page)).isZero();

        // "watched": the fixture writes the coverage the player would have earned
        LearningWorld.watchedAll(world.operator.personId(), course);
        page.reload();
        assertThat(card.locator("[data-lessons-done]")).containsText("2/2");
        card.locator("[data-test-link]").click();
        page.waitForURL("**/my/courses/" + course.courseId() + "/test");
        page.click("[data-start]");
        page.waitForSelector("[data-test-form]");
        assertThat(Browser.horizontalOverflow(page)).isZero();
        Locator questions = page.locator("[data-question]");
        assertThat(questions).hasCount(4);
        for (int i = 0; i < questions.count(); i++) {
            Locator question = questions.nth(i);
            long id = Long.parseLong(question.getAttribute("data-question"));
            String answer = course.answers().get(id);
            if (answer.equals("TRUE") || answer.equals("FALSE")) {
                question.locator("input[value=\"" + answer + "\"]").check();
            } else {
                for (char letter : answer.toCharArray()) {
                    question.locator("input[value=\"" + letter + "\"]").check();
                }
            }
        }
        page.click("[data-submit-test]");
        Locator result = page.locator("[data-result]");
        assertThat(result).hasAttribute("data-passed", "true");
        assertThat(result).hasAttribute("data-score", "100");
        page.click("[data-completion-link]");
        page.waitForURL("**/my/courses/" + course.courseId() + "/completion");
        assertThat(page.locator("[data-score]")).hasText("100");
        assertThat(Browser.horizontalOverflow(page)).isZero();
        browser.screenshot(page, "learning-completion-phone");

        assertThat(LearningWorld.count("select count(*) from course_completion where person_id = ? and course_id = ?",
                world.operator.personId(), course.courseId())).isEqualTo(1);
        page.navigate(Browser.url("/my/courses"));
        assertThat(page.locator("[data-my-course=\"" + course.courseId() + "\"] [data-completed]")).isVisible();
    }

    @Test
    void shouldCreateATrainingTaskAndShowItsChart() {
        LearningWorld world = LearningWorld.create();
        LearningWorld.CourseMade course = world.publishedCourse("有限空间" + world.tag, List.of(60_000L), false, 3, 60);
        Page page = browser.open("/login");
        signIn(page, world.admin);
        page.waitForURL("**/");
        page.navigate(Browser.url("/company/assignments"));
        page.fill("#task-title", "年度再培训" + world.tag);
        page.check("input[name=courseId][value=\"" + course.courseId() + "\"]");
        page.check("input[name=postKind][value=GENERAL]");
        page.check("input[name=departmentId][value=\"" + world.productionId + "\"]");
        page.click("[data-create-task] button[type=submit]");
        page.waitForURL("**/company/assignments/*?done=created");
        assertThat(page.locator("[data-notice]")).isVisible();
        assertThat(page.locator("[data-figure=assignees]")).hasText("1");
        assertThat(page.locator("[data-person=\"" + world.operator.personId() + "\"]")).hasAttribute("data-status", "NOT_STARTED");
        assertThat(page.locator("[data-task-chart]")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("[data-task-chart] svg")).hasCount(1);
        browser.screenshot(page, "learning-task-desktop");
        assertThat(LearningWorld.count("select count(*) from enrolment where person_id = ? and course_id = ? and not self_selected",
                world.operator.personId(), course.courseId())).isEqualTo(1);
    }
}
