package vn.chiso.assessment.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso.assessment.Appraisal;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.assessment.Thresholds;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.shared.DemoData;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Khánh Hòa's assessment of its own bodies. 2021 and 2022 are closed rounds whose ratings, computed from the units'
 * appraised scores and survey points, give what the province published: in 2021, of 44 provincial bodies and
 * district People's Committees 30 Tốt, 13 Khá, 1 Trung bình, of 136 communes 70 Tốt, 61 Khá, 5 Trung bình; in 2022
 * (seed 003) 30 of 43 Tốt and 13 Khá, 73 of 136 communes Tốt and 63 Khá. The round under way is placed around the
 * day the demo is built (see {@link DemoCalendar}). Each year has its criteria set for departments (also used by the
 * other provincial bodies), districts and communes. Written with batched SQL, from fixed random seeds: the same data
 * on every machine for the same day.
 */
@Component
@DemoData
@Order(DemoData.ASSESSMENTS)
class DemoAssessments implements ApplicationRunner {

    private static final List<String> DEPARTMENTS = List.of("SNV", "STC", "STP", "VPUBND", "SKHDT", "SXD", "SGTVT",
            "SCT", "SNNPTNT", "STNMT", "SVHTT", "SDL", "SGDDT", "SYT", "SLDTBXH", "SKHCN", "STTTT", "SNGV", "TTRA",
            "BDT", "BQLKKT");
    private static final List<String> DISTRICTS = List.of("NHATRANG", "CAMRANH", "NINHHOA", "VANNINH", "CAMLAM",
            "DIENKHANH", "KHANHVINH", "KHANHSON");
    private static final List<String> CENTRAL_AGENCIES = List.of("CAT", "BHXH", "CTHUE", "KBNN", "CHQ", "CTK");
    private static final List<String> PUBLIC_SERVICE = List.of("PTTH", "DHKH", "CDYT", "CDKTCN", "BQLDD", "BQLGT",
            "BQLNN", "BQLVNT");
    /** Rated in 2021, merged since. */
    private static final String MERGED = "BQLDAPT";
    /** Communes of the cities and plains do better than those of the mountain districts. */
    private static final Map<String, Double> DISTRICT_LEAD = Map.of("NHATRANG", 0.4, "CAMRANH", 0.2, "DIENKHANH",
            0.2, "CAMLAM", 0.0, "NINHHOA", 0.0, "VANNINH", -0.1, "KHANHVINH", -0.6, "KHANHSON", -0.8);

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final EvidenceFiles evidence;
    private final Clock clock;
    private final DemoCalendar calendar;
    private final Assessments assessments;
    private final Appraisal appraisal;
    private final SelfAssessment selfAssessment;
    private final TransactionTemplate transaction;

    DemoAssessments(JdbcTemplate jdbc, UnitService units, EvidenceFiles evidence, Clock clock, DemoCalendar calendar,
            Assessments assessments, Appraisal appraisal, SelfAssessment selfAssessment,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.units = units;
        this.evidence = evidence;
        this.clock = clock;
        this.calendar = calendar;
        this.assessments = assessments;
        this.appraisal = appraisal;
        this.selfAssessment = selfAssessment;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from criteria_set", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        List<UnitView> tree = units.tree();
        Map<String, UnitView> byCode = new HashMap<>();
        tree.forEach(unit -> byCode.put(unit.code(), unit));
        Random random = new Random(43);
        List<RatedUnit> provincial = provincial(byCode, random);
        List<RatedUnit> communes = communes(tree, byCode, random);
        List<RatedUnit> active = provincial.stream().filter(unit -> unit.unit().active()).toList();

        Thresholds usual = new Thresholds(percent(80), percent(65), percent(50));
        DemoPastRound past2021 = new DemoPastRound(jdbc, clock.getZone(), 2021, closesOn(2021), usual,
                round(2021, opensOn(2021), closesOn(2021), provincial, usual, LocalDateTime.of(2022, 3, 8, 10, 0)));
        past2021.write(provincial, 30, 13, 2, 3);
        past2021.write(communes, 70, 61, 6, 2);

        DemoPastRound past2022 = new DemoPastRound(jdbc, clock.getZone(), 2022, closesOn(2022), usual,
                round(2022, opensOn(2022), closesOn(2022), active, usual, LocalDateTime.of(2023, 2, 20, 10, 0)));
        past2022.write(active, 30, 13, 1, 2);
        past2022.write(communes, 73, 63, 4, 2);

        int year = calendar.assessmentYear();
        Map<AssessedKind, DemoSets.LoadedSet> current = round(year, calendar.assessmentOpensOn(),
                calendar.assessmentClosesOn(), active, new Thresholds(percent(85), percent(70), percent(50)), null);
        List<RatedUnit> enrolled = new ArrayList<>(active);
        enrolled.addAll(communes);
        CurrentUser coordinator = new CurrentUser(0, "demo", DemoSets.COORDINATOR, Role.COORDINATOR,
                byCode.get("SNV").id(), byCode.get("SNV").name());
        new DemoCurrentRound(jdbc, evidence, clock, calendar, current, new DemoReturnedAppraisals(jdbc, assessments,
                appraisal, selfAssessment, year, coordinator)).write(enrolled);
    }

    /**
     * The year's round (its window, thresholds, when the ranking was published) and its three sets, made before the
     * window opens, the departments' one waiving the regulations criterion for the bodies outside the province's
     * administration.
     */
    private Map<AssessedKind, DemoSets.LoadedSet> round(int year, LocalDate opens, LocalDate closes,
            List<RatedUnit> provincial, Thresholds thresholds, LocalDateTime published) {
        jdbc.update("""
                insert into assessment_year (year, opens_on, closes_on, good_from, fair_from, average_from,
                    published_at, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, year, Date.valueOf(opens), Date.valueOf(closes), thresholds.goodFrom(),
                thresholds.fairFrom(), thresholds.averageFrom(), published == null ? null : timestamp(published),
                DemoSets.COORDINATOR, timestamp(published == null ? opens.minusDays(14).atTime(9, 0) : published));
        DemoSets sets = new DemoSets(jdbc);
        Map<AssessedKind, DemoSets.LoadedSet> loaded = new EnumMap<>(AssessedKind.class);
        for (AssessedKind kind : AssessedKind.values()) {
            loaded.put(kind, sets.insert(kind, year, opens.minusDays(17).atTime(9, 0).atZone(clock.getZone())
                    .toInstant()));
        }
        sets.waive(loaded.get(AssessedKind.DEPARTMENT), DemoCriteria.REGULATIONS,
                provincial.stream().filter(RatedUnit::outside).map(unit -> unit.unit().id()).toList());
        return loaded;
    }

    /** The departments, districts, central agencies and public service units, then the body merged since 2021. */
    private static List<RatedUnit> provincial(Map<String, UnitView> byCode, Random random) {
        List<RatedUnit> rated = new ArrayList<>();
        List<String> codes = new ArrayList<>(DEPARTMENTS);
        codes.addAll(DISTRICTS);
        codes.addAll(CENTRAL_AGENCIES);
        codes.addAll(PUBLIC_SERVICE);
        codes.add(MERGED);
        for (String code : codes) {
            double lead = code.equals(MERGED) ? -5 : CENTRAL_AGENCIES.contains(code) ? 0.5
                    : PUBLIC_SERVICE.contains(code) ? -0.3 : DEPARTMENTS.contains(code) ? 0.2 : 0;
            boolean outside = CENTRAL_AGENCIES.contains(code) || PUBLIC_SERVICE.contains(code) || code.equals(MERGED);
            Optional.ofNullable(byCode.get(code)).ifPresent(unit -> rated.add(new RatedUnit(unit, outside,
                    DemoSets.COORDINATOR, random.nextGaussian() + lead, 0.2 + 0.75 * random.nextDouble())));
        }
        return rated;
    }

    /** The active communes of the eight rated districts (Trường Sa's are not rated), appraised by their district. */
    private static List<RatedUnit> communes(List<UnitView> tree, Map<String, UnitView> byCode, Random random) {
        Map<Long, String> districts = new HashMap<>();
        DISTRICTS.forEach(code -> Optional.ofNullable(byCode.get(code)).ifPresent(d -> districts.put(d.id(), code)));
        return tree.stream()
                .filter(unit -> unit.kind() == UnitKind.COMMUNE && unit.active() && unit.parentId() != null
                        && districts.containsKey(unit.parentId()))
                .map(unit -> new RatedUnit(unit, false, "Phòng Nội vụ " + byCode.get(districts.get(unit.parentId()))
                        .shortName(), random.nextGaussian() + DISTRICT_LEAD.get(districts.get(unit.parentId())),
                        0.2 + 0.75 * random.nextDouble()))
                .toList();
    }

    /** Writes every unit's scores of a year in one batch. */
    static void writeScores(JdbcTemplate jdbc, int year, Map<Long, List<DemoScores.Score>> scoresByUnit) {
        Map<Long, Long> assessmentOf = new HashMap<>();
        jdbc.query("select unit_id, id from assessment where year = ?",
                row -> {
                    assessmentOf.put(row.getLong("unit_id"), row.getLong("id"));
                }, year);
        List<Object[]> rows = new ArrayList<>();
        scoresByUnit.forEach((unitId, scores) -> scores.forEach(score -> rows.add(new Object[] {
                assessmentOf.get(unitId), score.criterionId(), score.self(), score.explanation(), score.appraised(),
                score.comment(), score.response()})));
        jdbc.batchUpdate("""
                insert into assessment_score (assessment_id, criterion_id, self_score, explanation, appraised_score,
                    appraisal_comment, response)
                values (?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /** The window of the closed rounds: 1/11–15/12. */
    private static LocalDate opensOn(int year) {
        return LocalDate.of(year, 11, 1);
    }

    private static LocalDate closesOn(int year) {
        return LocalDate.of(year, 12, 15);
    }

    private Timestamp timestamp(LocalDateTime local) {
        return Timestamp.from(local.atZone(clock.getZone()).toInstant());
    }

    private static BigDecimal percent(int value) {
        return BigDecimal.valueOf(value);
    }
}
