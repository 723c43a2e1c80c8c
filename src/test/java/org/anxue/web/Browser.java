package org.anxue.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests against the running test application in Debian's Chromium ({@code /usr/bin/chromium},
 * or {@code -Danxue.test.chromium=…}), driven by Playwright, which never downloads a browser here.
 * One Chromium per test class; every {@link #open} gets a fresh context (cookies, language,
 * viewport), closed after the test. A test fails if a page threw an uncaught script error or a
 * script, style sheet or image it loaded answered with an error status.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Browser browser = new Browser();
 *
 * @Test
 * void shouldShowMyCourses() {
 *     Page page = browser.open("/my/courses", Browser.Device.PHONE, "zh-CN");
 *     PlaywrightAssertions.assertThat(page.locator("h1")).hasText("我的课程");
 *     browser.screenshot(page, "my-courses-phone");
 * }
 * }</pre>
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    /** Screen sizes the pages must work on. */
    public enum Device {
        /** A small Android phone, the workers' usual screen. */
        PHONE(360, 740, true),
        /** An office desktop (admins, institutions, bureau officers). */
        DESKTOP(1280, 800, false);

        final int width;
        final int height;
        final boolean mobile;

        Device(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /** Where {@link #screenshot} writes. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = Path.of(System.getProperty("anxue.test.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser tests need Chromium at " + executable
                    + " (apt-get install chromium chromium-driver)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        if (!problems.isEmpty()) {
            List<String> seen = List.copyOf(problems);
            problems.clear();
            throw new AssertionError("The pages had problems:\n  " + String.join("\n  ", seen));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Opens {@code path} of the test application on a desktop with a Chinese browser. */
    public Page open(String path) {
        return open(path, Device.DESKTOP, "zh-CN");
    }

    /**
     * Opens {@code path} in a new browser context for {@code device} whose browser prefers
     * {@code locale} (navigator.language and Accept-Language).
     */
    public Page open(String path, Device device, String locale) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(device.width, device.height)
                .setIsMobile(device.mobile)
                .setHasTouch(device.mobile)
                .setDeviceScaleFactor(device.mobile ? 2 : 1)
                .setLocale(locale));
        contexts.add(context);
        Page page = context.newPage();
        page.onPageError(error -> problems.add("script error on " + page.url() + ": " + error));
        page.onResponse(response -> {
            String type = response.request().resourceType();
            if (response.status() >= 400 && !type.equals("document")) {
                problems.add(type + " " + response.url() + " answered " + response.status());
            }
        });
        page.navigate(url(path));
        return page;
    }

    /** The absolute URL of {@code path} in the running test application. */
    public static String url(String path) {
        String base = ConfigProvider.getConfig().getValue("test.url", String.class);
        return base.replaceAll("/$", "") + path;
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** How many CSS pixels the page is wider than the screen (0 when nothing scrolls sideways). */
    public static int horizontalOverflow(Page page) {
        Object overflow = page.evaluate(
                "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
                        + " - document.documentElement.clientWidth");
        return ((Number) overflow).intValue();
    }
}
