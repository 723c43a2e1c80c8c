package org.anxue.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxue.local.TestEngines;
import org.anxue.web.Browser.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home page in Debian's Chromium: both languages, the switch, a 360 px phone. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class HomePageBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void shouldOpenInChineseAndSwitchToEnglishAndBack() {
        Page page = browser.open("/", Device.DESKTOP, "zh-CN");

        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page).hasTitle("安学：在线安全培训与学分银行 · 安学");
        assertThat(page.locator("h1")).hasText("安学：在线安全培训与学分银行");
        assertThat(page.locator("[data-home-courses]")).hasAttribute("href", "/courses");
        assertThat(page.locator("[data-home-sign-in]")).hasAttribute("href", "/login");
        // The Vite bundle is loaded: the header has its colour and the script marked the page.
        assertThat(page.locator(".site-header")).hasCSS("background-color", "rgb(11, 79, 138)");
        assertThat(page.locator("html")).hasClass("js");
        browser.screenshot(page, "home-desktop-zh-CN");

        page.locator("[data-lang-switch]").click();
        page.waitForURL(Browser.url("/"));

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Anxue: online safety training and credit bank");
        assertThat(page.locator("[data-home-courses]")).hasText("Browse the course market");
        assertThat(page.locator("[data-lang-switch]")).hasText("中文");

        // The choice is remembered (cookie), even though the browser prefers Chinese.
        page.navigate(Browser.url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        browser.screenshot(page, "home-desktop-en");

        page.locator("[data-lang-switch]").click();
        page.waitForURL(Browser.url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("[data-lang-switch]")).hasText("English");
    }

    @Test
    void shouldKeepTheFragmentWhenSwitchingLanguage() {
        Page page = browser.open("/#audience", Device.DESKTOP, "zh-CN");

        page.locator("[data-lang-switch]").click();
        page.waitForURL(Browser.url("/#audience"));

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#audience")).hasText("Who Anxue is for");
    }

    @Test
    void shouldGreetAnEnglishBrowserInEnglish() {
        Page page = browser.open("/", Device.DESKTOP, "en-US");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Anxue: online safety training and credit bank");
    }

    @Test
    void shouldFitA360PixelPhoneWithACollapsibleMenu() throws Exception {
        for (String locale : new String[] {"zh-CN", "en"}) {
            Page page = browser.open("/", Device.PHONE, locale);

            assertThat(Browser.horizontalOverflow(page)).as("sideways overflow in %s", locale).isZero();
            Locator toggle = page.locator("[data-nav-toggle]");
            Locator nav = page.locator("#site-nav");
            assertThat(toggle).isVisible();
            assertThat(nav).isHidden();
            // The main actions are reachable without scrolling on the phone.
            assertThat(page.locator("[data-home-courses]")).isInViewport();

            Path closed = browser.screenshot(page, "home-phone-" + locale);
            assertThat(Files.size(closed)).isPositive();

            toggle.click();
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            assertThat(nav).isVisible();
            assertThat(nav.locator("a[href='/courses']")).isVisible();
            assertThat(Browser.horizontalOverflow(page)).as("sideways overflow with the menu open").isZero();
            browser.screenshot(page, "home-phone-menu-" + locale);

            toggle.click();
            assertThat(nav).isHidden();
        }
    }

    @Test
    void shouldShowTheNotFoundPageInTheLayout() {
        Page page = browser.open("/no-such-page", Device.PHONE, "zh-CN");

        assertThat(page.locator("h1")).hasText("找不到该页面");
        assertThat(page.locator("[data-error-status]")).hasAttribute("data-error-status", "404");
        assertThat(Browser.horizontalOverflow(page)).isZero();
        browser.screenshot(page, "not-found-phone-zh-CN");
    }
}
