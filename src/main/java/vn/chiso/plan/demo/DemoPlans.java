package vn.chiso.plan.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.section.SectionForm;
import vn.chiso.plan.section.SectionService;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoFiles;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * The plans of {@code demo/plans/*.yaml}, in the order of their file names, entered through the same services as a
 * coordinator's forms: the plan, its targets, reporting rules, headings and tasks. Units are named by code, or by kind
 * for every active unit of that kind; indicators by code.
 */
@Component
@DemoData
@Order(DemoData.PLANS)
record DemoPlans(PlanService plans, TargetService targets, TaskService tasks, SectionService sections,
        ReportingPeriods periods, IndexCatalogue catalogue, UnitService units, DemoFiles files)
        implements ApplicationRunner {

    record PlanFile(String number, LocalDate issueDate, String issuer, String title, int firstYear, int lastYear,
            List<String> indices, String parent, String legalBasis, String purpose, PlanStatus status,
            List<TargetLine> targets, List<RuleForm> rules, List<SectionForm> sections, List<TaskLine> tasks) {
    }

    record TargetLine(String indicator, TargetKind kind, String value, Integer group, Integer childCount,
            int firstYear, Integer lastYear, String wording) {
    }

    /** A task of the plan, once for each of its leads. */
    record TaskLine(String section, String text, String output, LocalDate deadline, Boolean reported,
            List<String> lead, List<String> coordinating, List<String> indicators) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.all().isEmpty()) {
            files.yaml("plans/*.yaml", PlanFile.class).forEach(this::add);
        }
    }

    private void add(PlanFile file) {
        Long parent = file.parent() == null ? null : plans.all().stream()
                .filter(plan -> plan.number().equals(file.parent())).findFirst().orElseThrow().id();
        PlanView plan = plans.get(plans.create(new PlanForm(file.number(), file.issueDate(), file.issuer(),
                file.title(), file.firstYear(), file.lastYear(), file.indices(), parent, file.legalBasis(),
                file.purpose(), file.status(), null)));
        for (TargetLine line : listed(file.targets())) {
            targets.add(plan, new TargetForm(indicator(line.indicator()), line.kind(), line.value(), line.group(),
                    line.childCount(), line.firstYear(), line.lastYear(), line.wording(), null));
        }
        listed(file.rules()).forEach(rule -> periods.addRule(plan.id(), rule));
        listed(file.sections()).forEach(section -> sections.add(plan, section));
        for (TaskLine task : listed(file.tasks())) {
            List<Long> coordinating = listed(task.coordinating()).stream()
                    .flatMap(name -> unitIds(name).stream()).toList();
            List<Long> indicators = listed(task.indicators()).stream().map(this::indicator).toList();
            for (String lead : task.lead()) {
                tasks.add(plan, new TaskForm(task.section(), task.text(), task.output(), task.deadline(),
                        task.reported() == null || task.reported(), isKind(lead) ? "k:" + lead
                        : "u:" + unitIds(lead).get(0), coordinating, indicators, null));
            }
        }
    }

    /** A unit by its code, or every active unit of a kind by the kind's name ({@code DISTRICT}). */
    private List<Long> unitIds(String name) {
        if (isKind(name)) {
            return units.activeTree().stream().filter(unit -> unit.kind().name().equals(name)).map(UnitView::id)
                    .toList();
        }
        return List.of(units.findByCode(name).map(UnitView::id).orElseThrow());
    }

    private static boolean isKind(String name) {
        return Arrays.stream(UnitKind.values()).anyMatch(kind -> kind.name().equals(name));
    }

    /** An indicator by its code, which begins with its index's ({@code PAPI.D1.4}). */
    private long indicator(String code) {
        return catalogue.catalogue(code.split("\\.")[0]).indicator(code).orElseThrow().id();
    }

    private static <T> List<T> listed(List<T> list) {
        return list == null ? List.of() : list;
    }
}
