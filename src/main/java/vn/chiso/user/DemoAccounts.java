package vn.chiso.user;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.shared.DemoData;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/** The demo accounts, one per role (two officers), all with {@link #PASSWORD}, which the login page shows in demo mode. */
@Component
@DemoData
@Order(DemoData.ACCOUNTS)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "chiso-demo";

    /** A demo account as the login page lists it. */
    public record DemoAccount(String username, String fullName, Role role, String unitCode) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Quản trị viên", Role.ADMIN, null),
            new DemoAccount("noivu", "Trần Thị Thu Hà", Role.COORDINATOR, "SNV"),
            new DemoAccount("taichinh", "Lê Văn Thông", Role.OFFICER, "STC"),
            new DemoAccount("tuphap", "Phạm Minh Tuấn", Role.OFFICER, "STP"),
            new DemoAccount("lanhdao", "Nguyễn Văn Hòa", Role.LEADER, null));

    private final UserService users;
    private final UserAccountRepository accounts;
    private final UnitService units;

    DemoAccounts(UserService users, UserAccountRepository accounts, UnitService units) {
        this.users = users;
        this.accounts = accounts;
        this.units = units;
    }

    public List<DemoAccount> accounts() {
        return ACCOUNTS;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            if (!accounts.existsByUsername(demo.username())) {
                Long unitId = demo.unitCode() == null ? null
                        : units.findByCode(demo.unitCode()).map(UnitView::id).orElse(null);
                users.create(new NewUserForm(demo.username(), demo.fullName(), demo.username() + "@chiso.demo",
                        demo.role(), unitId, PASSWORD, PASSWORD));
            }
        }
    }
}
