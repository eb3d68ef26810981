package vn.chiso.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** The administrator's account pages as a browser receives them. */
@ChisoTest
class UserAdminPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    private UserRow admin;

    @BeforeEach
    void admin() {
        admin = data.account(Role.ADMIN);
    }

    @Test
    void theListShowsTheDemoAccountsWithRoleAndUnit() {
        assertThat(mvc.get().uri("/admin/users?q=taichinh").with(as(admin))).hasStatusOk().bodyText()
                .contains("taichinh", "Lê Văn Thông", "Cán bộ đơn vị", "Sở Tài chính");
    }

    @Test
    void aNewAccountFormWithMistakesKeepsWhatWasTypedButNeverThePasswords() {
        MvcTestResult result = mvc.post().uri("/admin/users").with(as(admin)).with(csrf())
                .param("username", "cán bộ").param("fullName", "Nguyễn Thị Mai").param("email", "khong-phai-email")
                .param("role", "OFFICER").param("unitId", "")
                .param("password", "ngan").param("passwordConfirm", "ngan").exchange();
        assertThat(result).hasStatusOk();
        assertThat(Pages.html(result))
                .contains("Tên đăng nhập chỉ gồm chữ không dấu, số và các dấu . _ -")
                .contains("Địa chỉ email không hợp lệ.")
                .contains("Mật khẩu dài từ 8 đến 64 ký tự.")
                .contains("value=\"Nguyễn Thị Mai\"", "value=\"cán bộ\"", "value=\"khong-phai-email\"")
                .doesNotContain("value=\"ngan\"");
    }

    @Test
    void anOfficerWithoutUnitIsRefusedNextToTheUnitField() {
        assertThat(mvc.post().uri("/admin/users").with(as(admin)).with(csrf())
                .param("username", TestData.unique("canbo")).param("fullName", "Trần Văn Nam").param("role", "OFFICER")
                .param("password", TestData.PASSWORD).param("passwordConfirm", TestData.PASSWORD))
                .hasStatusOk().bodyText().contains("Cán bộ đơn vị phải thuộc một đơn vị.");
    }

    @Test
    void aValidAccountIsCreatedAndTheNewFormCanStartFromAUnit() {
        UnitView unit = data.unit(UnitKind.DISTRICT);
        assertThat(mvc.get().uri("/admin/users/new?unitId=" + unit.id()).with(as(admin))).bodyText()
                .containsPattern("<option value=\"" + unit.id() + "\" selected=\"selected\">")
                .containsPattern("<option value=\"OFFICER\" selected=\"selected\">");

        String username = TestData.unique("canbo");
        assertThat(mvc.post().uri("/admin/users").with(as(admin)).with(csrf())
                .param("username", username).param("fullName", "Trần Văn Nam").param("email", "nam@khanhhoa.gov.vn")
                .param("role", "OFFICER").param("unitId", String.valueOf(unit.id()))
                .param("password", TestData.PASSWORD).param("passwordConfirm", TestData.PASSWORD))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("success", "user.created");
        assertThat(users.search(new UserSearch(username, null, unit.id(), false), org.springframework.data.domain.Pageable.unpaged()))
                .singleElement().satisfies(row -> {
                    assertThat(row.role()).isEqualTo(Role.OFFICER);
                    assertThat(row.unitName()).isEqualTo(unit.name());
                });
    }

    @Test
    void aResetPasswordWithMismatchIsShownOnItsFormAndAValidOneWorks() {
        UserRow officer = data.account(Role.OFFICER);
        assertThat(mvc.post().uri("/admin/users/{id}/password", officer.id()).with(as(admin)).with(csrf())
                .param("newPassword", "mat-khau-moi").param("confirmPassword", "mat-khau-khac"))
                .hasStatusOk().bodyText().contains("Hai mật khẩu không khớp nhau.");
        assertThat(mvc.post().uri("/admin/users/{id}/password", officer.id()).with(as(admin)).with(csrf())
                .param("newPassword", "mat-khau-moi").param("confirmPassword", "mat-khau-moi"))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("success", "user.passwordReset");
    }

    @Test
    void theEditPageChangesAnAccountsRoleAndUnit() {
        UserRow officer = data.account(Role.OFFICER);
        UnitView newUnit = data.unit(UnitKind.DISTRICT);

        MvcTestResult moved = mvc.post().uri("/admin/users/{id}", officer.id()).with(as(admin)).with(csrf())
                .param("fullName", "Phạm Thị Hoa").param("email", "hoa@khanhhoa.gov.vn")
                .param("role", "OFFICER").param("unitId", String.valueOf(newUnit.id())).exchange();
        assertThat(moved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/" + officer.id() + "/edit")
                .flash().containsEntry("success", "user.updated");
        UserRow changed = users.get(officer.id());
        assertThat(changed.fullName()).isEqualTo("Phạm Thị Hoa");
        assertThat(changed.unitId()).isEqualTo(newUnit.id());
        assertThat(changed.unitName()).isEqualTo(newUnit.name());

        assertThat(mvc.post().uri("/admin/users/{id}", officer.id()).with(as(admin)).with(csrf())
                .param("fullName", "Phạm Thị Hoa").param("email", "").param("role", "LEADER").param("unitId", ""))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("success", "user.updated");
        UserRow leader = users.get(officer.id());
        assertThat(leader.role()).isEqualTo(Role.LEADER);
        assertThat(leader.unitId()).isNull();
        assertThat(mvc.get().uri("/admin/users/{id}/edit", officer.id()).with(as(admin))).hasStatusOk().bodyText()
                .containsPattern("<option value=\"LEADER\" selected=\"selected\">");
    }

    @Test
    void theEditPageDeactivatesAnAccountAndSaysSo() {
        UserRow officer = data.account(Role.OFFICER);
        MvcTestResult result = mvc.post().uri("/admin/users/{id}/deactivate", officer.id()).with(as(admin))
                .with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/" + officer.id() + "/edit")
                .flash().containsEntry("success", "user.deactivated");
        assertThat(users.get(officer.id()).active()).isFalse();

        MvcTestResult redirected = mvc.get().uri("/admin/users/{id}/edit", officer.id()).with(as(admin))
                .cookie(result.getResponse().getCookie("SESSION")).exchange();
        assertThat(redirected).hasStatusOk();
        assertThat(Pages.html(redirected))
                .contains("Đã khóa tài khoản " + officer.username() + "; các phiên đăng nhập của tài khoản đã kết thúc.");
    }

    /** A full page of 50 accounts costs the same statements however many accounts and units exist. */
    @Test
    void theListRunsAFixedNumberOfStatementsHoweverManyAccountsThereAre() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        data.officers(55, unit.id());
        long before = statements("/admin/users");
        for (int i = 0; i < 20; i++) {
            data.officers(30, data.unit(UnitKind.DEPARTMENT).id());
        }
        assertThat(statements("/admin/users")).isEqualTo(before).isLessThanOrEqualTo(8);
        assertThat(statements("/admin/users?unitId=" + unit.id())).isEqualTo(before);
    }

    private long statements(String page) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(page).with(as(admin))).hasStatusOk();
        return SqlStatements.count();
    }

    @Test
    void aNulInANameIsRefusedBesideTheFieldWithTheRestKept() {
        UserRow officer = data.account(Role.OFFICER);
        MvcTestResult edited = mvc.post().uri("/admin/users/{id}", officer.id()).with(as(admin)).with(csrf())
                .param("fullName", "Phạm\u0000 Thị Hoa").param("email", "hoa@khanhhoa.gov.vn")
                .param("role", "OFFICER").param("unitId", String.valueOf(officer.unitId())).exchange();
        assertThat(edited).hasStatusOk();
        assertThat(Pages.html(edited)).contains("Có ký tự điều khiển không in được (như NUL) nên chưa lưu",
                "value=\"Phạm Thị Hoa\"", "value=\"hoa@khanhhoa.gov.vn\"");
        assertThat(users.get(officer.id()).fullName()).isEqualTo(officer.fullName());

        MvcTestResult created = mvc.post().uri("/admin/users").with(as(admin)).with(csrf())
                .param("username", TestData.unique("canbo")).param("fullName", "Trần\u001b Văn Nam")
                .param("role", "LEADER").param("password", TestData.PASSWORD)
                .param("passwordConfirm", TestData.PASSWORD).exchange();
        assertThat(created).hasStatusOk();
        assertThat(Pages.html(created)).contains("Có ký tự điều khiển không in được (như NUL) nên chưa lưu",
                "value=\"Trần Văn Nam\"");
    }

    @Test
    void aSearchForANulIsABadRequest() {
        assertThat(mvc.get().uri("/admin/users").param("q", "a\u0000b").with(as(admin)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/admin/users").param("q", "Lê\tVăn").with(as(admin))).hasStatusOk();
    }
}
