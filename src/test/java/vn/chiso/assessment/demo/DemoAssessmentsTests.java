package vn.chiso.assessment.demo;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentHeader;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.AssessmentView;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.Rating;
import vn.chiso.assessment.ScoreLine;
import vn.chiso.assessment.criteria.CriteriaSet;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.assessment.criteria.CriteriaTree;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.assessment.ranking.RankedUnit;
import vn.chiso.assessment.ranking.Rankings;
import vn.chiso.assessment.ranking.RatingCounts;
import vn.chiso.assessment.ranking.YearRanking;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo assessments reproduce Khánh Hòa's published ratings from the units' own scores: seed 003 (what the province
 * published for 2022) in the round before the one under way, the province's 2021 results the year before for the
 * trend, and a round under way around the day the demo was built.
 */
@ChisoTest
class DemoAssessmentsTests {

    @Autowired
    Rankings rankings;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentYears years;
    @Autowired
    CriteriaSets sets;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCalendar calendar;

    @Test
    void thePreviousRoundsRatingsComputedFromTheScoresAreThoseOfSeed003WithCorrectPercentages() {
        YearRanking ranking = rankings.ranking(previous());

        RatingCounts provincial = countsOf(ranking, "PROVINCIAL");
        assertThat(provincial.total()).isEqualTo(43);
        assertCount(provincial, Rating.GOOD, 30, "69.77");
        assertCount(provincial, Rating.FAIR, 13, "30.23");
        assertCount(provincial, Rating.AVERAGE, 0, "0");
        assertCount(provincial, Rating.WEAK, 0, "0");
        assertThat(countsOf(ranking, "DEPARTMENT").total()).isEqualTo(35);
        assertThat(countsOf(ranking, "DISTRICT").total()).isEqualTo(8);

        RatingCounts communes = countsOf(ranking, "COMMUNE");
        assertThat(communes.total()).isEqualTo(136);
        assertCount(communes, Rating.GOOD, 73, "53.68");
        assertCount(communes, Rating.FAIR, 63, "46.32");
        assertCount(communes, Rating.AVERAGE, 0, "0");
        assertThat(ranking.change(communes, Rating.GOOD)).isEqualTo(3);
        assertThat(ranking.change(communes, Rating.FAIR)).isEqualTo(2);
        assertThat(ranking.change(communes, Rating.AVERAGE)).isEqualTo(-5);
        assertThat(ranking.change(communes, Rating.WEAK)).isZero();
        assertThat(ranking.pending()).isZero();
    }

    @Test
    void theRatingsTwoRoundsAgoHaveOneAverageProvincialBodyAndFiveAverageCommunes() {
        YearRanking ranking = rankings.ranking(twoAgo());

        RatingCounts provincial = countsOf(ranking, "PROVINCIAL");
        assertThat(provincial.total()).isEqualTo(44);
        assertThat(List.of(provincial.count(Rating.GOOD), provincial.count(Rating.FAIR),
                provincial.count(Rating.AVERAGE), provincial.count(Rating.WEAK))).containsExactly(30, 13, 1, 0);
        RatingCounts communes = countsOf(ranking, "COMMUNE");
        assertThat(communes.total()).isEqualTo(136);
        assertThat(List.of(communes.count(Rating.GOOD), communes.count(Rating.FAIR),
                communes.count(Rating.AVERAGE), communes.count(Rating.WEAK))).containsExactly(70, 61, 5, 0);

        UnitView merged = units.findByCode("BQLDAPT").orElseThrow();
        assertThat(merged.active()).as("merged since").isFalse();
        assertThat(ranking.ofUnit(merged.id())).map(RankedUnit::rating).contains(Rating.AVERAGE);
        assertThat(rankings.ranking(previous()).ofUnit(merged.id())).isEmpty();
    }

    @Test
    void thePreviousRankingComparesEachUnitWithItsPlaceTheYearBefore() {
        YearRanking ranking = rankings.ranking(previous());
        long justice = unit("STP").id();
        RankedUnit unit = ranking.ofUnit(justice).orElseThrow();
        assertThat(unit.outOf()).isEqualTo(35);
        assertThat(unit.previous()).isNotNull();
        assertThat(unit.previous().outOf()).isEqualTo(36);
        assertThat(ranking.ofKind(AssessedKind.COMMUNE)).allSatisfy(commune ->
                assertThat(commune.previous()).isNotNull());
    }

    @Test
    void everyDemoScoreIsAWholeNumberOfStepsBetweenZeroAndTheMaximum() {
        Integer wrong = jdbc.queryForObject("""
                select count(*) from assessment_score s join assessment a on a.id = s.assessment_id
                    join criterion c on c.id = s.criterion_id
                where a.year between ? and ? and (
                    c.max_points is null or c.step is null
                    or s.self_score > c.max_points or s.appraised_score > c.max_points
                    or mod(s.self_score, c.step) <> 0 or mod(s.appraised_score, c.step) <> 0
                    or c.set_id <> a.set_id)
                """, Integer.class, twoAgo(), calendar.assessmentYear());
        assertThat(wrong).isZero();
        Integer scores = jdbc.queryForObject("""
                select count(*) from assessment_score s join assessment a on a.id = s.assessment_id
                where a.year in (?, ?)
                """, Integer.class, twoAgo(), previous());
        assertThat(scores).as("thousands of score lines").isGreaterThan(5000);
    }

    @Test
    void finalAssessmentsScoreEveryCriterionThatAppliesExplainEveryClaimAndSkipWaivedOnes() {
        Integer missing = jdbc.queryForObject("""
                select count(*) from assessment_line l join assessment a on a.id = l.assessment_id
                where a.year in (?, ?) and a.status = 'FINAL' and not exists (select 1 from assessment_score s
                    where s.assessment_id = l.assessment_id and s.criterion_id = l.criterion_id
                        and s.self_score is not null and s.appraised_score is not null)
                """, Integer.class, twoAgo(), previous());
        assertThat(missing).isZero();
        Integer waived = jdbc.queryForObject("""
                select count(*) from assessment_score s join assessment a on a.id = s.assessment_id
                where a.year between ? and ? and not exists (select 1 from assessment_line l
                    where l.assessment_id = s.assessment_id and l.criterion_id = s.criterion_id)
                """, Integer.class, twoAgo(), calendar.assessmentYear());
        assertThat(waived).isZero();
        Integer unexplained = jdbc.queryForObject("""
                select count(*) from assessment_score s join assessment a on a.id = s.assessment_id
                where a.year between ? and ? and a.status <> 'DRAFT' and s.self_score > 0
                    and coalesce(trim(s.explanation), '') = ''
                    and not exists (select 1 from assessment_evidence e
                        where e.assessment_id = s.assessment_id and e.criterion_id = s.criterion_id)
                """, Integer.class, twoAgo(), calendar.assessmentYear());
        assertThat(unexplained).isZero();
        Map<String, Object> past = jdbc.queryForMap("""
                select count(*) filter (where late) as late,
                    count(*) filter (where returned_at is not null) as returned,
                    count(*) filter (where submitted_at is null or finalized_at is null or survey_points is null)
                        as gaps
                from assessment where year in (?, ?)
                """, twoAgo(), previous());
        assertThat(((Number) past.get("late")).intValue()).isBetween(5, 20);
        assertThat(((Number) past.get("returned")).intValue()).isPositive();
        assertThat(((Number) past.get("gaps")).intValue()).isZero();
    }

    @Test
    void unitsClaimMoreThanTheAppraisalGivesAndSomeCriteriaLoseFarMorePointsThanOthers() {
        Map<String, Object> totals = jdbc.queryForMap("""
                select sum(self_score) as self, sum(appraised_score) as appraised,
                    count(*) filter (where self_score > appraised_score) as over,
                    count(*) filter (where self_score < appraised_score) as under
                from assessment_score s join assessment a on a.id = s.assessment_id where a.year = ?
                """, previous());
        assertThat((BigDecimal) totals.get("self")).isGreaterThan((BigDecimal) totals.get("appraised"));
        assertThat(((Number) totals.get("over")).intValue()).isGreaterThan(((Number) totals.get("under")).intValue());
        List<BigDecimal> lost = jdbc.queryForList("""
                select sum(c.max_points - s.appraised_score) from assessment_score s
                    join assessment a on a.id = s.assessment_id join criterion c on c.id = s.criterion_id
                    join criteria_set cs on cs.id = a.set_id
                where a.year = ? and cs.kind = 'DEPARTMENT' and c.code in ('3.3.2', '6.1.1', '7.2.2', '1.1.1', '1.2')
                group by c.code order by 1 desc
                """, BigDecimal.class, previous());
        assertThat(lost).hasSize(5);
        assertThat(lost.get(0)).isGreaterThan(lost.get(4).multiply(BigDecimal.valueOf(3)));
    }

    @Test
    void eachYearHasASetPerKindWithFieldsCriteriaAndSubCriteria() {
        for (int year : List.of(twoAgo(), previous(), calendar.assessmentYear())) {
            for (AssessedKind kind : AssessedKind.values()) {
                CriteriaSet set = sets.current(year, kind).orElseThrow();
                CriteriaTree tree = sets.tree(set.id());
                assertThat(tree.fields()).hasSize(7);
                assertThat(tree.selfMax(Set.of()).add(set.surveyPoints())).isEqualByComparingTo("100");
                assertThat(tree.scored()).hasSizeBetween(kind == AssessedKind.COMMUNE ? 20 : 30, 40);
                assertThat(tree.nodes()).anyMatch(node -> node.level() == 3);
                assertThat(tree.scored()).anyMatch(node -> node.level() == 2);
            }
        }
        assertThat(sets.current(twoAgo(), AssessedKind.DEPARTMENT).orElseThrow().surveyPoints())
                .isEqualByComparingTo("30");
        assertThat(field7(twoAgo())).isEqualTo("Hiện đại hóa hành chính");
        assertThat(field7(previous())).isEqualTo("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số");
    }

    @Test
    void centralAgenciesAndPublicServiceUnitsAreWaivedFromTheProvincesRegulations() {
        AssessmentView tax = assessments.view(previous(), unit("CTHUE").id());
        AssessmentView justice = assessments.view(previous(), unit("STP").id());
        Criterion regulations = tax.criteria().nodes().stream().filter(node -> node.code().equals("2.1"))
                .findFirst().orElseThrow();
        assertThat(tax.waived(regulations)).isTrue();
        assertThat(justice.waived(regulations)).isFalse();
        assertThat(tax.totals().maxPoints()).isEqualByComparingTo(justice.totals().maxPoints().subtract(
                BigDecimal.valueOf(3)));
        assertThat(tax.header().status()).isEqualTo(AssessmentStatus.FINAL);
    }

    @Test
    void theCurrentRoundIsOpenWithJusticeSubmittedAndFinanceStillInDraft() {
        int year = calendar.assessmentYear();
        AssessmentYear round = years.get(year);
        assertThat(round.opensOn()).isEqualTo(calendar.today().minusDays(36));
        assertThat(round.closesOn()).isEqualTo(calendar.today().plusDays(8));
        assertThat(round.thresholds()).isNotNull();
        assertThat(round.published()).isFalse();

        AssessmentView justice = assessments.view(year, unit("STP").id());
        AssessmentHeader header = justice.header();
        assertThat(header.submittedAt()).isNotNull();
        assertThat(header.status()).as("submitted, whatever another test did since").isNotEqualTo(
                AssessmentStatus.DRAFT);
        assertThat(header.setId()).isEqualTo(sets.current(year, AssessedKind.DEPARTMENT).orElseThrow().id());
        assertThat(justice.criteria().scored()).allSatisfy(criterion ->
                assertThat(justice.line(criterion.id()).selfScore()).isNotNull());
        Map<Long, List<Long>> criteriaByFile = justice.lines().values().stream()
                .flatMap(line -> line.evidence().stream().map(file -> Map.entry(file.id(), line.criterionId())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(criteriaByFile.values()).as("one file backing two criteria").anyMatch(list -> list.size() == 2);
        assertThat(justice.lines().values()).noneMatch(ScoreLine::needsExplanation);

        AssessmentView finance = assessments.view(year, unit("STC").id());
        assertThat(finance.header().status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(finance.lines()).isNotEmpty().hasSizeLessThan(finance.criteria().scored().size());
        assertThat(finance.lines().values()).filteredOn(ScoreLine::needsExplanation).hasSize(1);

        Map<AssessmentStatus, Long> statuses = assessments.summaries(year).stream()
                .filter(summary -> !summary.unitCode().matches(".*\\d.*"))
                .collect(Collectors.groupingBy(AssessmentSummary::status, Collectors.counting()));
        assertThat(statuses.get(AssessmentStatus.SUBMITTED)).isGreaterThanOrEqualTo(4);
        assertThat(statuses.get(AssessmentStatus.DRAFT)).isGreaterThan(150);
    }

    /** What waits in the coordinator's queue besides the submissions: an answered appraisal and an unanswered one. */
    @Test
    void healthAnsweredItsReturnedAppraisalAndPlanningAndInvestmentHasNotYet() {
        int year = calendar.assessmentYear();
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");

        AssessmentView health = assessments.view(year, unit("SYT").id());
        assertThat(health.status()).isEqualTo(AssessmentStatus.RESPONDED);
        assertThat(health.header().returnComment()).contains("bổ sung tài liệu kiểm chứng");
        assertThat(health.header().returnedAt().atZone(zone).toLocalDate()).isEqualTo(calendar.today().minusDays(12));
        assertThat(health.header().respondedAt().atZone(zone).toLocalDate()).isEqualTo(calendar.today().minusDays(3));
        List<ScoreLine> lowered = health.lines().values().stream()
                .filter(line -> line.appraisedScore().compareTo(line.selfScore()) < 0).toList();
        assertThat(lowered).isNotEmpty().allSatisfy(line -> {
            assertThat(line.appraisalComment()).isNotBlank();
            assertThat(line.response()).startsWith("Đơn vị đã bổ sung văn bản kiểm chứng");
        });

        AssessmentView planning = assessments.view(year, unit("SKHDT").id());
        assertThat(planning.status()).isEqualTo(AssessmentStatus.RETURNED);
        assertThat(planning.responseSent()).isFalse();
        assertThat(planning.header().returnedAt().atZone(zone).toLocalDate()).isEqualTo(calendar.today().minusDays(5));
        assertThat(planning.lines().values()).allSatisfy(line -> assertThat(line.appraisedScore()).isNotNull());
    }

    @Test
    void the136RatedCommunesSitUnderTheirEightDistricts() {
        Map<Long, UnitView> byId = units.tree().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        Map<String, Long> perDistrict = byId.values().stream()
                .filter(unit -> unit.kind() == UnitKind.COMMUNE && unit.code().matches("[A-Z]{2}-[A-Z]+"))
                .collect(Collectors.groupingBy(unit -> byId.get(unit.parentId()).code(), Collectors.counting()));
        assertThat(perDistrict).containsAllEntriesOf(Map.of("NHATRANG", 27L, "CAMRANH", 15L, "NINHHOA", 27L,
                "VANNINH", 13L, "CAMLAM", 14L, "DIENKHANH", 18L, "KHANHVINH", 14L, "KHANHSON", 8L));
        assertThat(unit("NT-VINHHOA").name()).isEqualTo("Ủy ban nhân dân phường Vĩnh Hòa");
        assertThat(unit("VN-TTVANGIA").shortName()).isEqualTo("UBND TT. Vạn Giã");
    }

    /** The round before the one under way: seed 003. */
    private int previous() {
        return calendar.assessmentYear() - 1;
    }

    /** Two rounds before the one under way: the province's 2021 results. */
    private int twoAgo() {
        return calendar.assessmentYear() - 2;
    }

    private String field7(int year) {
        return sets.tree(sets.current(year, AssessedKind.DEPARTMENT).orElseThrow().id()).fields().get(6).name();
    }

    private UnitView unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private static void assertCount(RatingCounts counts, Rating rating, int count, String percent) {
        assertThat(counts.count(rating)).as(rating.name()).isEqualTo(count);
        assertThat(counts.percent(rating)).as(rating.name() + " %").isEqualByComparingTo(percent);
    }

    /** A group's counts as the ranking page lists them. */
    private static RatingCounts countsOf(YearRanking ranking, String group) {
        return ranking.counts().stream().filter(counts -> counts.group().equals(group)).findFirst().orElseThrow();
    }
}
