package vn.chiso;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chiso.unit.UnitForm;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.NewUserForm;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Builds units and accounts for a test through the real services. Codes and usernames are unique per call, so tests
 * sharing one database never collide and never depend on ids.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "mat-khau-thu";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UnitService units;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    TestData(UnitService units, UserService users, JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.units = units;
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public UnitView unit(UnitKind kind) {
        return unit(kind, null);
    }

    public UnitView unit(UnitKind kind, Long parentId) {
        String code = unique("T" + kind.name().charAt(0));
        long id = units.create(new UnitForm(code, "Đơn vị thử " + code, "ĐV " + code, kind, parentId));
        return units.get(id);
    }

    /** An active account of this role; officers get a new department unless one is given. */
    public UserRow account(Role role) {
        return account(role, role == Role.OFFICER ? unit(UnitKind.DEPARTMENT).id() : null);
    }

    public UserRow account(Role role, Long unitId) {
        String username = unique("tk" + role.name().toLowerCase(java.util.Locale.ROOT));
        long id = users.create(new NewUserForm(username, "Người dùng " + username, username + "@thu.vn", role, unitId,
                PASSWORD, PASSWORD));
        return users.get(id);
    }

    /**
     * Many officer accounts of one unit at once, for volume tests: one bcrypt hash shared by all, written in one
     * batch (hashing each would take a tenth of a second apiece).
     */
    public void officers(int count, long unitId) {
        String hash = encoder.encode(PASSWORD);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = unique("hangloat");
            rows.add(new Object[] {username, "Cán bộ " + username, hash, unitId, username});
        }
        jdbc.batchUpdate("insert into user_account (username, full_name, password_hash, role, unit_id, search_key)"
                + " values (?, ?, ?, 'OFFICER', ?, ?)", rows);
    }

    /** MockMvc request signed in as this account, as the login form would have signed it in. */
    public static RequestPostProcessor as(UserRow account) {
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.fullName(), account.role(),
                account.unitId(), account.unitName());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
