package vn.chiso.index;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GovernanceIndexRepository extends JpaRepository<GovernanceIndex, Long> {

    @Query("select distinct i from GovernanceIndex i left join fetch i.groups order by i.position")
    List<GovernanceIndex> findAllWithGroups();

    @Query("select i from GovernanceIndex i left join fetch i.groups where i.code = :code")
    Optional<GovernanceIndex> findByCodeWithGroups(String code);
}
