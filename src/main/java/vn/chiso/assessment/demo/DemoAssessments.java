package vn.chiso.assessment.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import vn.chiso.assessment.Appraisal;
import vn.chiso.assessment.AppraisalForm;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentForm;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.ResponseForm;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.assessment.Thresholds;
import vn.chiso.assessment.criteria.CriteriaEditing;
import vn.chiso.assessment.criteria.CriteriaSetForm;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.assessment.criteria.CriterionForm;
import vn.chiso.assessment.criteria.WaiverForm;
import vn.chiso.assessment.round.Enrolment;
import vn.chiso.assessment.round.SurveyPoints;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.shared.DemoClock;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoFiles;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * The PAR assessment rounds of {@code demo/assessments/} (read {@code assessments.yaml} first), made through the
 * services of the coordinators' and officers' pages in the order they would have used them, each step at the moment
 * its file gives it ({@link DemoClock}): the services stamp it and judge a late submission themselves.
 */
@Component
@DemoData
@Order(DemoData.ASSESSMENTS)
record DemoAssessments(DemoFiles files, UnitService units, CriteriaSets sets, CriteriaEditing criteria,
        AssessmentYears years, Enrolment enrolment, SurveyPoints survey, Assessments assessments,
        SelfAssessment selfAssessment, Appraisal appraisal, EvidenceFiles evidence, Clock clock,
        TransactionOperations transactions) implements ApplicationRunner {

    record Setup(String coordinator, String officer, List<String> notRated, List<SetFile> sets,
            Map<String, String> explanations, Map<String, List<String>> deductions, String underClaimed,
            String returnComment, String response) {
    }

    record SetFile(AssessedKind kind, String name, BigDecimal surveyPoints) {
    }

    record Round(int year, LocalDateTime prepared, LocalDate opensOn, LocalDate closesOn, Thresholds thresholds,
            LocalDateTime surveyed, LocalDateTime published, List<String> mergedSince,
            Map<AssessedKind, Map<String, List<String>>> waived, List<Line> assessments) {
    }

    record Line(String unit, String officer, String appraiser, LocalDateTime saved, LocalDateTime sent,
            LocalDateTime returned, LocalDateTime responded, LocalDateTime finalized, BigDecimal survey, String fields,
            String unexplained, Evidence evidence, String scores) {
    }

    /** A file of {@code demo/files/} stored for the unit, backing these criteria. */
    record Evidence(String file, String backs) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sets.all().isEmpty()) {
            Setup setup = files.yaml("assessments/assessments.yaml", Setup.class).get(0);
            Map<String, UnitView> byCode = units.tree().stream()
                    .collect(Collectors.toMap(UnitView::code, Function.identity()));
            transactions.executeWithoutResult(status -> files.yaml("assessments/rounds/*.yaml", Round.class)
                    .forEach(round -> play(round, setup, byCode)));
            DemoClock.at(null);
        }
    }

    /**
     * A round from the coordinator's first steps to the ranking's publication: prepared, its units enrolled when the
     * window opens (those merged since made active again meanwhile), assessed, the survey's points imported, closed.
     */
    private void play(Round round, Setup setup, Map<String, UnitView> byCode) {
        int year = round.year();
        CurrentUser coordinator = appraiser(setup.coordinator());
        DemoClock.at(round.prepared());
        Map<Long, String> documents = criteriaSets(round, setup, byCode, coordinator);
        years.openWindow(year, round.opensOn(), round.closesOn(), coordinator);
        years.setThresholds(year, round.thresholds(), coordinator);
        DemoClock.at(round.opensOn().atTime(8, 0));
        List<Long> merged = or(round.mergedSince(), List.<String>of()).stream().map(code -> byCode.get(code).id())
                .toList();
        merged.forEach(units::activate);
        enrolment.enrol(year, coordinator);
        merged.forEach(units::deactivate);
        setup.notRated().forEach(code -> enrolment.withdraw(year, byCode.get(code).id()));
        round.assessments().forEach(line -> assess(year, line, byCode.get(line.unit()), setup, documents));
        String points = round.assessments().stream().filter(line -> line.survey() != null)
                .map(line -> line.unit() + "," + line.survey()).collect(Collectors.joining("\n"));
        DemoClock.at(round.surveyed());
        if (!points.isEmpty()
                && survey.importFile(year, points.getBytes(StandardCharsets.UTF_8), coordinator).refused()) {
            throw new IllegalStateException("The demo's survey points of " + year + " are refused");
        }
        round.assessments().stream().filter(line -> line.finalized() != null).forEach(line -> {
            DemoClock.at(line.finalized());
            appraisal.finish(year, byCode.get(line.unit()).id(), appraiser(or(line.appraiser(), setup.coordinator())));
        });
        if (round.published() != null) {
            DemoClock.at(round.published());
            years.publish(year, coordinator);
        }
    }

    /**
     * The round's sets typed node by node as on the criteria pages (a node is typed with a maximum, which its first
     * child takes from it) and their waivers; returns the kind of document behind each scored criterion.
     */
    private Map<Long, String> criteriaSets(Round round, Setup setup, Map<String, UnitView> byCode,
            CurrentUser coordinator) {
        int year = round.year();
        Map<Long, String> documents = new HashMap<>();
        for (SetFile set : setup.sets()) {
            long setId = criteria.create(new CriteriaSetForm(year, set.kind(), set.name().formatted(year),
                    set.surveyPoints()), coordinator);
            Map<String, Long> ids = new HashMap<>();
            for (Map<String, String> node : files.csv("assessments/criteria-"
                    + set.kind().name().toLowerCase(Locale.ROOT) + ".csv")) {
                if (year >= Integer.parseInt(or(node.get("from"), "0"))
                        && year <= Integer.parseInt(or(node.get("to"), "9999"))) {
                    String code = node.get("code");
                    Long parent = code.contains(".") ? ids.get(code.substring(0, code.lastIndexOf('.'))) : null;
                    long id = criteria.addNode(setId, new CriterionForm(parent, code, node.get("name"),
                            new BigDecimal(or(node.get("max"), "1")), node.get("step") == null ? null
                                    : new BigDecimal(node.get("step"))));
                    ids.put(code, id);
                    documents.put(id, node.get("document"));
                }
            }
            round.waived().getOrDefault(set.kind(), Map.of()).forEach((code, waivedUnits) -> waivedUnits.forEach(
                    unit -> criteria.waive(setId, new WaiverForm(byCode.get(unit).id(), ids.get(code)))));
        }
        return documents;
    }

    /** A unit's assessment saved, sent, appraised, returned and answered as its line says. */
    private void assess(int year, Line line, UnitView unit, Setup setup, Map<Long, String> documents) {
        CurrentUser officer = new CurrentUser(0, "demo", or(line.officer(), setup.officer()), Role.OFFICER,
                unit.id(), unit.name());
        DemoClock.at(or(line.saved(), line.sent()));
        List<Long> backing = line.evidence() == null ? List.of() : List.of(evidence.storeForUnit(unit.id(),
                upload(line.evidence().file()), officer.fullName(), clock.instant()));
        Forms forms = forms(assessments.view(year, unit.id()).applicable(), year, line, setup, documents, backing);
        selfAssessment.save(year, unit.id(), new AssessmentForm(version(year, unit), forms.own()), List.of(), officer);
        if (line.sent() == null) {
            return;
        }
        selfAssessment.submit(year, unit.id(), officer);
        CurrentUser appraiser = appraiser(or(line.appraiser(), setup.coordinator()));
        if (line.returned() != null || line.finalized() != null) {
            DemoClock.at(or(line.returned(), line.finalized()));
            appraisal.save(year, unit.id(), new AppraisalForm(version(year, unit), forms.appraised()), appraiser);
        }
        if (line.returned() != null) {
            appraisal.returnToUnit(year, unit.id(), setup.returnComment(), appraiser);
        }
        if (line.responded() != null) {
            DemoClock.at(line.responded());
            selfAssessment.respond(year, unit.id(), new ResponseForm(version(year, unit), forms.answers()), officer);
        }
    }

    /** What the officer, the appraiser and again the officer type on their forms, a line per criterion that applies. */
    private record Forms(List<AssessmentForm.Line> own, List<AppraisalForm.Line> appraised,
            List<ResponseForm.Line> answers) {
    }

    private static Forms forms(List<Criterion> applicable, int year, Line line, Setup setup,
            Map<Long, String> documents, List<Long> backing) {
        Set<String> fields = words(line.fields());
        Set<String> unexplained = words(line.unexplained());
        Set<String> backed = words(line.evidence() == null ? null : line.evidence().backs());
        Map<String, String[]> scores = line.scores() == null ? Map.of() : Arrays.stream(line.scores().split(";"))
                .map(score -> score.strip().split(" ")).collect(Collectors.toMap(p -> p[0], p -> p[1].split("/")));
        Forms forms = new Forms(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Criterion criterion : applicable) {
            String code = criterion.code();
            if (!fields.isEmpty() && !fields.contains(code.split("\\.")[0])) {
                continue;
            }
            String[] points = scores.getOrDefault(code, new String[] {criterion.maxPoints().toPlainString()});
            String self = points[0];
            String given = points[points.length - 1];
            String document = documents.get(criterion.id());
            boolean explained = new BigDecimal(self).signum() > 0 && !backed.contains(code)
                    && !unexplained.contains(code);
            forms.own().add(new AssessmentForm.Line(criterion.id(), self,
                    explained ? setup.explanations().get(document).formatted(year) : null,
                    backed.contains(code) ? backing : List.of()));
            int lowered = new BigDecimal(self).compareTo(new BigDecimal(given));
            List<String> deductions = setup.deductions().get(document);
            String comment = lowered > 0 ? deductions.get(forms.appraised().size() % deductions.size())
                    : lowered < 0 ? setup.underClaimed() : null;
            forms.appraised().add(new AppraisalForm.Line(criterion.id(), given, comment));
            if (lowered > 0) {
                forms.answers().add(new ResponseForm.Line(criterion.id(), setup.response()));
            }
        }
        return forms;
    }

    private EvidenceFiles.Upload upload(String file) {
        byte[] content = files.bytes("files/" + file);
        return new EvidenceFiles.Upload(0, file, EvidenceType.of(content).orElseThrow(), content);
    }

    private int version(int year, UnitView unit) {
        return assessments.find(year, unit.id()).orElseThrow().version();
    }

    private static CurrentUser appraiser(String name) {
        return new CurrentUser(0, "demo", name, Role.COORDINATOR, null, null);
    }

    private static Set<String> words(String text) {
        return text == null ? Set.of() : Set.copyOf(Arrays.asList(text.strip().split(" +")));
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
