package vn.chiso.user;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoFiles;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * The demo accounts of {@code demo/accounts.csv}, created through the administrator's service, all with
 * {@link #PASSWORD}, which the login page shows in demo mode.
 */
@Component
@DemoData
@Order(DemoData.ACCOUNTS)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "chiso-demo";

    /** A demo account as the login page lists it. */
    public record DemoAccount(String username, String fullName, Role role, String unitCode) {
    }

    private final UserService users;
    private final UserAccountRepository accounts;
    private final UnitService units;
    private final List<DemoAccount> demoAccounts;

    DemoAccounts(UserService users, UserAccountRepository accounts, UnitService units, DemoFiles files) {
        this.users = users;
        this.accounts = accounts;
        this.units = units;
        this.demoAccounts = files.csv("accounts.csv").stream().map(row -> new DemoAccount(row.get("username"),
                row.get("full_name"), Role.valueOf(row.get("role")), row.get("unit"))).toList();
    }

    public List<DemoAccount> accounts() {
        return demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : demoAccounts) {
            if (!accounts.existsByUsername(demo.username())) {
                Long unitId = demo.unitCode() == null ? null
                        : units.findByCode(demo.unitCode()).map(UnitView::id).orElse(null);
                users.create(new NewUserForm(demo.username(), demo.fullName(), demo.username() + "@chiso.demo",
                        demo.role(), unitId, PASSWORD, PASSWORD));
            }
        }
    }
}
