package vn.chiso.report.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.EntryView;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportForm;
import vn.chiso.report.ReportReview;
import vn.chiso.report.ReportView;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.shared.DemoClock;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoFiles;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * The reports of {@code demo/reports/reports.yaml}, written, signed, submitted, accepted or returned through the same
 * services as the officers' and coordinators' pages, each step at the moment the file gives it ({@link DemoClock}):
 * the services stamp it and judge the report on time or late themselves.
 */
@Component
@DemoData
@Order(DemoData.REPORTS)
record DemoReports(PlanService plans, ReportingPeriods periods, ProgressReports reports, ReportEditing editing,
        ReportReview review, UnitService units, DemoCalendar calendar, DemoFiles files) implements ApplicationRunner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    record ReportsFile(List<Line> reports) {
    }

    /** One report, or with {@code everyPastPeriod} one for each unit and yearly period already due. */
    record Line(String plan, LocalDate deadline, String unit, String officer, String number, String date,
            List<Entry> entries, Signed signed, LocalDateTime submitted, LocalDateTime accepted,
            LocalDateTime returned, String comment, List<Series> everyPastPeriod) {
    }

    /** What an entry says, and the file under {@code demo/files/} attached to it as evidence. */
    record Entry(EntryStatus status, Integer percent, String done, String explanation, String file) {
    }

    record Signed(String subject, String signerTitle, String signerName, String recipients, String file) {
    }

    record Series(String unit, String officer, Integer lateEvery, Integer missingEvery) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reports.any()) {
            return;
        }
        for (Line line : files.yaml("reports/reports.yaml", ReportsFile.class).get(0).reports()) {
            plans.all().stream().filter(plan -> plan.number().equals(line.plan())).findFirst().ifPresent(plan -> {
                List<ReportingPeriodView> all = periods.periods(plan.id());
                if (line.everyPastPeriod() != null) {
                    everyPastPeriod(line, all);
                } else {
                    all.stream().filter(p -> p.coveredYear() == null && p.deadline().equals(line.deadline()))
                            .findFirst().ifPresent(period -> write(period, line, line.number()));
                }
            });
        }
        DemoClock.at(null);
    }

    private void everyPastPeriod(Line line, List<ReportingPeriodView> all) {
        List<ReportingPeriodView> past = all.stream()
                .filter(period -> period.coveredYear() != null && period.deadline().isBefore(calendar.today()))
                .toList();
        for (int p = 0; p < past.size(); p++) {
            ReportingPeriodView period = past.get(p);
            for (int u = 0; u < line.everyPastPeriod().size(); u++) {
                Series series = line.everyPastPeriod().get(u);
                LocalDateTime sent = every(series.lateEvery(), p) ? period.deadline().plusDays(6).atTime(9, 30)
                        : period.deadline().minusDays(2).atTime(15, 0);
                if (every(series.missingEvery(), p) || !sent.toLocalDate().isBefore(calendar.today())) {
                    continue;
                }
                LocalDateTime reviewed = sent.plusDays(5);
                int percent = 50 + p * 5;
                List<Entry> entries = line.entries().stream().map(entry -> new Entry(entry.status(), percent,
                        entry.done().replace("{period}", period.label().toLowerCase()), null, null)).toList();
                write(period, new Line(line.plan(), null, series.unit(), series.officer(), null, null, entries, null,
                        sent, reviewed.toLocalDate().isBefore(calendar.today()) ? reviewed : null, null, null, null),
                        (1200 + p * 37 + u) + "/" + series.unit());
            }
        }
    }

    private static boolean every(Integer every, int period) {
        return every != null && period % every == every - 1;
    }

    /** Opens the unit's report for the period, saves its header and entries, signs, submits and reviews it. */
    private void write(ReportingPeriodView period, Line line, String number) {
        DemoClock.at(line.submitted());
        CurrentUser officer = person(line.officer(), Role.OFFICER, line.unit());
        long id = editing.open(period.id(), officer);
        ReportView report = reports.get(id);
        List<ReportForm.EntryForm> entries = new ArrayList<>();
        List<EvidenceFiles.Upload> evidence = new ArrayList<>();
        for (int i = 0; i < report.entries().size(); i++) {
            EntryView entry = report.entries().get(i);
            Entry text = i < line.entries().size() ? line.entries().get(i) : null;
            entries.add(text == null ? new ReportForm.EntryForm(entry.task().id(), EntryStatus.NOT_STARTED, null, "",
                    null) : new ReportForm.EntryForm(entry.task().id(), text.status(), text.done(),
                    text.status() == EntryStatus.DONE ? "100" : String.valueOf(text.percent()), text.explanation()));
            if (text != null && text.file() != null) {
                evidence.add(upload(entry.task().id(), text.file()));
            }
        }
        String date = line.date() != null || line.submitted() == null ? line.date()
                : line.submitted().format(DAY);
        editing.save(id, new ReportForm(number, date, null, report.header().version(), entries, List.of()), evidence,
                officer);
        if (line.signed() != null) {
            Signed signed = line.signed();
            ReportForm typed = ReportForm.of(reports.get(id));
            editing.save(id, new ReportForm(typed.documentNumber(), typed.documentDate(), signed.subject(),
                    typed.addressee(), signed.signerTitle(), signed.signerName(), signed.recipients(), typed.version(),
                    typed.entries(), List.of(), false), List.of(), upload(0, signed.file()), officer);
        }
        if (line.submitted() == null) {
            return;
        }
        editing.submit(id, officer);
        CurrentUser coordinator = person("Trần Thị Thu Hà", Role.COORDINATOR, "SNV");
        if (line.accepted() != null) {
            DemoClock.at(line.accepted());
            review.accept(id, coordinator);
        } else if (line.returned() != null) {
            DemoClock.at(line.returned());
            review.returnToUnit(id, line.comment(), coordinator);
        }
    }

    private EvidenceFiles.Upload upload(long slot, String file) {
        byte[] content = files.bytes("files/" + file);
        return new EvidenceFiles.Upload(slot, file, EvidenceType.of(content).orElseThrow(), content);
    }

    private CurrentUser person(String name, Role role, String unitCode) {
        UnitView unit = units.findByCode(unitCode).orElseThrow();
        return new CurrentUser(0, "demo", name, role, unit.id(), unit.name());
    }
}
