package org.anxue.learning.playback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.learning.enrolment.Enrolling;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cheat suite in Debian's Chromium with the real player page, on a published course with
 * 20-second lesson videos made by ffmpeg and processed by the media pipeline. Real time throughout
 * (the server clock runs): each cheat is checked to earn no more than the real time that passed
 * between opening the page and the last acknowledged heartbeat, measured around it, and the honest
 * viewer to earn at least 99 % of the video. The learner's first checkpoint question is set to come
 * after 6 s of study (the server normally draws 5 to 15 minutes), so that it falls inside the video.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CheatSuiteBrowserTests {

    private static final int VIDEO_SECONDS = 20;
    private static final String RIGHT_ANSWER = "办理动火作业许可";
    /** Makes the video element's playbackRate lie to the page (always 1) and keeps the real setter for the test: a tampered player. */
    private static final String TAMPERED_RATE = """
            (() => {
              const real = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'playbackRate');
              Object.defineProperty(HTMLMediaElement.prototype, 'playbackRate', {
                configurable: true, get() { return 1; }, set(value) { }
              });
              window.__setRealRate = (video, rate) => real.set.call(video, rate);
            })();""";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    DataSource dataSource;

    @Inject
    Enrolling enrolling;

    StudyRecords records;

    @BeforeEach
    void setUp() {
        records = new StudyRecords(dataSource);
    }

    private static void signIn(Page page, String username) {
        page.navigate(Browser.url("/login"));
        page.fill("#j_username", username);
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL("**/");
    }

    private static String playPath(PlayableCourses.Course course, long lesson) {
        return "/my/courses/" + course.courseId() + "/lessons/" + lesson + "/play";
    }

    /** Opens the player, waits for its session and starts the video (muted: headless autoplay rules). */
    private static String openAndPlay(Page page, String path) {
        page.navigate(Browser.url(path));
        page.waitForSelector("[data-lesson-player][data-state=OPEN], [data-lesson-player][data-state=CHECKPOINT]");
        page.waitForFunction("() => document.querySelector('[data-video]').readyState >= 1");
        page.evaluate("() => { const v = document.querySelector('[data-video]'); v.muted = true; return v.play(); }");
        return (String) page.evaluate("() => document.querySelector('[data-lesson-player]').dataset.session");
    }

    /** Waits until the video has ended and the server has acknowledged every heartbeat sent. */
    private static void awaitEndAcknowledged(Page page) {
        page.waitForFunction("() => document.querySelector('[data-video]').ended", null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        page.waitForFunction("() => { const d = document.querySelector('[data-lesson-player]').dataset;"
                + " return d.sent && d.sent === d.acknowledged; }", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    /** The learner's next session asks its first question after {@code millis} of credited study. */
    private void firstCheckpointAfter(PlayableCourses.Course course, long millis) {
        String session = Learners.openSession(course.worker(), course.lessons().get(0));
        Learners.close(course.worker(), session).then().statusCode(200);
        records.checkpointDueIn(session, millis);
    }

    @Test
    void shouldCreditAnHonestViewerWhoAnswersTheCheckpointAtLeast99PercentOfTheVideo() {
        PlayableCourses.Course course = PlayableCourses.published(VIDEO_SECONDS, 2, enrolling);
        long lesson = course.lessons().get(0);
        firstCheckpointAfter(course, 6_000);
        Page page = browser.open("/login", Browser.Device.PHONE, "zh-CN");
        signIn(page, course.worker().username());
        long started = System.currentTimeMillis();
        String session = openAndPlay(page, playPath(course, lesson));

        // the question comes with a heartbeat after 6 s of study: the player pauses and asks it
        page.waitForSelector("[data-lesson-player][data-state=CHECKPOINT]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertThat(page.locator("[data-checkpoint]")).isVisible();
        assertThat((Boolean) page.evaluate("() => document.querySelector('[data-video]').paused")).isTrue();
        browser.screenshot(page, "player-checkpoint-phone");
        page.getByLabel(RIGHT_ANSWER).check();
        page.click("[data-checkpoint-submit]");
        page.waitForSelector("[data-lesson-player][data-state=OPEN]");
        assertThat(page.locator("[data-checkpoint]")).isHidden();

        awaitEndAcknowledged(page);
        long spent = System.currentTimeMillis() - started;
        long duration = VIDEO_SECONDS * 1000L;
        long covered = records.coveredMillis(course.worker().personId(), lesson);
        assertThat(covered).as("covered of %d ms", duration).isGreaterThanOrEqualTo(duration * 99 / 100);
        assertThat(records.session(session).creditedMillis()).isGreaterThanOrEqualTo(duration * 99 / 100)
                .isLessThanOrEqualTo(spent);
        assertThat(page.locator("[data-lesson-complete]")).isVisible();
        assertThat(page.locator("[data-next-lesson]")).hasAttribute("href", playPath(course, course.lessons().get(1)));
        browser.screenshot(page, "player-complete-phone");
    }

    @Test
    void shouldCreditFourTimesFasterPlaybackNoMoreThanTheRealTime() {
        PlayableCourses.Course course = PlayableCourses.published(VIDEO_SECONDS, 1, enrolling);
        long lesson = course.lessons().get(0);
        Page page = browser.open("/login");
        page.addInitScript(TAMPERED_RATE);
        signIn(page, course.worker().username());
        long started = System.currentTimeMillis();
        String session = openAndPlay(page, playPath(course, lesson));
        page.evaluate("() => window.__setRealRate(document.querySelector('[data-video]'), 4)");

        awaitEndAcknowledged(page);
        long spent = System.currentTimeMillis() - started;
        long credited = records.session(session).creditedMillis();
        assertThat(credited).isLessThanOrEqualTo(spent).isLessThan(VIDEO_SECONDS * 1000L);
        assertThat(records.coveredMillis(course.worker().personId(), lesson)).isEqualTo(credited);
        assertThat(records.anomalies(session)).anyMatch(a -> a.endsWith("FASTER_THAN_REAL_TIME")
                || a.endsWith("PLAYBACK_RATE_EXCEEDED"));
    }

    @Test
    void shouldNotLetTheLearnerSeekAheadAndCreditNothingBeyondTheRealTime() {
        PlayableCourses.Course course = PlayableCourses.published(VIDEO_SECONDS, 1, enrolling);
        long lesson = course.lessons().get(0);
        Page page = browser.open("/login");
        signIn(page, course.worker().username());
        long started = System.currentTimeMillis();
        String session = openAndPlay(page, playPath(course, lesson));
        page.waitForFunction("() => document.querySelector('[data-video]').currentTime > 1");

        // seeking to the end: the player moves back to the furthest point reached
        page.evaluate("() => { const v = document.querySelector('[data-video]'); v.currentTime = v.duration - 0.5; }");
        page.waitForFunction("() => { const v = document.querySelector('[data-video]'); return !v.seeking && v.currentTime < 10; }");
        assertThat(page.locator("[data-player-status]")).containsText("不能向前拖动");
        page.evaluate("() => document.querySelector('[data-video]').pause()");
        page.waitForFunction("() => { const d = document.querySelector('[data-lesson-player]').dataset;"
                + " return d.sent && d.sent === d.acknowledged; }");
        long spent = System.currentTimeMillis() - started;

        long credited = records.session(session).creditedMillis();
        assertThat(credited).isLessThanOrEqualTo(spent);
        String covered = records.covered(course.worker().personId(), lesson);
        assertThat(coveredEnd(covered)).as("covered %s", covered).isLessThan(10_000);
    }

    @Test
    void shouldEndTheFirstTabWhenTheCourseIsOpenedInASecondOne() {
        PlayableCourses.Course course = PlayableCourses.published(VIDEO_SECONDS, 1, enrolling);
        long lesson = course.lessons().get(0);
        Page first = browser.open("/login", Browser.Device.DESKTOP, "en");
        signIn(first, course.worker().username());
        long started = System.currentTimeMillis();
        String firstSession = openAndPlay(first, playPath(course, lesson));
        first.waitForFunction("() => document.querySelector('[data-video]').currentTime > 1");

        Page second = first.context().newPage();
        String secondSession = openAndPlay(second, playPath(course, lesson));
        // the first tab learns at its next heartbeat (pausing sends one) and stops
        first.evaluate("() => document.querySelector('[data-video]').pause()");
        first.waitForSelector("[data-lesson-player][data-state=SUPERSEDED]");
        assertThat(first.locator("[data-ended-reason]")).containsText("you opened the course elsewhere");
        assertThat((Boolean) first.evaluate("() => document.querySelector('[data-video]').paused")).isTrue();
        browser.screenshot(first, "player-superseded-desktop");

        second.evaluate("() => document.querySelector('[data-video]').pause()");
        second.waitForFunction("() => { const d = document.querySelector('[data-lesson-player]').dataset;"
                + " return d.sent && d.sent === d.acknowledged; }");
        long spent = System.currentTimeMillis() - started;
        long both = records.session(firstSession).creditedMillis() + records.session(secondSession).creditedMillis();
        assertThat(both).isLessThanOrEqualTo(spent);
        assertThat(records.session(firstSession).state()).isEqualTo("SUPERSEDED");
        assertThat(records.anomalies(firstSession)).contains("JUDGED:SESSION_NOT_ACTIVE");
    }

    /** The end of the last covered interval, "{[0,5000),[7000,9000)}" gives 9000; 0 for nothing. */
    private static long coveredEnd(String multirange) {
        if (multirange == null || multirange.equals("{}")) {
            return 0;
        }
        List<String> numbers = List.of(multirange.replaceAll("[^0-9,]", " ").trim().split("[ ,]+"));
        return Long.parseLong(numbers.get(numbers.size() - 1));
    }
}
