package vn.chiso.assessment.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.unit.UnitKind;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * Self-assessed against appraised points from the final assessments: who over-scores and by how much, year over
 * year; the criteria where the units lose the most points; one unit criterion by criterion. Rolled back.
 *
 * <p>The departments' set: field 1 with 1.1 (max 10) and 1.2 (20); field 2 with 2.1 and under it 2.1.1 (30) and
 * 2.1.2 (40). Unit A scores 100 and is appraised 90 (the year before: 100 and 94); B, on a second version of the set,
 * 83 and 80; C, for whom 1.2 is waived, 58 and 60 of 80; D has only submitted. A commune scores 50 and gets 40 of 50.
 */
@ChisoTest
@Transactional
class ScoringAnalysisTests {

    private static final String MINUS = "\u2212";

    @Autowired
    ScoringAnalysis analysis;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AssessmentFixtures(jdbc);
    }

    @Test
    void theUnitsThatOverScoreTheMostAsAShareOfTheirMaximumComeFirst() {
        Units units = year(2081);

        YearAnalysis year = analysis.year(2081);

        assertThat(year.units()).extracting(UnitScoring::unitId)
                .containsExactly(units.commune(), units.a(), units.b(), units.c());
        UnitScoring a = year.unit(units.a()).orElseThrow();
        assertThat(a.year().selfPoints()).isEqualByComparingTo("100");
        assertThat(a.year().appraisedPoints()).isEqualByComparingTo("90");
        assertThat(a.year().overScored()).isEqualByComparingTo("10");
        assertThat(a.year().overScoredPercent()).isEqualByComparingTo("10.00");
        assertThat(a.previous().overScoredPercent()).isEqualByComparingTo("6.00");
        assertThat(a.change()).isEqualByComparingTo("4.00");
        UnitScoring c = year.unit(units.c()).orElseThrow();
        assertThat(c.year().maxPoints()).as("1.2 is waived").isEqualByComparingTo("80");
        assertThat(c.year().overScoredPercent()).isEqualByComparingTo("-2.50");
        assertThat(c.previous()).isNull();
        assertThat(year.unit(units.d())).as("not final").isEmpty();
        assertThat(year.unit(units.commune()).orElseThrow().year().overScoredPercent()).isEqualByComparingTo("20");
    }

    @Test
    void theCriteriaLosingTheMostPointsComeFirstMatchedByCodeAcrossVersions() {
        year(2083);

        List<CriterionLoss> losses = analysis.year(2083).lossesOf(AssessedKind.DEPARTMENT);

        assertThat(losses).extracting(CriterionLoss::code).containsExactly("2.1.2", "2.1.1", "1.2", "1.1");
        CriterionLoss most = losses.get(0);
        assertThat(most.name()).as("the latest version's name").isEqualTo("Tiêu chí 2.1.2 (sửa)");
        assertThat(most.units()).isEqualTo(3);
        assertThat(most.maxPoints()).isEqualByComparingTo("120");
        assertThat(most.appraisedPoints()).isEqualByComparingTo("99");
        assertThat(most.lost()).isEqualByComparingTo("21");
        assertThat(most.lostPerUnit()).isEqualByComparingTo("7");
        assertThat(most.lostPercent()).isEqualByComparingTo("17.50");
        assertThat(most.overScored()).isEqualByComparingTo("1");
        CriterionLoss waivedForOne = losses.get(2);
        assertThat(waivedForOne.units()).isEqualTo(2);
        assertThat(waivedForOne.maxPoints()).isEqualByComparingTo("40");
        assertThat(waivedForOne.lost()).isEqualByComparingTo("7");
        assertThat(waivedForOne.overScored()).isEqualByComparingTo("5");
        assertThat(analysis.year(2083).lossesOf(AssessedKind.COMMUNE)).singleElement()
                .satisfies(loss -> assertThat(loss.lost()).isEqualByComparingTo("10"));
        assertThat(analysis.year(2083).kinds()).containsExactly(AssessedKind.DEPARTMENT, AssessedKind.COMMUNE);
    }

    @Test
    void aUnitCriterionByCriterionInReadingOrderWithTheYearBefore() {
        Units units = year(2085);

        List<CriterionComparison> lines = analysis.unit(2085, units.a());

        assertThat(lines).extracting(CriterionComparison::code).containsExactly("1.1", "1.2", "2.1.1", "2.1.2");
        CriterionComparison first = lines.get(0);
        assertThat(first.selfScore()).isEqualByComparingTo("10");
        assertThat(first.appraisedScore()).isEqualByComparingTo("6");
        assertThat(first.overScored()).isEqualByComparingTo("4");
        assertThat(first.previousAppraisedScore()).isEqualByComparingTo("8");
        assertThat(first.change()).isEqualByComparingTo("-2");
        assertThat(analysis.unit(2085, units.c())).extracting(CriterionComparison::code)
                .containsExactly("1.1", "2.1.1", "2.1.2");
        assertThat(analysis.unit(2085, units.c()).get(0).hasPrevious()).isFalse();
        assertThat(analysis.unit(2085, units.d())).isEmpty();
    }

    @Test
    void theAnalysisPageShowsTheOverScoringTheLossesAndTheUnitChosen() {
        Units units = year(2087);
        UserRow leader = data.account(Role.LEADER);

        Document page = page("/assessments/2087/analysis?unit=" + units.a(), leader);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Phân tích điểm CCHC năm 2087");
        assertThat(page.select("#over-scoring tbody tr").eachAttr("data-unit")).containsExactly(
                String.valueOf(units.commune()), String.valueOf(units.a()), String.valueOf(units.b()),
                String.valueOf(units.c()));
        Element a = page.selectFirst("#over-scoring tr[data-unit=" + units.a() + "]");
        assertThat(a.selectFirst("[data-figure=over]").text()).isEqualTo("+10,00");
        assertThat(a.selectFirst("[data-figure=overPercent]").text()).isEqualTo("+10,00 %");
        assertThat(a.selectFirst("[data-figure=previous]").text()).isEqualTo("+6,00 %");
        assertThat(a.selectFirst("[data-figure=change]").text()).isEqualTo("+4,00");
        Element c = page.selectFirst("#over-scoring tr[data-unit=" + units.c() + "]");
        assertThat(c.selectFirst("[data-figure=over]").text()).isEqualTo(MINUS + "2,00");
        assertThat(c.selectFirst("[data-figure=overPercent]").text()).isEqualTo(MINUS + "2,50 %");
        assertThat(c.selectFirst("[data-figure=previous]").text()).isEqualTo("—");

        assertThat(page.select("#losses-DEPARTMENT tbody tr").eachAttr("data-code"))
                .containsExactly("2.1.2", "2.1.1", "1.2", "1.1");
        Element most = page.selectFirst("#losses-DEPARTMENT tr[data-code=2.1.2]");
        assertThat(most.selectFirst("th").text()).isEqualTo("2.1.2 Tiêu chí 2.1.2 (sửa)");
        assertThat(List.of("units", "max", "appraised", "lost", "lostPerUnit", "lostPercent", "over")).extracting(
                figure -> most.selectFirst("[data-figure=" + figure + "]").text())
                .containsExactly("3", "120,00", "99,00", "21,00", "7,00", "17,50 %", "+1,00");
        assertThat(page.selectFirst("#losses-COMMUNE")).isNotNull();

        assertThat(page.selectFirst("#unit-name").text()).startsWith(units.aName());
        assertThat(page.select("#unit-lines tbody tr").eachAttr("data-code"))
                .containsExactly("1.1", "1.2", "2.1.1", "2.1.2");
        Element first = page.selectFirst("#unit-lines tr[data-code=1.1]");
        assertThat(List.of("max", "self", "appraised", "over", "previous", "change")).extracting(
                figure -> first.selectFirst("[data-figure=" + figure + "]").text())
                .containsExactly("10,00", "10,00", "6,00", "+4,00", "8,00 / 10,00", MINUS + "2,00");
        assertThat(page.selectFirst("#unit-choice option[selected]").attr("value")).isEqualTo(String.valueOf(units.a()));

        // a unit without a final assessment, or no unit at all, is said so rather than an error
        assertThat(page("/assessments/2087/analysis?unit=" + units.d(), leader).selectFirst("#unit-none")).isNotNull();
        Document nonsense = page("/assessments/2087/analysis?unit=abc", leader);
        assertThat(nonsense.selectFirst("#unit-none")).isNull();
        assertThat(nonsense.selectFirst("#unit-lines")).isNull();
    }

    @Test
    void theSpreadsheetHasTheUnitsTheLossesOfEachKindAndTheUnitChosen() throws IOException {
        Units units = year(2089);

        byte[] xlsx = mvc.get().uri("/assessments/2089/analysis.xlsx?unit=" + units.a())
                .with(as(data.account(Role.COORDINATOR))).exchange().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet overScoring = workbook.getSheet("Tự chấm và thẩm định");
            Row first = overScoring.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(units.communeName());
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(20);
            Row a = overScoring.getRow(4);
            assertThat(a.getCell(5).getNumericCellValue()).isEqualTo(10);
            assertThat(a.getCell(8).getNumericCellValue()).isEqualTo(6);
            assertThat(a.getCell(9).getNumericCellValue()).isEqualTo(4);
            Row most = workbook.getSheet("Sở, ban, ngành cấp tỉnh").getRow(3);
            assertThat(most.getCell(0).getStringCellValue()).isEqualTo("2.1.2");
            assertThat(most.getCell(5).getNumericCellValue()).isEqualTo(21);
            assertThat(most.getCell(7).getNumericCellValue()).isEqualTo(17.5);
            Sheet unit = workbook.getSheet("Từng tiêu chí");
            assertThat(unit.getRow(3).getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(unit.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(8);
            assertThat(unit.getLastRowNum()).isEqualTo(3 + 3);
        }
    }

    @Test
    void theAnalysisSendsTheSameStatementsForTwiceTheUnits() {
        Units units = year(2091);
        UserRow leader = data.account(Role.LEADER);
        String page = "/assessments/2091/analysis?unit=" + units.a();
        String xlsx = "/assessments/2091/analysis.xlsx?unit=" + units.a();
        long pageStatements = statements(page, leader);
        long xlsxStatements = statements(xlsx, leader);

        for (int i = 0; i < 6; i++) {
            long unit = data.unit(UnitKind.DEPARTMENT).id();
            scores(fixtures.assessment(units.previousSet(), unit), "9", "8", "19", "18", "29", "27", "39", "35")
                    .status(AssessmentStatus.FINAL);
            scores(fixtures.assessment(units.set(), unit), "10", "7", "20", "20", "30", "22", "40", "31")
                    .status(AssessmentStatus.FINAL);
        }

        assertThat(statements(page, leader)).isEqualTo(pageStatements);
        assertThat(statements(xlsx, leader)).isEqualTo(xlsxStatements);
        assertThat(pageStatements).isLessThanOrEqualTo(10);
    }

    /** The year described above, and the year before for unit A. */
    private Units year(int year) {
        fixtures.year(year - 1, "90", "80", "70").year(year, "90", "80", "70");
        DepartmentSet before = DepartmentSet.of(fixtures, year - 1, "Tiêu chí 2.1.2");
        DepartmentSet first = DepartmentSet.of(fixtures, year, "Tiêu chí 2.1.2");
        DepartmentSet second = DepartmentSet.of(fixtures, year, "Tiêu chí 2.1.2 (sửa)");
        long a = data.unit(UnitKind.DEPARTMENT).id();
        before.score(fixtures.assessment(before.set(), a), "10", "8", "20", "18", "30", "28", "40", "40")
                .status(AssessmentStatus.FINAL);
        first.score(fixtures.assessment(first.set(), a), "10", "6", "20", "15", "30", "30", "40", "39")
                .status(AssessmentStatus.FINAL);
        long b = data.unit(UnitKind.DEPARTMENT).id();
        second.score(fixtures.assessment(second.set(), b), "10", "10", "18", "18", "25", "22", "30", "30")
                .status(AssessmentStatus.FINAL);
        long c = data.unit(UnitKind.OTHER_PROVINCIAL).id();
        fixtures.waive(first.ids().get("1.2"), c);
        first.score(fixtures.assessment(first.set(), c), "8", "10", null, null, "20", "20", "30", "30")
                .status(AssessmentStatus.FINAL);
        long d = data.unit(UnitKind.DEPARTMENT).id();
        first.score(fixtures.assessment(first.set(), d), "10", null, "20", null, "30", null, "40", null)
                .status(AssessmentStatus.SUBMITTED);
        AssessmentFixtures.SetBuilder communes = fixtures.set(year, AssessedKind.COMMUNE, "0");
        long only = communes.scored(communes.node(null, "1", "Lĩnh vực"), "1.1", "Tiêu chí xã", "50");
        long commune = data.unit(UnitKind.COMMUNE).id();
        fixtures.assessment(communes, commune).score(only, "50", "40").status(AssessmentStatus.FINAL);
        return new Units(a, b, c, d, commune, name(a), name(commune), first.set(), before.set());
    }

    private String name(long unitId) {
        return jdbc.queryForObject("select name from unit where id = ?", String.class, unitId);
    }

    private record Units(long a, long b, long c, long d, long commune, String aName, String communeName,
            AssessmentFixtures.SetBuilder set, AssessmentFixtures.SetBuilder previousSet) {
    }

    /** The departments' set; 1.2 is added last so that only the tree, not the order of insertion, reads right. */
    private record DepartmentSet(AssessmentFixtures.SetBuilder set, Map<String, Long> ids) {

        static DepartmentSet of(AssessmentFixtures fixtures, int year, String lastName) {
            AssessmentFixtures.SetBuilder set = fixtures.set(year, AssessedKind.DEPARTMENT, "0");
            Map<String, Long> ids = new HashMap<>();
            long one = set.node(null, "1", "Lĩnh vực 1");
            long two = set.node(null, "2", "Lĩnh vực 2");
            ids.put("1.1", set.scored(one, "1.1", "Tiêu chí 1.1", "10"));
            long criterion = set.node(two, "2.1", "Tiêu chí 2.1");
            ids.put("2.1.1", set.scored(criterion, "2.1.1", "Tiêu chí 2.1.1", "30", "0.5"));
            ids.put("2.1.2", set.scored(criterion, "2.1.2", lastName, "40"));
            ids.put("1.2", set.scored(one, "1.2", "Tiêu chí 1.2", "20"));
            return new DepartmentSet(set, ids);
        }

        /** Self and appraised scores of 1.1, 1.2, 2.1.1 and 2.1.2 in turn; a waived one is left null. */
        AssessmentFixtures.AssessmentBuilder score(AssessmentFixtures.AssessmentBuilder assessment, String... scores) {
            List<String> codes = List.of("1.1", "1.2", "2.1.1", "2.1.2");
            for (int i = 0; i < codes.size(); i++) {
                if (scores[2 * i] != null || scores[2 * i + 1] != null) {
                    assessment.score(ids.get(codes.get(i)), scores[2 * i], scores[2 * i + 1]);
                }
            }
            return assessment;
        }
    }

    /** Scores for a unit added to a set built by {@link #year}: the criteria in the order of their codes. */
    private AssessmentFixtures.AssessmentBuilder scores(AssessmentFixtures.AssessmentBuilder assessment,
            String... scores) {
        List<Long> criteria = jdbc.queryForList("""
                select c.id from criterion c join assessment a on a.set_id = c.set_id
                where a.id = ? and c.max_points is not null order by c.code
                """, Long.class, assessment.id());
        for (int i = 0; i < criteria.size(); i++) {
            assessment.score(criteria.get(i), scores[2 * i], scores[2 * i + 1]);
        }
        return assessment;
    }

    private long statements(String uri, UserRow user) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(user)).exchange()).as(uri).hasStatusOk();
        return SqlStatements.count();
    }

    private Document page(String uri, UserRow user) {
        var result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
