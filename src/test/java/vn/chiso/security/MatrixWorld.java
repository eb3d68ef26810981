package vn.chiso.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentForm;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorForm;
import vn.chiso.index.importing.ImportForm;
import vn.chiso.index.importing.ResultImports;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.section.SectionForm;
import vn.chiso.plan.section.SectionService;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskImports;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportForm;
import vn.chiso.report.ReportReview;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

/**
 * The rows that the matrix's URLs name, built on demand through the services (and, for assessments, the fixtures'
 * tables): every object belongs to unit A, whose officer is {@code OFFICER_OWN}; the officer of unit B tries the same
 * URLs, so every id-taking URL is also tried with another unit's ids. Each token of an expectation's URL
 * ({@code {report}}, {@code {year}}…) is made the first time it is asked for, so a world made for one write holds only
 * what that write touches, and a write never sees what another one changed.
 */
final class MatrixWorld {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * Assessment rounds are per year and the database is shared with every other test: years that no other test
     * names, within the range a round may have.
     */
    private static final List<Integer> FREE_YEARS = freeYears();
    private static int nextYear;

    /** The people and the two units: made once for the whole matrix. */
    record Cast(UnitView unitA, UnitView unitB, UserRow admin, UserRow coordinator, UserRow leader, UserRow officerA,
            UserRow officerB) {

        UserRow account(MatrixRole role) {
            return switch (role) {
                case ANONYMOUS -> null;
                case ADMIN -> admin;
                case COORDINATOR -> coordinator;
                case LEADER -> leader;
                case OFFICER_OWN -> officerA;
                case OFFICER_OTHER -> officerB;
            };
        }
    }

    /** The services a world is built with. */
    record Services(JdbcTemplate jdbc, TestData data, PlanFixtures plans, ReportingPeriods periods,
            TaskService tasks, SectionService sections, TargetService targets, TaskImports taskImports,
            ReportEditing editing, ReportReview review, ProgressReports reports, SelfAssessment self,
            IndexCatalogue catalogue, ResultImports resultImports) {
    }

    private final Cast cast;
    private final Services services;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Supplier<String>> makers = new HashMap<>();
    private final List<Long> indicators = new ArrayList<>();
    private PlanView plan;

    MatrixWorld(Cast cast, Services services) {
        this.cast = cast;
        this.services = services;
        makers.put("unitA", () -> String.valueOf(cast.unitA().id()));
        makers.put("unitB", () -> String.valueOf(cast.unitB().id()));
        makers.put("user", () -> String.valueOf(services.data().account(Role.OFFICER, cast.unitA().id()).id()));
        makers.put("unit", () -> String.valueOf(services.data().unit(UnitKind.DEPARTMENT).id()));
        makers.put("notice", this::notice);
        makers.put("plan", () -> String.valueOf(plan().id()));
        makers.put("period", () -> String.valueOf(services.periods().periods(plan().id()).get(0).id()));
        makers.put("rule", () -> String.valueOf(services.periods().rules(plan().id()).get(0).id()));
        makers.put("task", () -> String.valueOf(services.tasks().of(plan().id()).get(0).id()));
        makers.put("section", () -> String.valueOf(services.sections().add(plan(),
                new SectionForm("II", "Nhiệm vụ trọng tâm", "", null))));
        makers.put("target", this::target);
        makers.put("taskImport", () -> String.valueOf(services.taskImports().upload(plan(), "nhiem-vu.csv",
                "Mục;Nhiệm vụ;Chủ trì\nII.9;Nhiệm vụ nhập thử;Sở Nội vụ\n".getBytes(StandardCharsets.UTF_8),
                "kiem-thu")));
        makers.put("report", () -> String.valueOf(report(false, false)));
        makers.put("reportEvidence", () -> evidenceOf(Long.parseLong(get("report"))));
        makers.put("reportSubmitted", () -> String.valueOf(report(true, false)));
        makers.put("submittedEvidence", () -> evidenceOf(Long.parseLong(get("reportSubmitted"))));
        makers.put("reportAccepted", () -> String.valueOf(report(true, true)));
        makers.put("acceptedEvidence", () -> evidenceOf(Long.parseLong(get("reportAccepted"))));
        makers.put("index", () -> "SIPAS");
        makers.put("indicatorCode", () -> "SIPAS.A1");
        makers.put("indicator", this::indicator);
        makers.put("resultImport", () -> String.valueOf(services.resultImports().upload("SIPAS",
                new ImportForm(2020, null, ""), "sipas.csv",
                // a header naming no indicator: it can be previewed, never saved into the shared results
                "Tỉnh;KHONG.CO\nKhánh Hòa;1\n".getBytes(StandardCharsets.UTF_8), "kiem-thu")));
        for (AssessmentStatus status : List.of(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED,
                AssessmentStatus.RETURNED, AssessmentStatus.FINAL)) {
            String token = status == AssessmentStatus.DRAFT ? "year" : "year" + capitalised(status.name());
            makers.put(token, () -> String.valueOf(round(token, status)));
        }
        makers.put("criteriaSet", () -> {
            get("year");
            return values.get("criteriaSet");
        });
        makers.put("criterion", () -> {
            get("year");
            return values.get("criterion");
        });
        makers.put("assessmentEvidence", () -> {
            get("year");
            return values.get("assessmentEvidence");
        });
    }

    boolean knows(String token) {
        return makers.containsKey(token);
    }

    String get(String token) {
        String value = values.get(token);
        if (value == null) {
            value = makers.get(token).get();
            values.put(token, value);
        }
        return value;
    }

    /** The indicators this world added to the shared SIPAS catalogue, to be deleted when the matrix ends. */
    List<Long> indicators() {
        return indicators;
    }

    private PlanView plan() {
        if (plan == null) {
            plan = newPlan();
        }
        return plan;
    }

    /** A plan in force with one deadline and one task led by unit A (and one by unit B). */
    private PlanView newPlan() {
        LocalDate deadline = LocalDate.now(VIETNAM).plusDays(5);
        PlanView plan = services.plans().plan(deadline.getYear(), deadline.getYear(), "PAPI");
        services.periods().addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo kết quả thực hiện", deadline,
                null, null, false));
        services.tasks().add(plan, new TaskForm("II.1.a", "Quán triệt kế hoạch", null, null, true,
                "u:" + cast.unitA().id(), List.of(), List.of(), null));
        services.tasks().add(plan, new TaskForm("II.2.a", "Tuyên truyền đến người dân", null, null, true,
                "u:" + cast.unitB().id(), List.of(), List.of(), null));
        return plan;
    }

    private String target() {
        long indicator = services.jdbc().queryForObject("select id from indicator where code = 'PAPI'", Long.class);
        return String.valueOf(services.targets().add(plan(), new TargetForm(indicator, TargetKind.SCORE_AT_LEAST,
                "45", null, null, plan().firstYear(), null, "", null)));
    }

    /** A report of unit A on a plan of its own, with one file: a draft, submitted, or accepted. */
    private long report(boolean submitted, boolean accepted) {
        PlanView plan = newPlan();
        CurrentUser officer = ReportFixtures.user(cast.officerA());
        long periodId = services.periods().periods(plan.id()).get(0).id();
        long id = services.editing().open(periodId, officer);
        long taskId = services.reports().get(id).entries().get(0).task().id();
        int version = services.reports().get(id).header().version();
        services.editing().save(id, new ReportForm("9/DVA", "2/10/2023", null, version,
                        new ArrayList<>(List.of(new ReportForm.EntryForm(taskId, EntryStatus.DONE,
                                "Đã quán triệt kế hoạch.", "", null))), null),
                List.of(new EvidenceFiles.Upload(taskId, "bien-ban.pdf", EvidenceType.PDF, pdf())), officer);
        if (submitted) {
            services.editing().submit(id, officer);
        }
        if (accepted) {
            services.review().accept(id, ReportFixtures.user(cast.coordinator()));
        }
        return id;
    }

    private String evidenceOf(long reportId) {
        return String.valueOf(services.jdbc().queryForObject(
                "select min(id) from evidence where report_id = ?", Long.class, reportId));
    }

    private String notice() {
        return String.valueOf(services.jdbc().queryForObject("""
                insert into notice (recipient_id, kind, unit_name, plan_number, period_label, late, resubmitted, link,
                    created_at)
                values (?, 'REPORT_SUBMITTED', 'Đơn vị thử', 'KH-THU', 'Quý IV', false, false, '/', now()) returning id
                """, Long.class, cast.officerA().id()));
    }

    private String indicator() {
        long parent = services.jdbc().queryForObject("select id from indicator where code = 'SIPAS.A1'", Long.class);
        String code = TestData.unique("SIPAS.A1.M");
        long id = services.catalogue().addIndicator("SIPAS", new IndicatorForm(code, parent, "Chỉ số thử ma trận",
                "Matrix test indicator", java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100), null, null,
                null));
        indicators.add(id);
        return String.valueOf(id);
    }

    /**
     * A round of a free year open from ten days ago to ten days ahead, with one set for departments, and unit A's
     * assessment in the status given. The draft one carries a file of unit A.
     */
    private int round(String token, AssessmentStatus status) {
        int year = takeYear();
        AssessmentFixtures fixtures = new AssessmentFixtures(services.jdbc());
        fixtures.year(year, "80", "65", "50");
        LocalDate today = LocalDate.now(VIETNAM);
        services.jdbc().update("update assessment_year set opens_on = ?, closes_on = ? where year = ?",
                java.sql.Date.valueOf(today.minusDays(10)), java.sql.Date.valueOf(today.plusDays(10)), year);
        AssessmentFixtures.SetBuilder set = fixtures.set(year, AssessedKind.DEPARTMENT, "10");
        long field = set.node(null, "1", "Công tác chỉ đạo, điều hành");
        long criterion = set.scored(field, "1.1", "Kế hoạch CCHC năm", "10");
        AssessmentFixtures.AssessmentBuilder assessment = fixtures.assessment(set, cast.unitA().id());
        if (status == AssessmentStatus.DRAFT) {
            values.put("criteriaSet", String.valueOf(set.id()));
            values.put("criterion", String.valueOf(criterion));
            int version = services.jdbc().queryForObject("select version from assessment where id = ?",
                    Integer.class, assessment.id());
            services.self().save(year, cast.unitA().id(), new AssessmentForm(version, new ArrayList<>(List.of(
                            new AssessmentForm.Line(criterion, "5", null, null)))),
                    List.of(new EvidenceFiles.Upload(criterion, "ke-hoach.pdf", EvidenceType.PDF, pdf())),
                    ReportFixtures.user(cast.officerA()));
            values.put("assessmentEvidence", String.valueOf(services.jdbc().queryForObject(
                    "select max(id) from evidence where unit_id = ? and file_name = 'ke-hoach.pdf'", Long.class,
                    cast.unitA().id())));
        } else {
            assessment.score(criterion, "5", status == AssessmentStatus.SUBMITTED ? null : "4").status(status);
            if (status == AssessmentStatus.RETURNED) {
                services.jdbc().update("update assessment set returned_at = now(), return_comment = ? where id = ?",
                        "Đề nghị giải trình tiêu chí 1.1.", assessment.id());
            }
        }
        return year;
    }

    private static synchronized int takeYear() {
        if (nextYear == FREE_YEARS.size()) {
            throw new IllegalStateException("the matrix has used every free assessment year");
        }
        return FREE_YEARS.get(nextYear++);
    }

    /**
     * 1990–2004, then the years up to 2100 that no other test uses, neither by name nor as the year before one it
     * names (the ranking and analysis tests hold rounds of two years).
     */
    private static List<Integer> freeYears() {
        List<Integer> years = new ArrayList<>();
        for (int year = 1990; year <= 2004; year++) {
            years.add(year);
        }
        years.addAll(List.of(2029, 2044, 2045, 2047, 2049, 2051, 2053, 2055, 2058, 2063, 2065, 2067, 2069, 2074, 2075,
                2076));
        return years;
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
