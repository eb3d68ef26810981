package vn.chiso.plan.task;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    @Query("select coalesce(max(t.position), 0) from Task t where t.planId = :planId")
    int lastPosition(Long planId);
}
