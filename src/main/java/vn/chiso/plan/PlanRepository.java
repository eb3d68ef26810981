package vn.chiso.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select distinct p from Plan p left join fetch p.indexCodes order by p.issueDate desc, p.id desc")
    List<Plan> findAllWithIndices();

    @Query("select p from Plan p left join fetch p.indexCodes where p.id = :id")
    Optional<Plan> findWithIndices(Long id);

    @Query("select count(p) > 0 from Plan p where lower(p.number) = lower(:number) and (:id is null or p.id <> :id)")
    boolean numberTaken(String number, Long id);
}
