package vn.chiso.dashboard.target;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.dashboard.DashboardFilter;
import vn.chiso.plan.target.TargetEvaluation;
import vn.chiso.report.work.LinkedTask;
import vn.chiso.shared.XlsxTable;

/** The targets missed and who works on them, as a page and as a spreadsheet. */
@Controller
class BelowTargetController {

    private final BelowTargets belowTargets;
    private final MessageSource messages;

    BelowTargetController(BelowTargets belowTargets, MessageSource messages) {
        this.belowTargets = belowTargets;
        this.messages = messages;
    }

    @GetMapping("/dashboard/below-target")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String index, Model model) {
        model.addAttribute("list", belowTargets.of(DashboardFilter.of(year, plan, index)));
        return "dashboard/below-target";
    }

    @GetMapping("/dashboard/below-target.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String index) {
        Locale locale = LocaleContextHolder.getLocale();
        BelowTargetList list = belowTargets.of(DashboardFilter.of(year, plan, index));
        XlsxTable sheet = new XlsxTable().sheet(text("dashboard.tab.belowTarget", locale),
                text("dashboard.below.title", locale),
                List.of(text("dashboard.filter.index", locale), text("target.indicator", locale),
                        text("dashboard.filter.plan", locale), text("result.year", locale),
                        text("target.promise", locale), text("target.reached", locale),
                        text("target.gapColumn", locale), text("dashboard.sheet.unit", locale),
                        text("dashboard.below.leadUnit", locale), text("dashboard.below.tasks", locale)),
                10, 36, 16, 8, 40, 10, 10, 10, 24, 60);
        for (MissedTarget missed : list.targets()) {
            TargetEvaluation e = missed.line().evaluation();
            var target = missed.line().target();
            sheet.row(target.index().code().replace('_', ' '), target.indicator().name(locale),
                    missed.line().plan().number(), e.year(),
                    target.spec().wording() != null ? target.spec().wording()
                            : text("target.kind." + target.spec().kind().name(), locale),
                    e.actual(), e.gap(), text(e.unit().messageKey(), locale),
                    missed.leadUnit() == null ? null : missed.leadUnit().name(), tasks(missed.tasks(), locale));
        }
        return sheet.download("muc-tieu-chua-dat.xlsx");
    }

    /** "II.1.b Sở Tài chính: Hoàn thành 100 %; …" — one cell a coordinator can read at a glance. */
    private String tasks(List<LinkedTask> tasks, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (LinkedTask task : tasks) {
            for (LinkedTask.Assignment unit : task.units()) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(task.planNumber()).append(' ').append(task.section()).append(' ').append(unit.unitName())
                        .append(": ").append(unit.status() == null ? text("dashboard.below.notReported", locale)
                                : text(unit.status().messageKey(), locale));
                if (unit.percent() != null) {
                    text.append(' ').append(unit.percent()).append(" %");
                }
            }
        }
        return text.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
