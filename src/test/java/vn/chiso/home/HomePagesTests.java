package vn.chiso.home;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * Each role lands on its own home page, built with a few statements whatever the size of the province: an
 * administrator on the units and accounts, an officer on their unit's work, leaders and coordinators on the dashboard.
 */
@ChisoTest
class HomePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Test
    void anAdministratorSeesUnitsAccountsAndWhichUnitsHaveNoOfficerYet() {
        UnitView uncovered = data.unit(UnitKind.DEPARTMENT);
        String page = home(data.account(Role.ADMIN));
        assertThat(page).contains("<h1 class=\"h3\">Quản trị hệ thống</h1>")
                .contains("Tài khoản đang hoạt động theo vai trò")
                .contains(uncovered.name())
                .contains("/admin/users/new?unitId=" + uncovered.id())
                .containsPattern("\\(\\d+,\\d %\\)");
    }

    /** The dashboard itself is tested in the dashboard module. */
    @Test
    void leadersAndCoordinatorsLandOnTheDashboard() {
        for (Role role : new Role[] {Role.LEADER, Role.COORDINATOR}) {
            assertThat(mvc.get().uri("/").with(as(data.account(role))).exchange()).hasStatusOk()
                    .hasForwardedUrl("/dashboard");
        }
    }

    @Test
    void anOfficerSeesTheirOwnUnitAndItsPeople() {
        UnitView unit = data.unit(UnitKind.DISTRICT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        UserRow colleague = data.account(Role.OFFICER, unit.id());
        UserRow stranger = data.account(Role.OFFICER);
        String page = home(officer);
        assertThat(page).contains("<h1 class=\"h3\">" + unit.name() + "</h1>")
                .contains(colleague.fullName(), colleague.email())
                .doesNotContain(stranger.fullName())
                .doesNotContain("/admin/");
    }

    @Test
    void everyHomePageRunsAFixedNumberOfStatements() {
        java.util.Map<Role, UserRow> accounts = new java.util.EnumMap<>(Role.class);
        for (Role role : new Role[] {Role.ADMIN, Role.OFFICER}) {
            accounts.put(role, data.account(role));
        }
        java.util.Map<Role, Long> before = new java.util.EnumMap<>(Role.class);
        accounts.forEach((role, account) -> before.put(role, statements(account)));

        UnitView district = data.unit(UnitKind.DISTRICT);
        data.officers(20, district.id());
        data.officers(30, accounts.get(Role.OFFICER).unitId());
        for (int i = 0; i < 100; i++) {
            data.officers(2, data.unit(UnitKind.COMMUNE, district.id()).id());
        }

        accounts.forEach((role, account) ->
                assertThat(statements(account)).as(role.name()).isEqualTo(before.get(role))
                        .isLessThanOrEqualTo(role == Role.OFFICER ? 20 : 6));
    }

    private String home(UserRow account) {
        MvcTestResult result = mvc.get().uri("/").with(as(account)).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    private long statements(UserRow account) {
        SqlStatements.reset();
        home(account);
        return SqlStatements.count();
    }
}
