package org.anxue.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.anxue.catalog.CatalogFixtures;
import org.anxue.local.TestEngines;
import org.anxue.web.Browser;
import org.anxue.web.Browser.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The supermarket's search box in Chromium: suggestions as you type, results with marks and facets, on a phone. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class SearchBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldSuggestAsYouTypeAndShowHighlightedResultsWithFacets() {
        CatalogFixtures.World world = CatalogFixtures.world();
        String title = "受限空间应急救援" + world.tag();
        long course = SearchFixtures.publish(dataSource, world.institutionAId(), new SearchFixtures.NewCourse(
                title, "有限空间事故的救援装备与演练。", List.of("救援三脚架"), List.of("CHEMICAL"),
                List.of("GENERAL_WORKER"), "ROUTINE", "2"));

        // the first search of a fresh test JVM may wait for the initial index build
        SearchFixtures.await("indexed", () -> SearchFixtures.search(title).getString("engine").equals("ELASTICSEARCH")
                && SearchFixtures.search(title).getList("hits.card.id", Long.class).contains(course));
        Page page = browser.open("/courses", Device.DESKTOP, "zh-CN");
        page.locator("#q").pressSequentially("受限空间应急救援" + world.tag().substring(0, 4));
        assertThat(page.locator("[data-suggestion=\"" + course + "\"]")).hasText(title);
        page.locator("#q").press("ArrowDown");
        assertThat(page.locator("#q")).hasAttribute("aria-expanded", "true");
        page.locator("#q").press("Escape");
        assertThat(page.locator(".search-suggestions")).isHidden();

        page.locator("#q").fill("有限空间 " + world.tag());
        page.locator("[data-course-filters] button[type=submit]").click();
        assertThat(page.locator("[data-course-card=\"" + course + "\"] [data-course-title] mark").first()).isVisible();
        assertThat(page.locator("[data-facet=\"industry\"][data-facet-value=\"CHEMICAL\"] [data-facet-count]")).hasText("1");
        browser.screenshot(page, "search-results-desktop");

        Page phone = browser.open("/courses?q=" + java.net.URLEncoder.encode("救援三脚架 " + world.tag(),
                java.nio.charset.StandardCharsets.UTF_8), Device.PHONE, "en");
        assertThat(phone.locator("[data-course-card=\"" + course + "\"]")).isVisible();
        assertThat(Browser.horizontalOverflow(phone)).isZero();
        browser.screenshot(phone, "search-results-phone");
    }
}
