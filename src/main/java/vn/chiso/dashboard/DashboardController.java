package vn.chiso.dashboard;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.assessment.ranking.Rankings;
import vn.chiso.notification.Notices;
import vn.chiso.report.progress.TaskProgress;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/** The home dashboard: where leaders and coordinators land, and an officer's view of the indices and their unit. */
@Controller
class DashboardController {

    private final Scopes scopes;
    private final DashboardSheets sheets;
    private final TaskProgress progress;
    private final Rankings rankings;
    private final Notices notices;

    DashboardController(Scopes scopes, DashboardSheets sheets, TaskProgress progress, Rankings rankings,
            Notices notices) {
        this.scopes = scopes;
        this.sheets = sheets;
        this.progress = progress;
        this.rankings = rankings;
        this.notices = notices;
    }

    @GetMapping("/dashboard")
    String home(@RequestParam(required = false) String year, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String index, @AuthenticationPrincipal CurrentUser user, Model model) {
        HomeDashboard home = HomeDashboard.of(scopes.of(DashboardFilter.of(year, plan, index)));
        model.addAttribute("home", home);
        model.addAttribute("scope", home.scope());
        if (user.is(Role.OFFICER) && user.unitId() != null) {
            // an officer's version: the province's published figures, and only their own unit's work
            model.addAttribute("unitName", user.unitName());
            model.addAttribute("unitProgress", progress.ofUnit(user.unitId()));
        } else if (!user.is(Role.OFFICER)) {
            // the units' PAR ranking is for leaders and coordinators; linked once a year has final assessments
            model.addAttribute("rankedYear", rankings.latestRankedYear().orElse(null));
        }
        if (!user.is(Role.OFFICER)) {
            // where coordinators and leaders land: what was sent to them since they last looked
            model.addAttribute("notices", notices.unread(user.id()));
        }
        return "dashboard/home";
    }

    @GetMapping("/dashboard.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String index) {
        return sheets.home(HomeDashboard.of(scopes.of(DashboardFilter.of(year, plan, index))));
    }
}
