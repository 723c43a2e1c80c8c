package org.anxue.org.roster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxue.local.TestEngines;
import org.anxue.security.TestAccounts;
import org.anxue.web.Browser;
import org.anxue.web.Browser.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A company admin keeps the roster in Chromium: the form with a bad ID number, then an import with a bad row. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class RosterBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Page signIn(Device device, RosterWorld world) {
        Page page = browser.open("/login", device, "zh-CN");
        page.fill("#j_username", world.admin());
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL(Browser.url("/"));
        return page;
    }

    @Test
    void shouldAddEmployeesByHandAndFromAnXlsxWithABadRow() throws Exception {
        RosterWorld world = RosterWorld.create();
        Page page = signIn(Device.DESKTOP, world);

        page.click("[data-nav='EMPLOYEES']");
        page.waitForURL(Browser.url("/company/employees"));
        assertThat(page.locator("h1")).hasText("员工名册");
        page.click("[data-add-employee]");
        String good = TestAccounts.idNumber();
        page.fill("#name", "浏览器员工");
        page.fill("#idNumber", EmployeesTests.withWrongCheckCharacter(good));
        page.selectOption("#postKind", "GENERAL");
        page.fill("#startDate", "2024-03-01");
        page.click("[data-save]");

        assertThat(page.locator("[data-error-for='idNumber']")).hasText("校验码不符，可能有一位输错了，请与身份证核对。");
        assertThat(page.locator("#idNumber")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name")).hasValue("浏览器员工");
        browser.screenshot(page, "roster-form-bad-id-zh-CN");

        page.fill("#idNumber", good);
        page.click("[data-save]");
        assertThat(page.locator("[data-notice]")).containsText("已添加 浏览器员工。");
        assertThat(page.locator("[data-employee-row]")).hasCount(1);

        Path file = Files.createTempFile("roster", ".xlsx");
        Files.write(file, RosterFiles.xlsx(RosterFiles.rows(RosterFiles.header(),
                RosterFiles.row("导入甲", TestAccounts.idNumber(), "13800138000", "一车间", "一般从业人员", null, "2024-01-02"),
                RosterFiles.row("导入乙", "33100219900101123", null, null, "一般从业人员", null, "2024-01-02"),
                RosterFiles.row("导入丙", TestAccounts.idNumber(), null, "生产部", "特种作业人员", "低压电工", "2023-12-01"))));
        page.click("[data-roster-tabs] a[href='/company/employees/imports']");
        page.setInputFiles("[data-file]", file);
        page.click("[data-upload]");

        assertThat(page.locator("[data-summary]")).hasText("共 3 行：2 行无误，1 行有问题。",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        Locator badRow = page.locator("[data-report-row='3']");
        assertThat(badRow).containsText("导入乙");
        assertThat(badRow.locator("[data-problem='idWrongLength']")).hasText("身份证号：身份证号应为 18 位。");
        assertThat(page.locator("[data-import-all]")).hasCount(0);
        browser.screenshot(page, "roster-import-report-zh-CN");

        page.click("[data-import-valid]");
        assertThat(page.locator("[data-import-done]")).hasText("已导入 2 人，其中 2 人是首次登记；新建学员账号 2 个。",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        page.click("[data-view-roster]");
        assertThat(page.locator("[data-employee-row]")).hasCount(3);
        assertThat(page.locator("[data-roster]")).containsText("导入丙");
        assertThat(page.locator("[data-roster]")).not().containsText("导入乙");
        browser.screenshot(page, "roster-list-desktop-zh-CN");
        Files.delete(file);
    }

    @Test
    void shouldFitTheRosterOnA360PixelPhone() {
        RosterWorld world = RosterWorld.create();
        EmployeesTests.add(world.signInAdmin(), world.companyId(),
                EmployeesTests.employee("手机上的人", TestAccounts.idNumber(), "SAFETY_MANAGER")).then().statusCode(201);
        Page page = signIn(Device.PHONE, world);

        page.navigate(Browser.url("/company/employees"));

        assertThat(page.locator("[data-employee-name]")).hasText("手机上的人");
        assertThat(page.locator("[data-employee-name]")).isInViewport();
        assertThat(Browser.horizontalOverflow(page)).isZero();
        browser.screenshot(page, "roster-list-phone-zh-CN");
        page.navigate(Browser.url("/company/employees/imports"));
        assertThat(Browser.horizontalOverflow(page)).isZero();
    }
}
