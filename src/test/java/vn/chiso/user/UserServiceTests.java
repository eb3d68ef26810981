package vn.chiso.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on accounts, against the real database. */
@ChisoTest
class UserServiceTests {

    @Autowired
    UserService users;

    @Autowired
    UnitService units;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        UserRow officer = data.account(Role.OFFICER);
        String stored = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                officer.id());
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(TestData.PASSWORD);
    }

    @Test
    void usernamesAreUniqueWhateverTheCase() {
        UserRow existing = data.account(Role.LEADER);
        NewUserForm twin = new NewUserForm(existing.username().toUpperCase(java.util.Locale.ROOT), "Trùng Tên", null,
                Role.LEADER, null, TestData.PASSWORD, TestData.PASSWORD);
        assertThatThrownBy(() -> users.create(twin)).isInstanceOfSatisfying(RuleViolationException.class,
                violation -> assertThat(violation.field()).isEqualTo("username"));
    }

    @Test
    void anOfficerBelongsToExactlyOneActiveUnit() {
        assertThatThrownBy(() -> users.create(form(Role.OFFICER, null)))
                .hasMessage("user.unit.requiredForOfficer");

        UnitView closed = data.unit(UnitKind.DEPARTMENT);
        units.deactivate(closed.id());
        assertThatThrownBy(() -> users.create(form(Role.OFFICER, closed.id()))).hasMessage("user.unit.inactive");

        UnitView open = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = users.get(users.create(form(Role.OFFICER, open.id())));
        assertThat(officer.unitId()).isEqualTo(open.id());
        assertThat(officer.unitName()).isEqualTo(open.name());
        assertThatThrownBy(() -> users.update(officer.id(), new UserForm(officer.fullName(), null, Role.OFFICER, null),
                actor(data.account(Role.ADMIN)))).hasMessage("user.unit.requiredForOfficer");
    }

    @Test
    void aPasswordMustBeConfirmedAndMustNotContainTheUsername() {
        String username = TestData.unique("matkhau");
        assertThatThrownBy(() -> users.create(new NewUserForm(username, "A", null, Role.LEADER, null,
                "abc-" + username, "abc-" + username))).hasMessage("password.containsUsername");
        assertThatThrownBy(() -> users.create(new NewUserForm(username, "A", null, Role.LEADER, null,
                "mot-mat-khau", "mat-khau-khac"))).hasMessage("password.mismatch");
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedOrDeactivatedAndNobodyRemovesTheirOwnRights() {
        UserRow admin = data.account(Role.ADMIN);
        CurrentUser self = actor(admin);
        assertThatThrownBy(() -> users.deactivate(admin.id(), self)).hasMessage("user.deactivate.self");
        assertThatThrownBy(() -> users.update(admin.id(), new UserForm(admin.fullName(), null, Role.LEADER, null), self))
                .hasMessage("user.admin.self");

        // With every other administrator deactivated, the remaining one is protected.
        UserRow other = data.account(Role.ADMIN);
        jdbc.update("update user_account set active = false where role = 'ADMIN' and id <> ?", other.id());
        try {
            assertThatThrownBy(() -> users.update(other.id(), new UserForm(other.fullName(), null, Role.LEADER, null),
                    self)).hasMessage("user.admin.last");
        } finally {
            jdbc.update("update user_account set active = true where username = 'admin'");
        }
    }

    @Test
    void changingOneOwnPasswordNeedsTheCurrentOne() {
        UserRow leader = data.account(Role.LEADER);
        CurrentUser self = actor(leader);
        assertThatThrownBy(() -> users.changeOwnPassword(self,
                new PasswordChangeForm("sai", "mat-khau-moi-1", "mat-khau-moi-1"), "none", "192.0.2.1"))
                .hasMessage("password.current.wrong");
        users.changeOwnPassword(self, new PasswordChangeForm(TestData.PASSWORD, "mat-khau-moi-1", "mat-khau-moi-1"),
                "none", "192.0.2.1");
        assertThatThrownBy(() -> users.changeOwnPassword(self,
                new PasswordChangeForm(TestData.PASSWORD, "mat-khau-moi-2", "mat-khau-moi-2"), "none", "192.0.2.1"))
                .as("the old password no longer works").hasMessage("password.current.wrong");
    }

    @Test
    void searchFindsNamesTypedWithoutDiacritics() {
        String marker = TestData.unique("Đặng");
        UserRow officer = users.get(users.create(new NewUserForm(TestData.unique("dang"), marker + " Thị Hằng", null,
                Role.OFFICER, data.unit(UnitKind.DEPARTMENT).id(), TestData.PASSWORD, TestData.PASSWORD)));
        String typed = marker.replace("Đặng", "dang") + " thi hang";
        assertThat(users.search(new UserSearch(typed, null, null, false), PageRequest.of(0, 10)).getContent())
                .extracting(UserRow::id).containsExactly(officer.id());
        assertThat(users.search(new UserSearch(typed, Role.LEADER, null, false), PageRequest.of(0, 10)).getContent())
                .isEmpty();
    }

    private NewUserForm form(Role role, Long unitId) {
        return new NewUserForm(TestData.unique("tk"), "Người Thử", null, role, unitId, TestData.PASSWORD,
                TestData.PASSWORD);
    }

    private static CurrentUser actor(UserRow account) {
        return new CurrentUser(account.id(), account.username(), account.fullName(), account.role(), account.unitId(),
                account.unitName());
    }
}
