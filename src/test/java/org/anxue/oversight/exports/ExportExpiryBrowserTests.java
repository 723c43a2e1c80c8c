package org.anxue.oversight.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.anxue.local.TestEngines;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Industry;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.oversight.TestOversightClock;
import org.anxue.security.Account;
import org.anxue.security.CsrfTokens;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An expired export in Chromium: its page says the file was removed, its download link answers 410 with a
 * page that says why, and “重新导出” queues the same person again, whose new page follows the progress and
 * offers the download with the date it is kept until.
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class ExportExpiryBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ExportJobs jobs;

    @Inject
    TestOversightClock clock;

    @Inject
    DataSource ds;

    /** Generous: a PDF is rendered on a machine shared with other builds (a wait, not a timed assertion). */
    private static final LocatorAssertions.IsVisibleOptions LONG = new LocatorAssertions.IsVisibleOptions().setTimeout(120_000);

    @Test
    void shouldSayTheFileWasRemovedAndExportAgainInOneClick() throws Exception {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        long person = QuarkusTransaction.requiringNew().call(() -> {
            Bureau city = Bureau.root("YC" + tag, "浏览保留市局" + tag, BureauLevel.CITY);
            city.persist();
            Bureau district = city.child("YA" + tag, "浏览保留区局" + tag, BureauLevel.DISTRICT);
            district.persist();
            Company c = Company.register(TestAccounts.creditCode(), "浏览保留公司" + tag, Industry.METAL_SMELTING,
                    RiskTier.HIGH_RISK, district, "某路 9 号");
            c.approve(null, Instant.now(), null);
            c.persist();
            Department d = Department.of(c, "车间");
            d.persist();
            Post post = Post.of(c, "炉前工", PostKind.GENERAL, null);
            post.persist();
            Person p = Person.of(new IdentityNumber(TestAccounts.idNumber()), "郑浏览" + tag, null);
            p.persist();
            Employment.start(p, post, d, LocalDate.of(2022, 5, 1)).persist();
            Account officer = Account.bureauOfficer("ya-" + tag, "区局检查员", district);
            officer.setPasswordHash(BcryptUtil.bcryptHash(TestAccounts.PASSWORD));
            officer.persist();
            return p.id;
        });
        TestAccounts.Browser api = TestAccounts.signIn("ya-" + tag, TestAccounts.PASSWORD);
        long old = given().cookies(api.cookies()).header(CsrfTokens.HEADER, api.csrf()).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(Map.of("kind", "PERSON", "personId", person)).post("/api/oversight/exports")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        for (int i = 0; i < 600 && !given().cookies(api.cookies()).accept(ContentType.JSON).get("/api/oversight/exports/" + old)
                .then().extract().jsonPath().getString("status").equals("DONE"); i++) {
            Thread.sleep(200);
        }
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("update oversight_export_job set finished_at = ? where id = ? and status = 'DONE'")) {
            s.setObject(1, clock.now().minus(jobs.retention().plusMinutes(5)).atOffset(ZoneOffset.UTC));
            s.setLong(2, old);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        jobs.sweep(clock.now());

        Page page = browser.open("/login");
        page.fill("#j_username", "ya-" + tag);
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL("**/");

        page.navigate(Browser.url("/oversight/exports/" + old));
        PlaywrightAssertions.assertThat(page.locator("[data-export-job]")).hasAttribute("data-status", "EXPIRED");
        PlaywrightAssertions.assertThat(page.locator("[data-export-expired]")).containsText("超过保留期限并被删除");
        PlaywrightAssertions.assertThat(page.locator("[data-export-download]")).hasCount(0);

        Response gone = page.navigate(Browser.url("/oversight/exports/" + old + "/file"));
        assertThat(gone.status()).isEqualTo(410);
        PlaywrightAssertions.assertThat(page.locator("body")).containsText("超过保留期限并被删除");

        page.navigate(Browser.url("/oversight/exports/" + old));
        page.click("[data-export-again] button[type=submit]");
        page.waitForURL(url -> url.matches(".*/oversight/exports/\\d+$") && !url.endsWith("/exports/" + old));
        long again = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(again).isGreaterThan(old);
        // the page follows the progress and, when done, reloads to offer the download and its retention
        PlaywrightAssertions.assertThat(page.locator("[data-export-download]")).isVisible(LONG);
        PlaywrightAssertions.assertThat(page.locator("[data-export-expires]")).containsText("保留至 ");
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("郑浏览" + tag);
    }
}
