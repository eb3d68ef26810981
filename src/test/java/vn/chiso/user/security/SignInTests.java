package vn.chiso.user.security;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

    @Autowired
    JdbcTemplate jdbc;

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

    /** A deactivated account counts its refused sign-ins like any other name: the lock says nothing more. */
    @Test
    void aDeactivatedAccountIsLockedAfterFiveTriesJustLikeAnActiveOne() {
        UserRow active = data.account(Role.OFFICER);
        UserRow deactivated = data.account(Role.OFFICER);
        users.deactivate(deactivated.id(), administrator());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(active.username(), "sai")).as("active, attempt " + attempt)
                    .hasRedirectedUrl("/login?error");
            String password = attempt % 2 == 0 ? TestData.PASSWORD : "sai";
            assertThat(signIn(deactivated.username(), password)).as("deactivated, attempt " + attempt)
                    .hasRedirectedUrl("/login?error");
        }
        assertThat(signIn(active.username(), "sai")).hasRedirectedUrl("/login?locked");
        MvcTestResult fifth = signIn(deactivated.username(), TestData.PASSWORD);
        assertThat(fifth).hasRedirectedUrl("/login?locked");
        assertThat(users.get(deactivated.id()).locked()).isTrue();

        Cookie session = fifth.getResponse().getCookie("SESSION");
        assertThat(mvc.get().uri("/login?locked").cookie(session)).hasStatusOk().bodyText()
                .contains("tài khoản tạm khóa 15 phút trên máy này")
                .doesNotContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    /** The throttle keeps names up to 100 characters; a longer one cannot be an account and is not kept. */
    @Test
    void aVeryLongUsernameIsAnOrdinaryWrongSignIn() {
        String name = TestData.unique("dai") + "x".repeat(200);
        name = name.substring(0, 200);
        MvcTestResult failed = signIn(name, "sai");
        assertThat(failed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username like ?", Integer.class,
                name.substring(0, 50) + "%")).isZero();

        MvcTestResult page = mvc.get().uri("/login?error").exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Tên đăng nhập hoặc mật khẩu không đúng.")
                .doesNotContain(name);
        assertThat(Jsoup.parse(Pages.html(page)).select("input#username").attr("maxlength")).isEqualTo("100");
        for (int attempt = 2; attempt <= 6; attempt++) {
            assertThat(signIn(name, "sai")).as("attempt " + attempt).hasRedirectedUrl("/login?error");
        }
    }

    /** Guesses lock the name only where they come from: an attacker cannot lock a person out from elsewhere. */
    @Test
    void wrongPasswordsFromAnotherAddressDoNotLockThePersonOut() {
        UserRow admin = data.account(Role.ADMIN);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signInFrom("203.0.113.9", admin.username(), "sai-" + attempt)).hasRedirectedUrl("/login?error");
        }
        assertThat(signInFrom("203.0.113.9", admin.username(), "sai-5")).hasRedirectedUrl("/login?locked");
        assertThat(signInFrom("203.0.113.9", admin.username(), TestData.PASSWORD)).hasRedirectedUrl("/login?locked");
        assertThat(users.get(admin.id()).locked()).as("shown to the administrators").isTrue();

        assertThat(signInFrom("198.51.100.7", admin.username(), TestData.PASSWORD)).hasRedirectedUrl("/");
    }

    /** bcrypt reads 72 bytes: 30 "ệ" are 90, an ordinary wrong sign-in, counted, never an error page. */
    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsAnOrdinaryWrongSignIn() {
        UserRow officer = data.account(Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(officer.username(), "ệ".repeat(30))).hasRedirectedUrl("/login?error");
        }
        assertThat(signIn(officer.username(), "ệ".repeat(30))).hasRedirectedUrl("/login?locked");
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
                .contains("tài khoản tạm khóa 15 phút trên máy này");
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

    private MvcTestResult signInFrom(String address, String username, String password) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }).exchange();
    }

    private CurrentUser administrator() {
        UserRow admin = data.account(Role.ADMIN);
        return new CurrentUser(admin.id(), admin.username(), admin.fullName(), Role.ADMIN, null, null);
    }
}
