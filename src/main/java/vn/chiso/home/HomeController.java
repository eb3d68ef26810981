package vn.chiso.home;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chiso.assessment.CurrentAssessment;
import vn.chiso.assessment.CurrentAssessments;
import vn.chiso.notification.Notices;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.progress.TaskProgress;
import vn.chiso.report.work.UnitReports;
import vn.chiso.report.work.UnitWork;
import vn.chiso.unit.UnitService;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserService;

/**
 * Where each role lands after signing in: leaders and coordinators on the dashboard, an officer on "Việc của tôi"
 * (what their unit owes, most urgent first, then its tasks and people), an administrator on the units and accounts.
 */
@Controller
class HomeController {

    private final UnitService units;
    private final UserService users;
    private final TaskService tasks;
    private final UnitReports reports;
    private final TaskProgress progress;
    private final CurrentAssessments assessments;
    private final Notices notices;

    HomeController(UnitService units, UserService users, TaskService tasks, UnitReports reports,
            TaskProgress progress, CurrentAssessments assessments, Notices notices) {
        this.units = units;
        this.users = users;
        this.tasks = tasks;
        this.reports = reports;
        this.progress = progress;
        this.assessments = assessments;
        this.notices = notices;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.is(Role.LEADER) || user.is(Role.COORDINATOR)) {
            return "forward:/dashboard";
        }
        if (user.unitId() != null) {
            units.find(user.unitId()).ifPresent(unit -> model.addAttribute("myUnit", unit));
        }
        if (user.is(Role.OFFICER)) {
            // an officer always belongs to a unit (accounts refuse an officer without one)
            UnitWork work = reports.of(user.unitId());
            CurrentAssessment assessment = assessments.ofUnit(user.unitId()).orElse(null);
            model.addAttribute("work", work);
            model.addAttribute("todo", OfficerToDo.of(progress.overdueOf(user.unitId()), work, assessment));
            model.addAttribute("assessment", assessment);
            // what Sở Nội vụ sent the officer (an appraisal returned); shown only while unread
            model.addAttribute("notices", notices.unread(user.id()));
            model.addAttribute("members", users.activeMembersOf(user.unitId()));
            model.addAttribute("tasks", tasks.ofUnit(user.unitId()));
        } else {
            model.addAttribute("overview", ProvinceOverview.of(units.tree(), users.activeOfficersByUnit()));
            model.addAttribute("accountsByRole", users.activeCountByRole());
        }
        return "home/" + user.role().name().toLowerCase(Locale.ROOT);
    }
}
