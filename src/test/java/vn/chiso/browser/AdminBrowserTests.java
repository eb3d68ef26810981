package vn.chiso.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.chiso.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator at work, on a desktop and on a phone. */
class AdminBrowserTests extends BrowserTestSupport {

    @Test
    void creatingAUnitShowsMistakesNextToTheFieldsKeepsTheTypingAndThenSaves() {
        signIn("admin", "chiso-demo");
        page.navigate(url("/admin/units/new"));
        String code = TestData.unique("TTHCC");
        page.getByLabel("Mã đơn vị").fill(code);
        page.getByLabel("Tên đầy đủ").fill("Trung tâm Phục vụ hành chính công tỉnh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.locator("#shortName-error")).hasText("Vui lòng nhập tên ngắn.");
        assertThat(page.locator("#kind-error")).hasText("Vui lòng chọn loại đơn vị.");
        assertThat(page.getByLabel("Tên đầy đủ")).hasValue("Trung tâm Phục vụ hành chính công tỉnh");
        assertThat(page.getByLabel("Mã đơn vị")).hasValue(code);

        page.getByLabel("Tên ngắn").fill("TTPVHCC");
        page.getByLabel("Loại đơn vị").selectOption("OTHER_PROVINCIAL");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm đơn vị Trung tâm Phục vụ hành chính công tỉnh.");
        assertThat(page.locator("#units")).containsText(code.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void onAPhoneTheMenuFoldsIntoAButtonThatOpensItAndNothingOverflows() {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });

        signIn("admin", "chiso-demo");
        page.navigate(url("/admin/users"));
        var signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất"));
        assertThat(signOut).isHidden();
        page.getByLabel("Mở menu").click();
        // the menu unfolds with a transition: a click on the account while it still moves can be lost under load
        assertThat(page.locator(".navbar-collapse.show")).isVisible();
        page.locator(".current-user").click();
        assertThat(signOut).isVisible();

        for (String path : new String[] {"/", "/admin/units", "/admin/users", "/admin/units/new", "/account/password"}) {
            page.navigate(url(path));
            Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + path).isLessThanOrEqualTo(0);
        }
    }
}
