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
            Model model) {
        ProgressFilter filter = ProgressFilter.of(plan, periods);
        List<PlanView> offered = ProgressFilter.offered(plans);
        PlanView chosen = filter.plan(offered);
        model.addAttribute("plans", offered);
        model.addAttribute("plan", chosen);
        model.addAttribute("periods", filter.periods());
        model.addAttribute("maxPeriods", ProgressFilter.MAX_PERIODS);
        model.addAttribute("ranking", timeliness.ranking(chosen == null ? null : chosen.id(), filter.periods()));
        return "dashboard/timeliness";
    }

    @GetMapping("/dashboard/timeliness.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String plan,
            @RequestParam(required = false) String periods, Locale locale) {
        ProgressFilter filter = ProgressFilter.of(plan, periods);
        PlanView chosen = filter.plan(ProgressFilter.offered(plans));
        Ranking ranking = timeliness.ranking(chosen == null ? null : chosen.id(), filter.periods());
        String today = formats.date(LocalDate.now(clock));
        String scope = chosen == null ? text(locale, "dashboard.timeliness.allPlans")
                : text(locale, "dashboard.timeliness.onePlan", chosen.number());
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

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
