package org.anxue.creditbank;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The credit bank in Chromium, as a worker on a phone: the year's statement on /my/credits, a 学时证明 issued with
 * its QR code, and anyone (signed out, another device) checking its code at /verify.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class CreditBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void shouldIssueAStatementOnAPhoneThatAnyoneCanVerify() {
        CreditFixtures.World world = CreditFixtures.world();
        // two online completions of 90 minutes, as the learning feature posts them
        CreditFixtures.complete(world.worker().personId(), "ROUTINE", 90, Instant.now(), 2);

        Page phone = browser.open("/login", Browser.Device.PHONE, "zh-CN");
        phone.fill("#j_username", world.worker().username());
        phone.fill("#j_password", TestAccounts.PASSWORD);
        phone.click("form.login-form button[type=submit]");
        phone.waitForURL("**/");
        phone.navigate(Browser.url("/my/credits"));
        PlaywrightAssertions.assertThat(phone.locator("[data-entry]")).hasCount(2);
        PlaywrightAssertions.assertThat(phone.locator("[data-online-recorded]")).hasText("4.00");
        PlaywrightAssertions.assertThat(phone.locator("[data-compliance]")).hasText("未达标");
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

        phone.click("[data-issue-statement] button[type=submit]");
        PlaywrightAssertions.assertThat(phone.locator("[data-credit-statement]")).hasAttribute("data-status", "NOT_MET");
        PlaywrightAssertions.assertThat(phone.locator("[data-qr] svg")).hasCount(1);
        PlaywrightAssertions.assertThat(phone.locator("[data-pdf]")).isVisible();
        String code = phone.locator("[data-credit-statement]").getAttribute("data-code");
        assertThat(code).isNotBlank();

        // someone else, signed out, in English, types the code as printed
        Page stranger = browser.open("/verify", Browser.Device.DESKTOP, "en");
        stranger.fill("input[name=code]", phone.locator("[data-code-display]").textContent());
        stranger.click("form[action='/verify'] button[type=submit]");
        PlaywrightAssertions.assertThat(stranger.locator("[data-verification]")).hasAttribute("data-verification", "CURRENT");
        PlaywrightAssertions.assertThat(stranger.locator("[data-masked-id]")).not().hasText(world.worker().idNumber());
        PlaywrightAssertions.assertThat(stranger.locator("[data-masked-id]")).containsText("*");

        // a made-up code is not authentic or unknown, and says so
        stranger.navigate(Browser.url("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ"));
        assertThat(stranger.locator("[data-verification]").getAttribute("data-verification"))
                .isIn("UNKNOWN", "NOT_AUTHENTIC");
    }
}
