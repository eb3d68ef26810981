package vn.chiso.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndActiveTrue(Role role);

    /** One page of the account list; {@code needle} is a folded LIKE pattern (see {@link vn.chiso.shared.VietnameseText}). */
    @Query("""
            select a from UserAccount a
            where (:role is null or a.role = :role)
              and (:includeInactive = true or a.active = true)
              and (:unitId is null or a.unitId = :unitId)
              and (:needle is null or a.searchKey like :needle)
            order by a.active desc, a.role, a.username
            """)
    Page<UserAccount> search(@Param("role") Role role, @Param("unitId") Long unitId,
            @Param("includeInactive") boolean includeInactive, @Param("needle") String needle, Pageable pageable);

    @Query("select a.role as role, count(a) as count from UserAccount a where a.active = true group by a.role")
    List<RoleCount> countActiveByRole();

    @Query("select a.unitId as unitId, count(a) as count from UserAccount a"
            + " where a.active = true and a.role = vn.chiso.user.Role.OFFICER group by a.unitId")
    List<UnitCount> countActiveOfficersByUnit();

    List<UserAccount> findByUnitIdAndActiveTrueOrderByFullName(Long unitId);

    List<UserAccount> findByRoleAndActiveTrueAndUnitIdIn(Role role, java.util.Collection<Long> unitIds);

    List<UserAccount> findByRoleAndActiveTrueOrderById(Role role);

    interface RoleCount {
        Role getRole();

        long getCount();
    }

    interface UnitCount {
        Long getUnitId();

        long getCount();
    }
}
