package vn.chiso.assessment.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.document.UnitEvidence;
import vn.chiso.shared.DemoPdf;
import vn.chiso.shared.DemoCalendar;

/**
 * The round under way: every rated unit is enrolled with a draft. The Department of Justice has submitted its scores
 * and waits for the appraisal, its year plan backing two criteria; the Department of Finance has saved the first
 * three fields, one score still without explanation; Sở Nội vụ returned the appraisals of the Departments of Health
 * (which has responded) and of Planning and Investment (which has not yet); a few other bodies have submitted; the
 * others have not begun. Moments are days before the day the demo is built, inside the window.
 */
final class DemoCurrentRound {

    static final String JUSTICE = "STP";
    static final String FINANCE = "STC";
    private static final String JUSTICE_OFFICER = "Phạm Minh Tuấn";
    private static final String FINANCE_OFFICER = "Lê Văn Thông";
    /** Returned on the 12th day before, answered on the 3rd. */
    private static final String RESPONDED = "SYT";
    /** Returned on the 5th day before, not answered. */
    private static final String RETURNED = "SKHDT";
    private static final List<String> ALSO_SUBMITTED = List.of("SGTVT", "SCT", "NHATRANG", "CAMRANH", "NT-VINHHOA",
            "DK-DIENAN");
    /** The year plan backs both criteria of the plan; a second file, when the unit has one, the reporting. */
    private static final List<List<String>> BACKED = List.of(List.of("1.1.1", "1.1.2"), List.of("1.2"));

    private final JdbcTemplate jdbc;
    private final EvidenceFiles evidence;
    private final Clock clock;
    private final LocalDate today;
    private final int year;
    private final LocalDate opensOn;
    private final LocalDate closesOn;
    private final Map<AssessedKind, DemoSets.LoadedSet> sets;
    private final DemoReturnedAppraisals returns;
    private final DemoScores scores;
    private final Random random;

    DemoCurrentRound(JdbcTemplate jdbc, EvidenceFiles evidence, Clock clock, DemoCalendar calendar,
            Map<AssessedKind, DemoSets.LoadedSet> sets, DemoReturnedAppraisals returns) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.clock = clock;
        this.today = calendar.today();
        this.year = calendar.assessmentYear();
        this.opensOn = calendar.assessmentOpensOn();
        this.closesOn = calendar.assessmentClosesOn();
        this.sets = sets;
        this.returns = returns;
        this.random = new Random(year);
        this.scores = new DemoScores(random);
    }

    void write(List<RatedUnit> units) {
        Instant enrolled = earlier(opensOn.atTime(8, 0).atZone(clock.getZone()).toInstant(), clock.instant());
        List<Object[]> assessments = new ArrayList<>();
        Map<Long, List<DemoScores.Score>> scoresByUnit = new HashMap<>();
        Instant justiceSent = sentDaysAgo(2);
        Map<RatedUnit, Map<Long, DemoScores.Score>> appraised = new LinkedHashMap<>();
        for (RatedUnit unit : units) {
            String code = unit.unit().code();
            DemoSets.LoadedSet set = sets.get(AssessedKind.of(unit.unit().kind()));
            long unitId = unit.unit().id();
            if (code.equals(RESPONDED) || code.equals(RETURNED)) {
                Instant sent = sentDaysAgo(code.equals(RESPONDED) ? 20 : 17);
                List<DemoScores.Score> full = scored(unit, set);
                appraised.put(unit, full.stream().collect(Collectors.toMap(DemoScores.Score::criterionId,
                        score -> score)));
                scoresByUnit.put(unitId, new ArrayList<>(full.stream().map(DemoScores.Score::selfOnly).toList()));
                assessments.add(row(unit, set, "SUBMITTED", sent, false, "Cán bộ đầu mối CCHC", sent, 2));
            } else if (code.equals(JUSTICE) || ALSO_SUBMITTED.contains(code)) {
                Instant sent = code.equals(JUSTICE) ? justiceSent : sentDaysAgo(3 + ALSO_SUBMITTED.indexOf(code));
                scoresByUnit.put(unitId, ownScores(unit, set));
                boolean late = sent.atZone(clock.getZone()).toLocalDate().isAfter(closesOn);
                assessments.add(row(unit, set, "SUBMITTED", sent, late,
                        code.equals(JUSTICE) ? JUSTICE_OFFICER : "Cán bộ đầu mối CCHC", sent, 2));
            } else if (code.equals(FINANCE)) {
                Instant saved = sentDaysAgo(1);
                scoresByUnit.put(unitId, firstFields(ownScores(unit, set), set));
                assessments.add(row(unit, set, "DRAFT", null, null, FINANCE_OFFICER, saved, 3));
            } else {
                assessments.add(row(unit, set, "DRAFT", null, null, DemoSets.COORDINATOR, enrolled, 0));
            }
        }
        jdbc.batchUpdate("""
                insert into assessment (year, unit_id, set_id, status, submitted_at, late, updated_by, updated_at,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, assessments);
        units.stream().filter(unit -> unit.unit().code().equals(JUSTICE)).findFirst()
                .ifPresent(justice -> attachPlan(justice, scoresByUnit.get(justice.unit().id()), justiceSent));
        DemoAssessments.writeScores(jdbc, year, scoresByUnit);
        appraised.forEach((unit, lines) -> returns.returnTo(unit.unit(), lines,
                sentDaysAgo(unit.unit().code().equals(RESPONDED) ? 12 : 5),
                unit.unit().code().equals(RESPONDED) ? sentDaysAgo(3) : null));
    }

    /** A full self-assessment, somewhat generous, without appraisal. */
    private List<DemoScores.Score> ownScores(RatedUnit unit, DemoSets.LoadedSet set) {
        return new ArrayList<>(scored(unit, set).stream().map(DemoScores.Score::selfOnly).toList());
    }

    /** The unit's own scores with what the appraisal would give them. */
    private List<DemoScores.Score> scored(RatedUnit unit, DemoSets.LoadedSet set) {
        return scores.scores(set.lines(unit.waived()), set.surveyMax(), 82 + random.nextDouble() * 12,
                unit.overScoring(), unit.issuer(), year).scores();
    }

    /** The scores of the first three fields, the last of them above zero still waiting for its explanation. */
    private static List<DemoScores.Score> firstFields(List<DemoScores.Score> all, DemoSets.LoadedSet set) {
        Set<Long> early = set.ids().entrySet().stream()
                .filter(entry -> entry.getKey().matches("[123]\\..*"))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
        List<DemoScores.Score> saved = new ArrayList<>(all.stream()
                .filter(score -> early.contains(score.criterionId())).toList());
        for (int i = saved.size() - 1; i >= 0; i--) {
            DemoScores.Score score = saved.get(i);
            if (score.self().signum() > 0) {
                saved.set(i, new DemoScores.Score(score.criterionId(), score.self(), null, null, null, null));
                break;
            }
        }
        return saved;
    }

    /**
     * Links the unit's files to the criteria they back: up to two it already sent with its reports, or else its
     * year plan stored now as a PDF. A backed criterion needs no explanation.
     */
    private void attachPlan(RatedUnit unit, List<DemoScores.Score> unitScores, Instant sent) {
        DemoSets.LoadedSet set = sets.get(AssessedKind.of(unit.unit().kind()));
        long unitId = unit.unit().id();
        List<Long> files = evidence.ofUnit(unitId).stream().limit(BACKED.size()).map(UnitEvidence::id).toList();
        if (files.isEmpty()) {
            files = List.of(evidence.storeForUnit(unitId, new EvidenceFiles.Upload(set.ids().get("1.1.1"),
                    "Ke-hoach-CCHC-" + year + "-" + unit.unit().code() + ".pdf", EvidenceType.PDF, DemoPdf.page("UBND TINH KHANH HOA - SO TU PHAP",
                            "KE HOACH CAI CACH HANH CHINH NAM " + year, "Tai lieu kiem chung minh hoa cua du lieu mau.")),
                    JUSTICE_OFFICER, sent));
        }
        List<Object[]> links = new ArrayList<>();
        Set<Long> backed = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            for (String code : BACKED.get(i)) {
                long criterionId = set.ids().get(code);
                backed.add(criterionId);
                links.add(new Object[] {unitId, criterionId, files.get(i)});
            }
        }
        jdbc.batchUpdate("""
                insert into assessment_evidence (assessment_id, criterion_id, evidence_id)
                select id, ?, ? from assessment where year = ? and unit_id = ?
                """, links.stream().map(link -> new Object[] {link[1], link[2], year, link[0]}).toList());
        unitScores.replaceAll(score -> backed.contains(score.criterionId())
                ? new DemoScores.Score(score.criterionId(), score.self(), null, null, null, null) : score);
    }

    private Object[] row(RatedUnit unit, DemoSets.LoadedSet set, String status, Instant sent, Boolean late,
            String by, Instant at, int version) {
        return new Object[] {year, unit.unit().id(), set.id(), status, sent == null ? null : Timestamp.from(sent),
                late, by, Timestamp.from(at), version};
    }

    /** Some days before today, kept inside the window and never in the future. */
    private Instant sentDaysAgo(int days) {
        LocalDate day = today.minusDays(days);
        if (day.isAfter(closesOn)) {
            day = closesOn.minusDays(days);
        }
        if (day.isBefore(opensOn)) {
            day = opensOn;
        }
        return earlier(day.atTime(8 + days % 8, 10 + random.nextInt(45)).atZone(clock.getZone()).toInstant(),
                clock.instant());
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}
