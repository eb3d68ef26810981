package vn.chiso.user.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Signing in through the real login form. Five wrong passwords within 15 minutes lock the name for 15 minutes, and
 * nothing on the way tells whether the account exists.
 */
@ChisoTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Test
    void theRightPasswordSignsInAndLandsOnTheHomePage() {
        UserRow officer = data.account(Role.OFFICER);
        MvcTestResult result = signIn(officer.username(), TestData.PASSWORD);
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");

        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk().bodyText().contains(officer.fullName());
        assertThat(users.get(officer.id()).lastLoginAt()).isNotNull();
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        UserRow officer = data.account(Role.OFFICER);
        assertThat(signIn(officer.username().toUpperCase(java.util.Locale.ROOT), TestData.PASSWORD))
                .hasRedirectedUrl("/");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        UserRow officer = data.account(Role.OFFICER);
        assertThat(signIn(officer.username(), "sai-mat-khau")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
        assertThat(signIn(TestData.unique("khongco"), "sai-mat-khau")).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void aDeactivatedAccountGetsTheSameAnswerAsAWrongPassword() {
        UserRow officer = data.account(Role.OFFICER);
        users.deactivate(officer.id(), administrator());
        assertThat(signIn(officer.username(), TestData.PASSWORD)).hasRedirectedUrl("/login?error");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        UserRow officer = data.account(Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(officer.username(), "sai-" + attempt)).as("attempt " + attempt)
                    .hasRedirectedUrl("/login?error");
        }
        assertThat(signIn(officer.username(), "sai-5")).hasRedirectedUrl("/login?locked");
        assertThat(signIn(officer.username(), TestData.PASSWORD)).hasRedirectedUrl("/login?locked");
        assertThat(users.get(officer.id()).locked()).isTrue();

        users.unlock(officer.id());
        assertThat(signIn(officer.username(), TestData.PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void anUnknownUsernameIsLockedJustLikeAnExistingOne() {
        String unknown = TestData.unique("khongtontai");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(unknown, "sai")).hasRedirectedUrl("/login?error");
        }
        assertThat(signIn(unknown, "sai")).hasRedirectedUrl("/login?locked");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        UserRow officer = data.account(Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(officer.username(), "sai");
        }
        assertThat(signIn(officer.username(), TestData.PASSWORD)).hasRedirectedUrl("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(officer.username(), "sai")).hasRedirectedUrl("/login?error");
        }
    }

    @Test
    void theLoginPageSaysWhatHappenedInVietnameseAndKeepsTheTypedName() {
        UserRow officer = data.account(Role.OFFICER);
        MvcTestResult failed = signIn(officer.username(), "sai");
        Cookie session = failed.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        assertThat(mvc.get().uri("/login?error").cookie(session)).hasStatusOk().bodyText()
                .contains("Tên đăng nhập hoặc mật khẩu không đúng.")
                .contains("value=\"" + officer.username() + "\"");
        assertThat(mvc.get().uri("/login?locked")).bodyText()
                .contains("tài khoản tạm khóa 15 phút");
        assertThat(mvc.get().uri("/login?logout")).bodyText().contains("Bạn đã đăng xuất.");
    }

    @Test
    void theDemoAccountsAndTheirPasswordAreShownInDemoMode() {
        assertThat(mvc.get().uri("/login")).bodyText()
                .contains("id=\"demo-accounts\"")
                .contains("chiso-demo")
                .contains("noivu", "taichinh", "tuphap", "lanhdao");
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    private CurrentUser administrator() {
        UserRow admin = data.account(Role.ADMIN);
        return new CurrentUser(admin.id(), admin.username(), admin.fullName(), Role.ADMIN, null, null);
    }
}
