package vn.chiso.user;

import java.time.Instant;

import vn.chiso.shared.VietnameseText;

/** An account. The unit is referenced by id: units belong to another module. */
record UserAccount(Long id, String username, String fullName, String email, String passwordHash, Role role,
        Long unitId, boolean active, Instant lastLoginAt) {

    /** A new account, active, not yet signed in, to be {@linkplain #describedAs described}. */
    static UserAccount create(String username, String passwordHash) {
        return new UserAccount(null, username, null, null, passwordHash, null, null, true, null);
    }

    /** The same account with a new name, address, role and unit. */
    UserAccount describedAs(String fullName, String email, Role role, Long unitId) {
        return new UserAccount(id, username, fullName, email, passwordHash, role, unitId, active, lastLoginAt);
    }

    /** Username, name and e-mail folded, as the list's search box matches them. */
    String searchKey() {
        return VietnameseText.fold(String.join(" ", username, fullName, email == null ? "" : email));
    }
}
