package vn.chiso.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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
}
