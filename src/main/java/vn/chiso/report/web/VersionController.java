package vn.chiso.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportAccess;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.history.ReportVersions;
import vn.chiso.report.history.VersionView;
import vn.chiso.shared.NotFoundException;
import vn.chiso.user.CurrentUser;

/** The history of a report: every version with who, when and what changed, and each version's content. */
@Controller
class VersionController {

    private final ProgressReports reports;
    private final ReportVersions versions;

    VersionController(ProgressReports reports, ReportVersions versions) {
        this.reports = reports;
        this.versions = versions;
    }

    @GetMapping("/reports/{id}/versions")
    String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportHeader header = reports.header(id);
        ReportAccess.checkRead(header, user);
        model.addAttribute("report", header);
        model.addAttribute("versions", versions.of(id));
        return "report/versions";
    }

    @GetMapping("/reports/{id}/versions/{number}")
    String show(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        ReportHeader header = reports.header(id);
        ReportAccess.checkRead(header, user);
        VersionView version = versions.of(id).stream().filter(each -> each.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Report version", number));
        model.addAttribute("report", header);
        model.addAttribute("version", version);
        model.addAttribute("snapshot", versions.snapshot(id, number));
        return "report/version";
    }
}
