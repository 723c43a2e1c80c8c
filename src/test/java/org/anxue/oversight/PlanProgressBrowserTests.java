package org.anxue.oversight;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.anxue.learning.CourseCompleted;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan page in Chromium: the progress charts draw (SVG) from the tables next to them. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class PlanProgressBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void shouldDrawTheProgressChartsFromTheTables() {
        OversightFixtures.World world = OversightFixtures.world();
        var event = jakarta.enterprise.inject.spi.CDI.current()
                .select(new jakarta.enterprise.util.TypeLiteral<jakarta.enterprise.event.Event<CourseCompleted>>() { }).get();
        for (String key : List.of("principal", "operator1")) {
            long attempt = System.nanoTime() % 1_000_000_000L;
            CourseCompleted done = new CourseCompleted(world.person(key).personId(), 1000 + attempt % 7, 5000 + attempt % 7,
                    "测试课程", "REFRESHER", new BigDecimal("2.00"), 90 * 60, List.of(UUID.randomUUID()), attempt, 90, Instant.now());
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> event.fire(done));
        }

        Page page = browser.open("/login");
        page.fill("#j_username", "soc-" + world.tag());
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL("**/");
        page.navigate(Browser.url("/oversight/plan-targets"));
        PlaywrightAssertions.assertThat(page.locator("#plan-shares tr[data-key=keyPositions]")).hasAttribute("data-trained", "2");
        for (String chart : List.of("plan-shares", "plan-by-area", "plan-by-industry", "plan-by-company")) {
            PlaywrightAssertions.assertThat(page.locator("[data-chart-table=" + chart + "]")).hasAttribute("data-chart-ready", "true");
            PlaywrightAssertions.assertThat(page.locator("[data-chart-table=" + chart + "] svg")).hasCount(1);
        }
        // the district chart has a legend naming the four categories (one bar series each)
        PlaywrightAssertions.assertThat(page.locator("[data-chart-table=plan-by-area] svg")).containsText("三项岗位人员");
    }
}
