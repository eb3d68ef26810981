package vn.chiso.plan.target;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    List<Target> findByPlanIdIn(List<Long> planIds);

    long countByPlanId(Long planId);
}
