package vn.chiso.browser;

import java.util.Map;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.TestData;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The demo accounts as a person uses them: sign in, land on the home page of the role, sign out. */
class SignInBrowserTests extends BrowserTestSupport {

    /** Each demo account and the heading of the page it lands on. */
    private static final Map<String, String> DEMO_HOMES = Map.of(
            "admin", "Quản trị hệ thống",
            "noivu", "Các chỉ số so với mục tiêu năm 2023",
            "taichinh", "Sở Tài chính",
            "tuphap", "Sở Tư pháp",
            "lanhdao", "Các chỉ số so với mục tiêu năm 2023");

    @Autowired
    TestData data;

    @Test
    void everyDemoUserSignsInAndSeesTheHomePageOfTheirRole() {
        DEMO_HOMES.forEach((username, heading) -> {
            signIn(username, "chiso-demo");
            assertThat(page).hasURL(url("/"));
            assertThat(page.locator("h1")).hasText(heading);
            assertThat(page.locator(".current-user")).isVisible();

            page.locator(".current-user").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
            assertThat(page.getByText("Bạn đã đăng xuất.")).isVisible();
        });
    }

    @Test
    void theLoginPageListsTheDemoAccountsWithTheirPassword() {
        page.navigate(url("/login"));
        assertThat(page.locator("#demo-accounts")).containsText("chiso-demo");
        assertThat(page.locator("#demo-accounts")).containsText("Cán bộ đơn vị");
    }

    @Test
    void aWrongPasswordShowsTheVietnameseErrorAndKeepsTheUsername() {
        UserRow officer = data.account(Role.OFFICER);
        signIn(officer.username(), "khong-dung");
        assertThat(page.locator("#login-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(page.getByLabel("Tên đăng nhập")).hasValue(officer.username());
        assertThat(page.getByLabel("Mật khẩu")).hasValue("");
    }

    @Test
    void aPageAskedForBeforeSigningInOpensRightAfter() {
        page.navigate(url("/admin/users"));
        assertThat(page).hasURL(url("/login"));
        page.getByLabel("Tên đăng nhập").fill("admin");
        page.getByLabel("Mật khẩu").fill("chiso-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).hasURL(url("/admin/users?continue"));
        assertThat(page.locator("h1")).hasText("Người dùng");
    }
}
