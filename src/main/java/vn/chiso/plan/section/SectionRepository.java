package vn.chiso.plan.section;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SectionRepository extends JpaRepository<PlanSection, Long> {

    List<PlanSection> findByPlanId(Long planId);

    @Query("select count(s) > 0 from PlanSection s where s.planId = :planId and lower(s.number) = lower(:number)"
            + " and (:id is null or s.id <> :id)")
    boolean numberTaken(Long planId, String number, Long id);
}
