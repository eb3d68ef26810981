package vn.chiso.dashboard.index;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.dashboard.DashboardFilter;

/** One index on its dashboard, and its tables as a spreadsheet. */
@Controller
class IndexDashboardController {

    private final IndexDashboards dashboards;
    private final IndexSheets sheets;

    IndexDashboardController(IndexDashboards dashboards, IndexSheets sheets) {
        this.dashboards = dashboards;
        this.sheets = sheets;
    }

    @GetMapping("/dashboard/indices/{code}")
    String index(@PathVariable String code, @RequestParam(required = false) String year,
            @RequestParam(required = false) String plan, @RequestParam(defaultValue = "attention") String sort,
            Model model) {
        boolean byAttention = !"tree".equals(sort);
        model.addAttribute("dashboard", dashboards.of(code, DashboardFilter.of(year, plan, code), byAttention));
        model.addAttribute("sort", byAttention ? "attention" : "tree");
        return "dashboard/index";
    }

    @GetMapping("/dashboard/indices/{code}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) String year,
            @RequestParam(required = false) String plan) {
        return sheets.of(dashboards.of(code, DashboardFilter.of(year, plan, code), true));
    }
}
