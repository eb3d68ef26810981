package vn.chiso.dashboard.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.report.progress.PlanProgress;
import vn.chiso.report.progress.TaskCounts;
import vn.chiso.report.progress.TaskProgress;
import vn.chiso.report.progress.UnitProgress;
import vn.chiso.shared.Formats;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.XlsxTable;

/**
 * How far the units have come with a plan's tasks: totals, then each unit with its tasks done, under way, not started
 * and overdue and its late or missing reports, the units behind first; as a page and a spreadsheet.
 */
@Controller
class TaskProgressController {

    private final PlanService plans;
    private final TaskProgress progress;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    TaskProgressController(PlanService plans, TaskProgress progress, MessageSource messages, Formats formats,
            Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping("/dashboard/tasks")
    String tasks(@RequestParam(required = false) String plan, @RequestParam(required = false) String year,
            @RequestParam(required = false) String index, Model model) {
        ProgressFilter filter = ProgressFilter.of(plan, null, year, index);
        List<PlanView> reportable = ProgressFilter.reportable(plans);
        List<PlanView> offered = filter.offered(reportable);
        PlanView chosen = chosen(filter, offered);
        filter.show(model, reportable, offered, chosen);
        model.addAttribute("progress", chosen == null ? null : progress.ofPlan(chosen.id()));
        return "dashboard/tasks";
    }

    @GetMapping("/dashboard/tasks.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String plan, Locale locale) {
        PlanView chosen = ProgressFilter.of(plan, null, null, null).plan(ProgressFilter.reportable(plans));
        if (chosen == null) {
            throw new NotFoundException("Plan", plan);
        }
        PlanProgress figures = progress.ofPlan(chosen.id());
        XlsxTable table = new XlsxTable().sheet(text(locale, "dashboard.tasks.sheet"),
                text(locale, "dashboard.tasks.sheetHeading", chosen.number(),
                        formats.date(LocalDate.now(clock))),
                List.of(text(locale, "report.unit"), text(locale, "dashboard.tasks.assigned"),
                        text(locale, "report.entry.status.DONE"), text(locale, "report.entry.status.IN_PROGRESS"),
                        text(locale, "report.entry.status.NOT_STARTED"), text(locale, "dashboard.tasks.overdue"),
                        text(locale, "dashboard.tasks.lateReports"), text(locale, "dashboard.tasks.missingReports")),
                40, 12, 12, 12, 12, 12, 12, 12);
        for (UnitProgress row : figures.units()) {
            counts(table, row.unit().name(), row.tasks(), row.lateReports(), row.missingReports());
        }
        counts(table, text(locale, "dashboard.tasks.total"), figures.totals(), figures.lateReports(),
                figures.missingReports());
        return table.download("tien-do-nhiem-vu.xlsx");
    }

    /**
     * The plan asked for, else the latest issued plan offered that has tasks to report on: one in force, or, for a
     * chosen year, any (or none).
     */
    private PlanView chosen(ProgressFilter filter, List<PlanView> offered) {
        PlanView asked = filter.plan(offered);
        if (asked != null) {
            return asked;
        }
        Set<Long> withTasks = progress.plansWithTasks();
        return offered.stream().filter(p -> filter.year() != null || p.status() == PlanStatus.IN_FORCE)
                .filter(p -> withTasks.contains(p.id())).findFirst().orElse(null);
    }

    private static void counts(XlsxTable table, String name, TaskCounts tasks, long late, long missing) {
        table.row(name, tasks.assigned(), tasks.done(), tasks.inProgress(), tasks.notStarted(), tasks.overdue(), late,
                missing);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
