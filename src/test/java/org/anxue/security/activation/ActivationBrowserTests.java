package org.anxue.security.activation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anxue.local.TestEngines;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.admin.AdminFixtures;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.anxue.web.Browser.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The activation as people do it, in Chromium: the company admin prints a code and signs out;
 * the worker activates on a phone and lands signed in, in Chinese, then switches to English.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ActivationBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void shouldLetAWorkerActivateOnAPhoneWithTheCodeTheAdminGenerated() {
        AdminFixtures.Tree tree = AdminFixtures.tree();
        long companyId = AdminFixtures.company(tree.districtA(), ApprovalStatus.APPROVED);
        long department = AdminFixtures.department(companyId, "一车间", null);
        TestAccounts.Made admin = AdminFixtures.companyAdmin(companyId);
        AdminFixtures.Worker worker = AdminFixtures.pendingWorker(companyId, department);

        // The company admin signs in, generates the worker's code and reads it off the sheet.
        Page desk = browser.open("/login", Device.DESKTOP, "zh-CN");
        desk.locator("#j_username").fill(admin.username());
        desk.locator("#j_password").fill(TestAccounts.PASSWORD);
        desk.locator("button[type=submit]").click();
        desk.waitForURL(Browser.url("/"));
        desk.locator("[data-nav=ACTIVATION]").click();
        desk.waitForURL(Browser.url("/company/activation-codes"));
        desk.locator("[data-worker='" + worker.accountId() + "'] input[type=checkbox]").check();
        desk.locator("[data-generate-selected]").click();
        assertThat(desk.locator("h1")).hasText("安学账号激活码");
        assertThat(desk.locator("[data-sheet-row='" + worker.accountId() + "']")).containsText(worker.name());
        assertThat(desk.locator("[data-sheet-row='" + worker.accountId() + "']"))
                .containsText(worker.idNumber().substring(0, 6) + "********" + worker.idNumber().substring(14));
        String code = desk.locator("[data-code]").textContent().strip();
        assertThat(code).matches("[0-9]{4} [0-9]{4} [0-9]{4}");
        browser.screenshot(desk, "activation-sheet-desktop-zh-CN");
        desk.locator("[data-sign-out] button").click();
        desk.waitForURL(Browser.url("/"));
        assertThat(desk.locator("[data-sign-in]")).isVisible();

        // The worker activates on a phone, in Chinese.
        Page phone = browser.open("/activate", Device.PHONE, "zh-CN");
        assertThat(phone.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(phone.locator("h1")).hasText("激活账号");
        assertThat(Browser.horizontalOverflow(phone)).isZero();
        phone.locator("#login").fill(worker.idNumber());
        phone.locator("#code").fill(code);
        phone.locator("#password").fill("anquan2026ok");
        phone.locator("#password2").fill("anquan2026ok");
        browser.screenshot(phone, "activation-phone-zh-CN");
        phone.locator("[data-activate-submit]").click();
        phone.waitForURL(Browser.url("/"));

        assertThat(phone.locator("[data-viewer-name]")).hasText(worker.name());
        assertThat(phone.locator("[data-viewer-role]")).hasText("从业人员");
        assertThat(phone.locator("[data-viewer-tenant]")).hasCount(0);
        assertThat(phone.locator("[data-sign-out] button")).hasText("退出登录");
        assertThat(Browser.horizontalOverflow(phone)).isZero();
        browser.screenshot(phone, "activated-phone-zh-CN");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(worker.accountId()).status))
                .isEqualTo(AccountStatus.ACTIVE);

        // The English switch shows English labels, still signed in.
        phone.locator("[data-lang-switch]").click();
        phone.waitForURL(Browser.url("/"));
        assertThat(phone.locator("html")).hasAttribute("lang", "en");
        assertThat(phone.locator("[data-viewer-role]")).hasText("Worker");
        assertThat(phone.locator("[data-sign-out] button")).hasText("Sign out");
        phone.locator("[data-viewer-name]").click();
        phone.waitForURL(Browser.url("/my/profile"));
        assertThat(phone.locator("h1")).hasText("My profile");
        assertThat(phone.locator("[data-employments]")).containsText("一车间");
        assertThat(Browser.horizontalOverflow(phone)).isZero();
        browser.screenshot(phone, "profile-phone-en");
    }

    @Test
    void shouldShowAWrongCodeOnThePhoneInTheWorkersLanguage() {
        Page phone = browser.open("/activate", Device.PHONE, "en-US");
        assertThat(phone.locator("h1")).hasText("Activate your account");

        phone.locator("#login").fill(TestAccounts.idNumber());
        phone.locator("#code").fill("1234 5678 9012");
        phone.locator("#password").fill("anquan2026ok");
        phone.locator("#password2").fill("anquan2026ok");
        phone.locator("[data-activate-submit]").click();

        assertThat(phone.locator("[data-activate-error]")).containsText("The ID number or the activation code is wrong");
        assertThat(Browser.horizontalOverflow(phone)).isZero();
    }
}
