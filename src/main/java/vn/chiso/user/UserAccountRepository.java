package vn.chiso.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The accounts, in table {@code user_account}. */
@Repository
class UserAccountRepository {

    private static final String COLUMNS =
            "id, username, full_name, email, password_hash, role, unit_id, active, last_login_at";

    /** The account list's filters; {@code needle} is a folded LIKE pattern ({@link vn.chiso.shared.VietnameseText}). */
    private static final String FILTERED = """
            from user_account
            where (cast(:role as varchar) is null or role = :role)
              and (:includeInactive or active)
              and (cast(:unitId as bigint) is null or unit_id = :unitId)
              and (cast(:needle as varchar) is null or search_key like :needle)
            """;

    private static final RowMapper<UserAccount> ACCOUNT = (row, n) -> {
        OffsetDateTime lastLogin = row.getObject("last_login_at", OffsetDateTime.class);
        return new UserAccount(row.getLong("id"), row.getString("username"), row.getString("full_name"),
                row.getString("email"), row.getString("password_hash"), Role.valueOf(row.getString("role")),
                row.getObject("unit_id", Long.class), row.getBoolean("active"),
                lastLogin == null ? null : lastLogin.toInstant());
    };

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = :id").param("id", id).query(ACCOUNT)
                .optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = :username")
                .param("username", username).query(ACCOUNT).optional();
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("select exists (select 1 from user_account where username = :username)")
                .param("username", username).query(Boolean.class).single();
    }

    long countActive(Role role) {
        return jdbc.sql("select count(*) from user_account where active and role = :role").param("role", role.name())
                .query(Long.class).single();
    }

    /** One page of the account list; the total is counted only when the page does not tell it (as Spring Data does). */
    Page<UserAccount> search(Role role, Long unitId, boolean includeInactive, String needle, Pageable pageable) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("role", role == null ? null : role.name());
        filters.put("unitId", unitId);
        filters.put("includeInactive", includeInactive);
        filters.put("needle", needle);
        List<UserAccount> content = jdbc.sql("select " + COLUMNS + " " + FILTERED
                        + " order by active desc, role, username limit :limit offset :offset")
                .params(filters).param("limit", pageable.isPaged() ? pageable.getPageSize() : null) // null: all
                .param("offset", pageable.isPaged() ? pageable.getOffset() : 0)
                .query(ACCOUNT).list();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> jdbc.sql("select count(*) " + FILTERED).params(filters).query(Long.class).single());
    }

    List<RoleCount> countActiveByRole() {
        return jdbc.sql("select role, count(*) as count from user_account where active group by role")
                .query(RoleCount.class).list();
    }

    List<UnitCount> countActiveOfficersByUnit() {
        return jdbc.sql("""
                select unit_id, count(*) as count from user_account
                where active and role = 'OFFICER' group by unit_id
                """).query(UnitCount.class).list();
    }

    List<UserAccount> findActiveOfUnit(long unitId) {
        return jdbc.sql("select " + COLUMNS + " from user_account where unit_id = :unitId and active"
                + " order by full_name").param("unitId", unitId).query(ACCOUNT).list();
    }

    List<UserAccount> findActive(Role role, Collection<Long> unitIds) {
        return jdbc.sql("select " + COLUMNS + " from user_account where role = :role and active"
                + " and unit_id in (:unitIds)").param("role", role.name()).param("unitIds", unitIds)
                .query(ACCOUNT).list();
    }

    List<UserAccount> findActive(Role role) {
        return jdbc.sql("select " + COLUMNS + " from user_account where role = :role and active order by id")
                .param("role", role.name()).query(ACCOUNT).list();
    }

    /** Adds the account and returns its id. */
    long insert(UserAccount account, Instant createdAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into user_account (username, full_name, email, password_hash, role, unit_id, active,
                                          created_at, search_key)
                values (:username, :fullName, :email, :passwordHash, :role, :unitId, :active, :createdAt, :searchKey)
                """).params(description(account)).param("username", account.username())
                .param("passwordHash", account.passwordHash()).param("active", account.active())
                .param("createdAt", createdAt.atOffset(ZoneOffset.UTC)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Writes the account's name, address, role and unit. */
    void describe(UserAccount account) {
        jdbc.sql("""
                update user_account set full_name = :fullName, email = :email, role = :role, unit_id = :unitId,
                       search_key = :searchKey
                where id = :id
                """).params(description(account)).param("id", account.id()).update();
    }

    void changePasswordHash(long id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash where id = :id").param("hash", passwordHash)
                .param("id", id).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update user_account set active = :active where id = :id").param("active", active).param("id", id)
                .update();
    }

    void signedIn(long id, Instant at) {
        jdbc.sql("update user_account set last_login_at = :at where id = :id").param("at", at.atOffset(ZoneOffset.UTC))
                .param("id", id).update();
    }

    private static Map<String, Object> description(UserAccount account) {
        Map<String, Object> params = new HashMap<>();
        params.put("fullName", account.fullName());
        params.put("email", account.email());
        params.put("role", account.role().name());
        params.put("unitId", account.unitId());
        params.put("searchKey", account.searchKey());
        return params;
    }

    record RoleCount(Role role, long count) {
    }

    record UnitCount(Long unitId, long count) {
    }
}
