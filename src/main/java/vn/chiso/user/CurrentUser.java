package vn.chiso.user;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in person, as kept in the HTTP session (which lives in PostgreSQL, hence serializable). Controllers
 * receive it with {@code @AuthenticationPrincipal}. It holds no password.
 *
 * @param unitId the unit an officer belongs to ({@code null} for roles without one)
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long unitId, String unitName)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name Spring Session indexes sessions by, so that a user's sessions can be ended. */
    @Override
    public String getName() {
        return username;
    }

    public List<GrantedAuthority> authorities() {
        return List.of(role.authority());
    }

    public boolean is(Role other) {
        return role == other;
    }
}
