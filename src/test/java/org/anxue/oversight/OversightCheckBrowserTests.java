package org.anxue.oversight;

import static org.anxue.oversight.OversightFixtures.as;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.anxue.local.TestEngines;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The compliance dashboard in Chromium: the charts draw from the tables (the echarts module loads on that
 * page), a person behind drills down to the credited-hours check, and the check form finds a person.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class OversightCheckBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @jakarta.inject.Inject
    javax.sql.DataSource ds;

    private static void signIn(Page page, String username) {
        page.navigate(Browser.url("/login"));
        page.fill("#j_username", username);
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL("**/");
    }

    @Test
    void shouldDrawTheDashboardAndDrillDownToAPerson() {
        OversightFixtures.World world = OversightFixtures.world();
        OversightFixtures.Staff principal = world.person("principal");
        OversightFixtures.Staff manager = world.person("manager1");
        Map<String, Object> body = new HashMap<>(Map.of("kind", "RECOGNITION", "hours", "16",
                "day", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "trainingType", "REFRESHER",
                "reason", "外地培训认定", "evidence", "证明材料", "approvedBy", "BUREAU_OFFICER:0:approver"));
        as(world.officerA()).header(CsrfTokens.HEADER, world.officerA().csrf()).body(body)
                .post("/api/credits/people/" + principal.personId() + "/recognitions").then().statusCode(201);

        Page officer = browser.open("/login");
        signIn(officer, "soa-" + world.tag());
        officer.navigate(Browser.url("/oversight"));
        officer.click("[data-link=compliance]");
        PlaywrightAssertions.assertThat(officer.locator("[data-overall]")).hasAttribute("data-met", "1");
        PlaywrightAssertions.assertThat(officer.locator("[data-overall]")).hasAttribute("data-of", "6");
        PlaywrightAssertions.assertThat(officer.locator("[data-chart-table=by-post-kind]")).hasAttribute("data-chart-ready", "true");
        PlaywrightAssertions.assertThat(officer.locator("[data-chart-table=by-post-kind] svg")).hasCount(1);
        PlaywrightAssertions.assertThat(officer.locator("[data-chart-table=companies] svg")).hasCount(1);
        PlaywrightAssertions.assertThat(officer.locator("[data-by-post-kind] tr[data-key=PRINCIPAL]")).containsText("100.0%");

        officer.click("[data-behind] tr[data-person=\"" + manager.personId() + "\"] a");
        PlaywrightAssertions.assertThat(officer.locator("[data-hours-result]")).hasAttribute("data-status", "NOT_MET");
        PlaywrightAssertions.assertThat(officer.locator("[data-missing]")).hasText("16.00");

        officer.fill("#idNumber", principal.idNumber());
        officer.click("[data-hours-form] button[type=submit]");
        PlaywrightAssertions.assertThat(officer.locator("[data-hours-result]")).hasAttribute("data-person",
                Long.toString(principal.personId()));
        PlaywrightAssertions.assertThat(officer.locator("[data-compliance]")).hasText("达标");
        PlaywrightAssertions.assertThat(officer.locator("[data-entry]")).hasCount(1);
    }

    @Test
    void shouldCheckACertificateInEnglishWithoutSigningIn() {
        OversightCheckTests.forgetCertificateFailures(ds);
        OversightFixtures.World world = OversightFixtures.world();
        Page page = browser.open("/certificate-check", Browser.Device.PHONE, "en");
        page.fill("#number", "T" + world.person("operator1").idNumber());
        page.fill("#name", world.person("operator1").name());
        page.click("[data-certificate-form] button[type=submit]");
        PlaywrightAssertions.assertThat(page.locator("[data-certificate-result]")).hasAttribute("data-certificate-result", "UNKNOWN");
        PlaywrightAssertions.assertThat(page.locator("[data-certificate-result]")).containsText("No such certificate");
        PlaywrightAssertions.assertThat(page.locator("[data-certificate-result] table")).hasCount(0);
    }
}
