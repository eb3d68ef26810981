package vn.chiso.dashboard.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.report.timeliness.MissedReport;
import vn.chiso.report.timeliness.Ranking;
import vn.chiso.report.timeliness.ReportingTimeliness;
import vn.chiso.report.timeliness.UnitRank;
import vn.chiso.shared.Formats;
import vn.chiso.shared.XlsxTable;

/**
 * The units ranked by how often they reported on time over the last periods of the plans in force (or of one plan),
 * and the reports still missing; as a page and a spreadsheet.
 */
@Controller
class TimelinessController {

    private final PlanService plans;
    private final ReportingTimeliness timeliness;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    TimelinessController(PlanService plans, ReportingTimeliness timeliness, MessageSource messages, Formats formats,
            Clock clock) {
        this.plans = plans;
        this.timeliness = timeliness;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping("/dashboard/timeliness")
    String ranking(@RequestParam(required = false) String plan, @RequestParam(required = false) String periods,
            @RequestParam(required = false) String year, @RequestParam(required = false) String index, Locale locale,
            Model model) {
        ProgressFilter filter = ProgressFilter.of(plan, periods, year, index);
        List<PlanView> reportable = ProgressFilter.reportable(plans);
        List<PlanView> offered = filter.offered(reportable);
        PlanView chosen = filter.plan(offered);
        filter.show(model, reportable, offered, chosen);
        model.addAttribute("scope", scope(filter, chosen, locale));
        model.addAttribute("xlsx", filter.export("/dashboard/timeliness.xlsx", chosen, true));
        model.addAttribute("periods", filter.periods());
        model.addAttribute("maxPeriods", ProgressFilter.MAX_PERIODS);
        model.addAttribute("ranking", ranking(filter, offered, chosen));
        return "dashboard/timeliness";
    }

    @GetMapping("/dashboard/timeliness.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String plan,
            @RequestParam(required = false) String periods, @RequestParam(required = false) String year,
            @RequestParam(required = false) String index, Locale locale) {
        ProgressFilter filter = ProgressFilter.of(plan, periods, year, index);
        List<PlanView> offered = filter.offered(ProgressFilter.reportable(plans));
        PlanView chosen = filter.plan(offered);
        Ranking ranking = ranking(filter, offered, chosen);
        String today = formats.date(LocalDate.now(clock));
        String scope = scope(filter, chosen, locale);
        XlsxTable table = new XlsxTable().sheet(text(locale, "dashboard.timeliness.sheet"),
                text(locale, "dashboard.timeliness.sheetHeading", filter.periods(), scope, today),
                List.of(text(locale, "dashboard.timeliness.rank"), text(locale, "report.unit"),
                        text(locale, "report.counts.owing"), text(locale, "report.state.ON_TIME"),
                        text(locale, "report.state.LATE"), text(locale, "report.counts.notSent"),
                        text(locale, "dashboard.timeliness.rateColumn")),
                8, 40, 12, 12, 12, 12, 14);
        for (UnitRank row : ranking.units()) {
            table.row(row.rank(), row.unit().name(), row.counts().owing(), row.counts().onTime(), row.counts().late(),
                    row.counts().missing(), row.counts().onTimeRate());
        }
        table.sheet(text(locale, "dashboard.timeliness.missingSheet"),
                text(locale, "dashboard.timeliness.missingHeading", today),
                List.of(text(locale, "report.unit"), text(locale, "report.plan"), text(locale, "report.period"),
                        text(locale, "report.deadlineColumn"), text(locale, "dashboard.timeliness.daysColumn")),
                40, 20, 36, 12, 14);
        for (MissedReport report : ranking.missing()) {
            table.row(report.unit().name(), report.planNumber(), report.periodLabel(), report.deadline(),
                    report.daysSinceDeadline());
        }
        return table.download("bao-cao-dung-han.xlsx");
    }

    /** A chosen plan alone; else the plans in force, or, for a year, every plan with periods due in it. */
    private Ranking ranking(ProgressFilter filter, List<PlanView> offered, PlanView chosen) {
        List<Long> planIds = chosen != null ? List.of(chosen.id()) : offered.stream()
                .filter(p -> filter.year() != null || p.status() == PlanStatus.IN_FORCE).map(PlanView::id).toList();
        return timeliness.ranking(planIds, filter.year(), filter.periods());
    }

    /** "các kế hoạch đang thực hiện", "kế hoạch 6025/KH-UBND", "các kế hoạch năm 2023 về PAPI". */
    private String scope(ProgressFilter filter, PlanView chosen, Locale locale) {
        if (chosen != null) {
            return text(locale, "dashboard.timeliness.onePlan", chosen.number());
        }
        String plans = filter.year() == null ? text(locale, "dashboard.timeliness.allPlans")
                : text(locale, "dashboard.timeliness.plansOfYear", filter.year());
        return filter.indexCode() == null ? plans
                : plans + " " + text(locale, "dashboard.timeliness.onIndex", filter.indexCode().replace('_', ' '));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
