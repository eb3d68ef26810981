package vn.chiso.assessment.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;
import static vn.chiso.assessment.round.RoundSettingsPagesTests.flash;

/**
 * Survey points typed on the page or imported from a file: all saved, or nothing when one value is refused.
 * Rolled back.
 */
@ChisoTest
@Transactional
class SurveyPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    RoundFixtures fixtures;
    UserRow coordinator;
    int year;
    UnitView first;
    UnitView second;
    long firstId;
    long secondId;

    /** Two departments in a round whose set gives up to 10 survey points. */
    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(jdbc);
        coordinator = data.account(Role.COORDINATOR);
        year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        long set = fixtures.set(year, AssessedKind.DEPARTMENT, "10").id();
        first = data.unit(UnitKind.DEPARTMENT);
        second = data.unit(UnitKind.DEPARTMENT);
        firstId = fixtures.assessment(year, first.id(), set, AssessmentStatus.SUBMITTED, Instant.now(), false);
        secondId = fixtures.assessment(year, second.id(), set, AssessmentStatus.DRAFT, null, null);
    }

    @Test
    void theTypedPointsAreSavedTogether() {
        MvcTestResult saved = save(firstId, "5", secondId, "7,25").exchange();

        assertThat(saved).hasRedirectedUrl("/assessments/" + year + "/survey");
        assertThat(flash(saved)).containsEntry("success", "assessment.survey.saved").containsEntry("successArg", 2);
        assertThat(fixtures.surveyPoints(year, first.id())).isEqualByComparingTo("5");
        assertThat(fixtures.surveyPoints(year, second.id())).isEqualByComparingTo("7.25");
        Document page = page();
        assertThat(page.selectFirst("tr[data-assessment=" + secondId + "] input[name$=points]").val())
                .isEqualTo("7,25");
    }

    @Test
    void pointsAboveTheSetsMaximumAreRefusedBesideTheirLineAndNothingIsSaved() {
        Document page = Jsoup.parse(Pages.html(save(firstId, "5", secondId, "10,5").exchange()));

        assertThat(page.selectFirst("[id='lines[1].points-error']").text()).isEqualTo("Điểm phải từ 0 đến 10.");
        assertThat(page.selectFirst("[id='lines[0].points-error']")).isNull();
        assertThat(page.selectFirst("#lines1\\.points").val()).isEqualTo("10,5");
        assertThat(page.selectFirst("#lines0\\.points").val()).isEqualTo("5");
        assertThat(page.selectFirst(".alert-danger").text()).startsWith("Chưa lưu gì");
        assertThat(fixtures.surveyPoints(year, first.id())).isNull();
        assertThat(fixtures.surveyPoints(year, second.id())).isNull();
    }

    @Test
    void moreThanTwoDecimalsAndWordsAreRefused() {
        Document page = Jsoup.parse(Pages.html(save(firstId, "1,255", secondId, "tám").exchange()));

        assertThat(page.selectFirst("[id='lines[0].points-error']").text()).isEqualTo("Điểm có tối đa hai chữ số thập phân.");
        assertThat(page.selectFirst("[id='lines[1].points-error']").text()).isEqualTo("\"tám\" không phải là số.");
    }

    @Test
    void theSurveyPointsOfAFinalAssessmentDoNotChange() {
        jdbc.update("update assessment set status = 'FINAL', survey_points = 3 where id = ?", firstId);
        Document form = page();
        assertThat(form.selectFirst("tr[data-assessment=" + firstId + "] input[name$=points]").hasAttr("readonly"))
                .isTrue();

        Document refused = Jsoup.parse(Pages.html(save(firstId, "4", secondId, "6").exchange()));
        assertThat(refused.selectFirst("[id='lines[0].points-error']").text()).startsWith("Hồ sơ đã thẩm định xong");
        assertThat(fixtures.surveyPoints(year, first.id())).isEqualByComparingTo("3");
        assertThat(fixtures.surveyPoints(year, second.id())).isNull();

        // sent back unchanged, as the page sends it, it is no problem
        assertThat(save(firstId, "3", secondId, "6").exchange()).hasRedirectedUrl("/assessments/" + year + "/survey");
        assertThat(fixtures.surveyPoints(year, second.id())).isEqualByComparingTo("6");
    }

    @Test
    void anImportWithABadLineSavesNothingAndNamesTheLine() {
        String csv = "ma don vi,diem\n" + first.code() + ",4\n" + second.code() + ",11\nKHONG-CO,1\n"
                + first.code() + ",2\n";
        Document page = Jsoup.parse(Pages.html(upload(csv.getBytes(StandardCharsets.UTF_8), "diem.csv")));

        assertThat(page.selectFirst("#import-problems p").text()).isEqualTo("Không lưu gì: tệp có 3 dòng lỗi.");
        assertThat(page.select("#import-problems li").eachAttr("data-line")).containsExactly("3", "4", "5");
        assertThat(page.selectFirst("#import-problems li[data-line=3]").text())
                .isEqualTo("Dòng 3: Điểm phải từ 0 đến 10.");
        assertThat(page.selectFirst("#import-problems li[data-line=4]").text()).contains("KHONG-CO");
        assertThat(page.selectFirst("#import-problems li[data-line=5]").text()).contains("dòng 2");
        assertThat(fixtures.surveyPoints(year, first.id())).isNull();
        assertThat(fixtures.surveyPoints(year, second.id())).isNull();
    }

    @Test
    void aFileWithSemicolonsAndDecimalCommasIsImported() {
        String csv = "ma;diem\n" + first.code().toLowerCase() + ";4,5\n" + second.code() + ";6\n";
        MvcTestResult imported = upload(csv.getBytes(StandardCharsets.UTF_8), "diem.csv");

        assertThat(imported).hasRedirectedUrl("/assessments/" + year + "/survey");
        assertThat(flash(imported)).containsEntry("success", "assessment.survey.imported")
                .containsEntry("successArg", 2);
        assertThat(fixtures.surveyPoints(year, first.id())).isEqualByComparingTo("4.5");
        assertThat(fixtures.surveyPoints(year, second.id())).isEqualByComparingTo("6");
    }

    @Test
    void aFileWithoutHeadingIsImportedFromItsFirstLine() {
        String csv = first.code() + ",4.5\n" + second.code() + ",6\n";

        assertThat(upload(csv.getBytes(StandardCharsets.UTF_8), "diem.csv"))
                .hasRedirectedUrl("/assessments/" + year + "/survey");
        assertThat(fixtures.surveyPoints(year, first.id())).isEqualByComparingTo("4.5");
    }

    @Test
    void aCommaSeparatedLineWithADecimalCommaIsRefusedRatherThanMisread() {
        Document page = Jsoup.parse(Pages.html(upload((first.code() + ",8,5\n").getBytes(StandardCharsets.UTF_8),
                "diem.csv")));

        assertThat(page.selectFirst("#import-problems li[data-line=1]").text()).startsWith("Dòng 1: Dòng có nhiều hơn hai cột");
        assertThat(fixtures.surveyPoints(year, first.id())).isNull();
    }

    @Test
    void anXlsxFileIsImported() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Mã đơn vị");
            heading.createCell(1).setCellValue("Điểm");
            Row line = sheet.createRow(1);
            line.createCell(0).setCellValue(second.code());
            line.createCell(1).setCellValue(9.75);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(mvc.post().uri("/assessments/{y}/survey/import", year).multipart()
                .file(new MockMultipartFile("file", "diem.xlsx", null, xlsx)).with(as(coordinator)).with(csrf()))
                .hasRedirectedUrl("/assessments/" + year + "/survey");
        assertThat(fixtures.surveyPoints(year, second.id())).isEqualByComparingTo(new BigDecimal("9.75"));
    }

    @Test
    void anUnreadableFileIsRefusedBesideTheFileField() {
        Document page = Jsoup.parse(Pages.html(upload(new byte[] {0, 1, 2, 3}, "diem.csv")));

        assertThat(page.selectFirst("#file-error").text()).startsWith("Tệp không phải CSV hay XLSX");
    }

    private Document page() {
        return Jsoup.parse(Pages.html(mvc.get().uri("/assessments/{y}/survey", year).with(as(coordinator)).exchange()));
    }

    private MockMvcTester.MockMvcRequestBuilder save(long firstAssessment, String firstPoints, long secondAssessment,
            String secondPoints) {
        return mvc.post().uri("/assessments/{y}/survey", year).with(as(coordinator)).with(csrf())
                .param("lines[0].assessmentId", String.valueOf(firstAssessment)).param("lines[0].points", firstPoints)
                .param("lines[1].assessmentId", String.valueOf(secondAssessment))
                .param("lines[1].points", secondPoints);
    }

    private MvcTestResult upload(byte[] content, String name) {
        return mvc.post().uri("/assessments/{y}/survey/import", year).multipart()
                .file(new MockMultipartFile("file", name, "text/csv", content)).with(as(coordinator)).with(csrf())
                .exchange();
    }
}
