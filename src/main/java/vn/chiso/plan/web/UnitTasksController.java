package vn.chiso.plan.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chiso.plan.task.TaskService;
import vn.chiso.unit.UnitService;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/** Every task assigned to a unit, across plans. An officer sees only their own unit's. */
@Controller
class UnitTasksController {

    private final UnitService units;
    private final TaskService tasks;

    UnitTasksController(UnitService units, TaskService tasks) {
        this.units = units;
        this.tasks = tasks;
    }

    @GetMapping("/units/{unitId}/tasks")
    String tasks(@PathVariable long unitId, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.is(Role.OFFICER) && !Long.valueOf(unitId).equals(user.unitId())) {
            throw new AccessDeniedException("An officer sees only their own unit's tasks");
        }
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("tasks", tasks.ofUnit(unitId));
        return "plan/unit-tasks";
    }
}
