package vn.chiso.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** Any signed-in user changes their own password on "Đổi mật khẩu". */
@ChisoTest
class PasswordPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Test
    void aWrongCurrentPasswordIsShownNextToItsField() {
        UserRow officer = data.account(Role.OFFICER);
        assertThat(mvc.post().uri("/account/password").with(as(officer)).with(csrf())
                .param("currentPassword", "khong-dung").param("newPassword", "mat-khau-moi-9")
                .param("confirmPassword", "mat-khau-moi-9"))
                .hasStatusOk().bodyText()
                .contains("id=\"currentPassword-error\">Mật khẩu hiện tại không đúng.</div>");
    }

    @Test
    void aLeaderChangesTheirPasswordAndSignsInWithTheNewOne() {
        UserRow leader = data.account(Role.LEADER);
        assertThat(mvc.post().uri("/account/password").with(as(leader)).with(csrf())
                .param("currentPassword", TestData.PASSWORD).param("newPassword", "mat-khau-moi-9")
                .param("confirmPassword", "mat-khau-moi-9"))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/password")
                .flash().containsEntry("success", "password.changed");

        assertThat(mvc.perform(formLogin("/login").user(leader.username()).password(TestData.PASSWORD)))
                .hasRedirectedUrl("/login?error");
        assertThat(mvc.perform(formLogin("/login").user(leader.username()).password("mat-khau-moi-9")))
                .hasRedirectedUrl("/");
    }

    /** The current password is checked as a sign-in is: five wrong ones lock the change, and the sign-in, from there. */
    @Test
    void theCurrentPasswordCannotBeGuessedWithoutLimit() {
        UserRow officer = data.account(Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(change(officer, "sai-" + attempt, "mat-khau-moi-9")).hasStatusOk().bodyText()
                    .contains("Mật khẩu hiện tại không đúng.");
        }
        assertThat(change(officer, "sai-5", "mat-khau-moi-9")).hasStatusOk().bodyText()
                .contains("Nhập sai mật khẩu hiện tại quá nhiều lần");
        assertThat(change(officer, TestData.PASSWORD, "mat-khau-moi-9")).as("the right one, now locked")
                .hasStatusOk().bodyText().contains("Nhập sai mật khẩu hiện tại quá nhiều lần");
        assertThat(mvc.perform(formLogin("/login").user(officer.username()).password(TestData.PASSWORD)))
                .hasRedirectedUrl("/login?locked");
    }

    @Test
    void aNewPasswordIsMeasuredInBytesAndMayNotBeACommonOne() {
        UserRow officer = data.account(Role.OFFICER);
        assertThat(change(officer, TestData.PASSWORD, "ệ".repeat(30))).as("30 characters, 90 bytes")
                .hasStatusOk().bodyText().contains("tổng cộng không quá 72 byte");
        for (String common : new String[] {"12345678", "password", "Matkhau123", "aaaaaaaaaa"}) {
            assertThat(change(officer, TestData.PASSWORD, common)).as(common).hasStatusOk().bodyText()
                    .contains("Mật khẩu này quá phổ biến, dễ bị đoán");
        }
        assertThat(change(officer, TestData.PASSWORD, "Đường về Khánh Hòa đẹp lắm")).as("26 characters, 39 bytes")
                .hasStatus(HttpStatus.FOUND);
    }

    private MvcTestResult change(UserRow user, String current, String newPassword) {
        return mvc.post().uri("/account/password").with(as(user)).with(csrf()).param("currentPassword", current)
                .param("newPassword", newPassword).param("confirmPassword", newPassword).exchange();
    }
}
