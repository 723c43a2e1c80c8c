package org.anxue.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The spot exam as people use it: an officer starts one from the pages, a phone (360 px) answers
 * through the code, and the officer's page shows the score without a reload.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class SpotExamBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    DataSource ds;

    private static void signIn(Page page, String username) {
        page.navigate(Browser.url("/login"));
        page.fill("#j_username", username);
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL("**/");
    }

    @Test
    void shouldLetAPhoneAnswerThroughTheCodeWhileTheOfficerWatchesTheScoreArrive() {
        OversightFixtures.World world = OversightFixtures.world();
        OversightFixtures.publishedQuestions(ds, world.institutionId(), List.of("FIREWORKS"), List.of("PRINCIPAL"), 6);
        OversightFixtures.Staff principal = world.person("principal");

        Page officer = browser.open("/login");
        signIn(officer, "soa-" + world.tag());
        officer.navigate(Browser.url("/oversight"));
        officer.click("[data-link=spot-exams]");
        officer.fill("#q", world.tag());
        officer.click("[data-company-search] button");
        officer.click("[data-company-choice=\"" + world.companyId() + "\"] a");
        officer.selectOption("#kind", "PRINCIPAL");
        officer.click("[data-candidate-filter] button");
        PlaywrightAssertions.assertThat(officer.locator("[data-candidate]")).hasCount(1);
        PlaywrightAssertions.assertThat(officer.locator("[data-candidate=\"" + principal.personId() + "\"] input")).isChecked();
        officer.fill("#place", "一号仓库");
        officer.fill("#questionCount", "3");
        officer.click("[data-start-exam]");
        officer.waitForURL("**/oversight/spot-exams/*");
        Locator row = officer.locator("[data-taker]");
        PlaywrightAssertions.assertThat(row).hasCount(1);
        PlaywrightAssertions.assertThat(row.locator("[data-qr] svg")).hasCount(1);
        String code = row.locator("[data-code]").innerText().strip();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4}");

        Page phone = browser.open("/exam", Browser.Device.PHONE, "zh-CN");
        phone.fill("#code", code.toLowerCase());
        phone.click("[data-exam-code] button");
        PlaywrightAssertions.assertThat(phone.locator("[data-exam-entry]")).isVisible();
        phone.fill("#name", principal.name());
        phone.fill("#idLast4", principal.last4());
        phone.click("[data-start]");
        PlaywrightAssertions.assertThat(phone.locator("[data-question]")).hasCount(3);
        PlaywrightAssertions.assertThat(phone.locator("[data-time-left]")).not().hasText("—");
        assertThat(Browser.horizontalOverflow(phone)).isZero();
        PlaywrightAssertions.assertThat(row.locator("[data-field=status]")).hasText("答题中",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        for (int position = 1; position <= 3; position++) {
            Locator question = phone.locator("[data-question=\"" + position + "\"]");
            question.locator("input[value=B]").check();
            PlaywrightAssertions.assertThat(question.locator("[data-saved-mark]")).isVisible();
        }
        browser.screenshot(phone, "spot-exam-phone");
        phone.click("[data-submit-exam]");
        PlaywrightAssertions.assertThat(phone.locator("[data-exam-result] [data-score]")).hasAttribute("data-score", "100");

        // the officer's page was never reloaded: the score arrives by polling
        PlaywrightAssertions.assertThat(row.locator("[data-field=score]")).hasText("100",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        PlaywrightAssertions.assertThat(row.locator("[data-field=result]")).hasText("合格");
        browser.screenshot(officer, "spot-exam-officer");

        officer.click("[data-record-link]");
        PlaywrightAssertions.assertThat(officer.locator("[data-record-score]")).containsText("100");
        PlaywrightAssertions.assertThat(officer.locator("[data-record-company]")).hasText("烟花爆竹公司" + world.tag());
    }

    @Test
    void shouldShowTheOversightPagesInEnglish() {
        OversightFixtures.World world = OversightFixtures.world();
        Page officer = browser.open("/login", Browser.Device.DESKTOP, "en");
        signIn(officer, "soc-" + world.tag());
        officer.navigate(Browser.url("/oversight"));
        PlaywrightAssertions.assertThat(officer.locator("h1")).hasText("Oversight");
        officer.click("[data-link=plan-targets]");
        PlaywrightAssertions.assertThat(officer.locator("[data-targets-form]")).isVisible();
        officer.fill("#keyPositions", "25000");
        officer.fill("#note", "more chemical parks");
        officer.click("[data-save-targets]");
        PlaywrightAssertions.assertThat(officer.locator("[data-history-revision=\"1\"]")).containsText("25000");
        PlaywrightAssertions.assertThat(officer.locator("[data-set-by]")).containsText("Revision 1");
    }
}
