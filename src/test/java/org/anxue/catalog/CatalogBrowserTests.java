package org.anxue.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anxue.local.TestEngines;
import org.anxue.media.TestVideos;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole way of a course in Debian's Chromium: the institution uploads a lesson video on its
 * course page (presigned parts straight to S3, with the progress bar), the video is processed and
 * becomes playable, the institution submits; the reviewer checks the hours, plays a lesson with
 * hls.js and approves; on a 360 px phone an anonymous visitor finds the course in the supermarket
 * and plays its free preview.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CatalogBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String RECORD_PROGRESS = """
            () => {
              const bar = document.querySelector('[data-upload-progress]');
              sessionStorage.setItem('progress', '[]');
              new MutationObserver(() => {
                const seen = JSON.parse(sessionStorage.getItem('progress'));
                seen.push({ value: Number(bar.value), hidden: bar.hidden });
                sessionStorage.setItem('progress', JSON.stringify(seen));
              }).observe(bar, { attributes: true });
            }""";

    private static void signIn(Page page, String username) {
        page.navigate(Browser.url("/login"));
        page.fill("#j_username", username);
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL("**/");
    }

    private static void awaitPlaying(Page page) {
        page.waitForFunction("() => document.querySelector('[data-hls-player]').currentTime > 1.5",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    @Test
    void shouldUploadReviewPublishAndPlayACourseFromThePages() {
        CatalogFixtures.World world = CatalogFixtures.world();
        String title = "有限空间作业安全" + world.tag();
        long course = CatalogFixtures.createCourse(world.institutionA(), title);
        long chapter = CatalogFixtures.addChapter(world.institutionA(), course, "第一章 有限空间辨识");
        long uploaded = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第一课 什么是有限空间", true);
        long second = CatalogFixtures.addLesson(world.institutionA(), course, chapter, "第二课 先通风再检测后作业", false);
        CatalogFixtures.attach(world.institutionA(), course, second, CatalogFixtures.readyVideo(world.institutionA()));
        CatalogFixtures.addQuestions(world.institutionA(), course, 5);

        // the institution uploads the first lesson's video on its page
        Page institution = browser.open("/login");
        signIn(institution, "ia-" + world.tag());
        institution.navigate(Browser.url("/institution/courses/" + course));
        Locator row = institution.locator("[data-lesson-upload][data-lesson=\"" + uploaded + "\"]");
        PlaywrightAssertions.assertThat(row).hasAttribute("data-bound", "true");
        institution.evaluate(RECORD_PROGRESS);
        row.locator("[data-upload-file]").setInputFiles(TestVideos.h264Mp4());
        institution.waitForSelector("[data-lesson=\"" + uploaded + "\"] [data-media-state=\"READY\"]",
                new Page.WaitForSelectorOptions().setTimeout(60_000));
        // the progress bar was shown and reached 100 % before the page reloaded with the ready video
        String progress = String.valueOf(institution.evaluate("() => sessionStorage.getItem('progress')"));
        assertThat(progress).contains("\"hidden\":false").contains("\"value\":100");
        PlaywrightAssertions.assertThat(institution.locator("#lesson-" + uploaded + " [data-lesson-duration]"))
                .hasText("0:04");
        PlaywrightAssertions.assertThat(institution.locator("[data-hours-check]")).hasAttribute("data-hours-check", "ok");
        browser.screenshot(institution, "catalog-institution-course");
        institution.click("[data-submit-course]");
        PlaywrightAssertions.assertThat(institution.locator("[data-under-review]")).isVisible();

        // the district's officer checks the hours, plays a lesson and approves
        Page reviewer = browser.open("/login");
        signIn(reviewer, "oa-" + world.tag());
        reviewer.navigate(Browser.url("/oversight/courses"));
        reviewer.click("[data-review-item=\"" + course + "\"] a");
        PlaywrightAssertions.assertThat(reviewer.locator("[data-hours-check]")).hasAttribute("data-hours-check", "ok");
        PlaywrightAssertions.assertThat(reviewer.locator("[data-hls-player]")).hasAttribute("data-bound", "true");
        reviewer.click("[data-lesson=\"" + second + "\"] [data-play-lesson]");
        awaitPlaying(reviewer);
        browser.screenshot(reviewer, "catalog-review");
        reviewer.click("[data-approve]");
        PlaywrightAssertions.assertThat(reviewer.locator("[data-status-badge]")).hasText("已发布");

        // anyone, on a phone: the supermarket lists it, the course page plays the free preview
        Page phone = browser.open("/courses?q=" + world.tag(), Browser.Device.PHONE, "zh-CN");
        Locator card = phone.locator("[data-course-card=\"" + course + "\"]");
        PlaywrightAssertions.assertThat(card.locator("[data-course-title]")).hasText(title);
        assertThat(Browser.horizontalOverflow(phone)).isZero();
        browser.screenshot(phone, "catalog-supermarket-phone");
        card.locator("a").click();
        PlaywrightAssertions.assertThat(phone.locator("h1[data-course-title]")).hasText(title);
        PlaywrightAssertions.assertThat(phone.locator("[data-hls-player]")).hasAttribute("data-bound", "true");
        phone.click("[data-lesson=\"" + uploaded + "\"] [data-play-lesson]");
        awaitPlaying(phone);
        assertThat(Browser.horizontalOverflow(phone)).isZero();
        browser.screenshot(phone, "catalog-course-phone");
    }
}
