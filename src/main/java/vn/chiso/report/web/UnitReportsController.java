package vn.chiso.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chiso.report.ReportAccess;
import vn.chiso.report.work.UnitReports;
import vn.chiso.unit.UnitService;
import vn.chiso.user.CurrentUser;

/** Every period a unit owes a report in, with its report and whether it came on time: its record over time. */
@Controller
class UnitReportsController {

    private final UnitService units;
    private final UnitReports unitReports;

    UnitReportsController(UnitService units, UnitReports unitReports) {
        this.units = units;
        this.unitReports = unitReports;
    }

    @GetMapping("/units/{unitId}/reports")
    String reports(@PathVariable long unitId, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportAccess.checkUnit(unitId, user);
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("work", unitReports.of(unitId));
        return "report/unit";
    }
}
