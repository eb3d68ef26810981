package vn.chiso.user;

import java.time.Instant;

/** An account as the administrator's list and form show it. */
public record UserRow(long id, String username, String fullName, String email, Role role, Long unitId,
        String unitName, boolean active, boolean locked, Instant lastLoginAt) {
}
