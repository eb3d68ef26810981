package vn.chiso.index.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.importing.ImportForm;
import vn.chiso.index.importing.ResultImports;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** The result pages as browsers receive them. Imports here use years of their own (2011, 2018–2020). */
@ChisoTest
class IndexPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    ResultImports imports;

    @Test
    void everyRoleReadsTheResultsButOnlyCoordinatorsImportTypeInOrEditTheCatalogue() {
        for (Role role : Role.values()) {
            UserRow account = data.account(role);
            for (String page : new String[] {"/indices", "/indices/PAPI", "/indices/PAPI/indicators/PAPI.D2"}) {
                assertThat(mvc.get().uri(page).with(as(account))).as(role + " " + page).hasStatusOk();
            }
            HttpStatus writes = role == Role.COORDINATOR ? HttpStatus.OK : HttpStatus.FORBIDDEN;
            for (String page : new String[] {"/indices/PAPI/import", "/indices/PAPI/import/template?year=2022",
                    "/indices/PAPI/manual?year=2023", "/indices/PAPI/catalogue", "/indices/PAPI/catalogue/settings"}) {
                assertThat(mvc.get().uri(page).with(as(account))).as(role + " " + page).hasStatus(writes);
            }
        }
        UserRow leader = data.account(Role.LEADER);
        UserRow officer = data.account(Role.OFFICER);
        for (UserRow account : new UserRow[] {leader, officer}) {
            assertThat(mvc.post().uri("/indices/PAPI/import").multipart().file(csv("province,PAPI\nKhánh Hòa,40\n"))
                    .param("year", "2018").with(as(account)).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/indices/PAPI/manual?year=2018").with(as(account)).with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void thePapiPageShowsTheDemoResultsInVietnameseFormat() {
        String page = html(mvc.get().uri("/indices/PAPI?year=2022").with(as(data.account(Role.LEADER))).exchange());
        assertThat(page).contains("43,44", "16</span><span class=\"text-body-secondary\">/61", ">Cao<", "+1,75",
                "+24 bậc", "42,34", "+1,09", "Quảng Ninh", "Bắc Giang", "61 tỉnh, thành phố được xếp hạng.",
                "<nav aria-label=\"Vị trí trang\">");

        String english = html(mvc.get().uri("/indices/PAPI?year=2022&lang=en").with(as(data.account(Role.LEADER))).exchange());
        assertThat(english).contains("43.44", "42.34", "+24 places", ">High<", "<nav aria-label=\"Breadcrumb\">");
    }

    @Test
    void theOverviewShowsEachIndexLatestResultAgainstTheYearBefore() {
        String page = html(mvc.get().uri("/indices").with(as(data.account(Role.LEADER))).exchange());
        assertThat(page).contains("86,19 %", "25</span><span class=\"text-body-secondary\">/63", "+23 bậc",
                "84,40 %", "67,74", "+28 bậc");
    }

    @Test
    void theComparisonTableHighlightsOurProvinceAndSorts() {
        UserRow officer = data.account(Role.OFFICER);
        String byRank = html(mvc.get().uri("/indices/PAPI/indicators/PAPI?year=2022").with(as(officer)).exchange());
        assertThat(byRank).containsPattern("<tr data-ours=\"true\" class=\"table-primary fw-semibold\">\\s*<td class=\"rank\">16</td>")
                .containsOnlyOnce("data-ours=\"true\"");
        assertThat(byRank.indexOf("Quảng Ninh")).isLessThan(byRank.indexOf("Cao Bằng"));
        // other tests add earlier years to the shared database: the demo's two years end the trend
        assertThat(byRank).containsPattern("data-years=\"[\\d,]*2021,2022\"")
                .containsPattern("data-scores=\"[\\d.,]*41\\.6887,43\\.436882\"");

        String byName = html(mvc.get().uri("/indices/PAPI/indicators/PAPI?year=2022&sort=name").with(as(officer)).exchange());
        assertThat(byName.indexOf(">An Giang<")).isLessThan(byName.indexOf(">Yên Bái<"));
        assertThat(byName.indexOf(">Yên Bái<")).as("unranked last").isLessThan(byName.indexOf(">Bắc Giang<"));
    }

    @Test
    void aCoordinatorUploadsSeesEveryProblemByLineThenSavesACorrectedFile() {
        UserRow coordinator = data.account(Role.COORDINATOR);
        MvcTestResult uploaded = mvc.post().uri("/indices/PAPI/import").multipart()
                .file(csv("province,PAPI,PAPI.D1\nKhánh Hòa,43.44,abc\nAtlantis,40,5\n"))
                .param("year", "2018").param("sourceNote", "thử").with(as(coordinator)).with(csrf()).exchange();
        assertThat(uploaded).hasStatus(HttpStatus.FOUND);
        String preview = html(mvc.get().uri(uploaded.getResponse().getRedirectedUrl()).with(as(coordinator)).exchange());
        assertThat(preview).contains("Tệp có 2 lỗi; chưa có gì được lưu.", "\"abc\" không phải là số.",
                "Không tìm thấy tỉnh \"Atlantis\" trong danh sách tỉnh của năm này.")
                .containsPattern("<td class=\"line\">2</td>\\s*<td class=\"column\">\\s*<span>C</span>");

        MvcTestResult corrected = mvc.post().uri("/indices/PAPI/import").multipart()
                .file(csv("province,PAPI,PAPI.D1\nKhánh Hòa,43.44,4.5\nPhú Yên,40,5\n"))
                .param("year", "2018").with(as(coordinator)).with(csrf()).exchange();
        String id = corrected.getResponse().getRedirectedUrl().replaceAll(".*/", "");
        assertThat(html(mvc.get().uri("/indices/PAPI/import/" + id).with(as(coordinator)).exchange()))
                .contains("Tệp hợp lệ: 2 tỉnh, trong đó 2 tỉnh được xếp hạng.");
        assertThat(mvc.post().uri("/indices/PAPI/import/" + id + "/confirm").with(as(coordinator)).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/indices/PAPI?year=2018")
                .flash().containsEntry("success", "import.saved");
        assertThat(html(mvc.get().uri("/indices/PAPI?year=2018").with(as(coordinator)).exchange()))
                .contains("43,44");
    }

    @Test
    void anUploadWithoutFileOrYearKeepsWhatWasTypedAndSaysWhatIsMissing() {
        String page = html(mvc.post().uri("/indices/PAPI/import").multipart().param("year", "")
                .param("sourceNote", "Báo cáo PAPI").with(as(data.account(Role.COORDINATOR))).with(csrf()).exchange());
        assertThat(page).contains("Vui lòng chọn tệp kết quả.", "Vui lòng nhập năm của kết quả.",
                "value=\"Báo cáo PAPI\"");
    }

    @Test
    void templatesListTheYearsProvincesAndTheActiveCodes() throws IOException {
        UserRow coordinator = data.account(Role.COORDINATOR);
        MvcTestResult csv = mvc.get().uri("/indices/PAPI/import/template?year=2022&format=csv").with(as(coordinator))
                .exchange();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFprovince,PAPI,PAPI.D1,PAPI.D1.1");
        assertThat(text.lines()).hasSize(64).anyMatch(line -> line.startsWith("Khánh Hòa,"));
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("PAPI-2022.csv");

        String after = mvc.get().uri("/indices/PAPI/import/template?year=2025&format=csv").with(as(coordinator))
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after.lines()).hasSize(35).noneMatch(line -> line.startsWith("Ninh Thuận,"));

        byte[] xlsx = mvc.get().uri("/indices/PAPI/import/template?year=2022").with(as(coordinator)).exchange()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(64);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("PAPI");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
        }
    }

    @Test
    void theManualFormShowsScaleAndLastYearAndReadsDecimalCommas() {
        UserRow coordinator = data.account(Role.COORDINATOR);
        String form = html(mvc.get().uri("/indices/PAPI/manual?year=2023").with(as(coordinator)).exchange());
        assertThat(form).contains("1,00 – 10,00", "8,00 – 80,00", "Năm 2022")
                .containsPattern("<span>43,44</span>\\s*<span>\\(Hạng 16\\)</span>");

        long aggregate = Long.parseLong(form.replaceAll("(?s).*id=\"values0.indicatorId\" name=\"values\\[0]\\.indicatorId\" value=\"(\\d+)\".*", "$1"));
        String refused = html(mvc.post().uri("/indices/PAPI/manual?year=2011").with(as(coordinator)).with(csrf())
                .param("values[0].indicatorId", String.valueOf(aggregate)).param("values[0].score", "bốn mươi")
                .param("rankedCount", "63").exchange());
        assertThat(refused).contains("Vui lòng nhập một số, ví dụ 43,44.", "value=\"bốn mươi\"", "value=\"63\"");

        assertThat(mvc.post().uri("/indices/PAPI/manual?year=2011").with(as(coordinator)).with(csrf())
                .param("values[0].indicatorId", String.valueOf(aggregate)).param("values[0].score", "44,5")
                .param("values[0].rank", "12").param("rankedCount", "63"))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/indices/PAPI?year=2011");
        assertThat(html(mvc.get().uri("/indices/PAPI?year=2011").with(as(coordinator)).exchange()))
                .contains("44,50", "12</span><span class=\"text-body-secondary\">/63");
    }

    /** PAPI 2022's published groups end at ranks 16, 32 and 47: where equal quarters of 61 would put others. */
    @Test
    @Transactional
    void theDemoShowsThePublishedGroupsAtTheirBoundariesAndOnlyAComputedGroupIsMarked() throws IOException {
        UserRow leader = data.account(Role.LEADER);
        Document demo = Jsoup.parse(html(mvc.get().uri("/indices/PAPI/indicators/PAPI?year=2022").with(as(leader))
                .exchange()));
        assertThat(row(demo, "Khánh Hòa")).isEqualTo("16 Cao");
        assertThat(row(demo, "Đồng Tháp")).isEqualTo("32 Trung bình cao");
        assertThat(row(demo, "Phú Yên")).isEqualTo("47 Trung bình thấp");
        assertThat(row(demo, "Trà Vinh")).isEqualTo("48 Thấp");

        byte[] withoutGroups = new ClassPathResource("results/papi-2022-provinces.csv").getContentAsByteArray();
        imports.confirm("PAPI", imports.upload("PAPI", new ImportForm(2009, null, "không có nhóm"), "papi.csv",
                withoutGroups, "tester"), "tester");
        Document computed = Jsoup.parse(html(mvc.get().uri("/indices/PAPI/indicators/PAPI?year=2009")
                .with(as(leader)).exchange()));
        assertThat(row(computed, "Khánh Hòa")).isEqualTo("16 Cao (tính toán)");
    }

    /** A province's rank and group as its row in the comparison table reads. */
    private static String row(Document page, String province) {
        Element row = page.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst(".province") != null && tr.selectFirst(".province").text().equals(province))
                .findFirst().orElseThrow();
        return (row.selectFirst(".rank").text() + " " + row.selectFirst(".group").text()).trim();
    }

    @Test
    void aScoreOutsideTheScaleIsRefusedWithTheScaleInVietnameseNumbers() {
        long civicKnowledge = catalogue.catalogue("PAPI").indicator("PAPI.D1.1").orElseThrow().id();
        String refused = html(mvc.post().uri("/indices/PAPI/manual?year=2011").with(as(data.account(Role.COORDINATOR)))
                .with(csrf()).param("values[0].indicatorId", String.valueOf(civicKnowledge))
                .param("values[0].score", "3,1").param("rankedCount", "63").exchange());
        assertThat(refused).contains("Điểm nằm ngoài thang điểm 0,25 – 2,5.", "value=\"3,1\"");
    }

    @Test
    void theCataloguePagesShowMistakesOnTheirFieldsAndRefuseToDeleteAnIndicatorWithResults() {
        UserRow coordinator = data.account(Role.COORDINATOR);
        String catalogue = html(mvc.get().uri("/indices/PCI/catalogue").with(as(coordinator)).exchange());
        long aggregate = Long.parseLong(catalogue.replaceAll("(?s).*/indices/PCI/catalogue/new\\?parentId=(\\d+).*", "$1"));

        String refused = html(mvc.post().uri("/indices/PCI/catalogue").with(as(coordinator)).with(csrf())
                .param("code", "PAPI.Z1").param("parentId", String.valueOf(aggregate)).param("nameVi", "Chỉ số thử")
                .param("nameEn", "").param("scaleMin", "10").param("scaleMax", "1,5").exchange());
        assertThat(refused).contains("Vui lòng nhập tên tiếng Anh.", "value=\"Chỉ số thử\"", "value=\"PAPI.Z1\"");

        String code = TestData.unique("PCI.T").toUpperCase(java.util.Locale.ROOT);
        assertThat(mvc.post().uri("/indices/PCI/catalogue").with(as(coordinator)).with(csrf())
                .param("code", code).param("parentId", String.valueOf(aggregate)).param("nameVi", "Chỉ số thử")
                .param("nameEn", "Test").param("scaleMin", "0").param("scaleMax", "10").param("weight", "0,05"))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("success", "indicator.created");
        assertThat(html(mvc.get().uri("/indices/PCI/catalogue").with(as(coordinator)).exchange()))
                .contains(code, "0,05");

        String papi = html(mvc.get().uri("/indices/PAPI/catalogue").with(as(coordinator)).exchange());
        String d1 = papi.replaceAll("(?s).*data-code=\"PAPI.D1\".*?/indices/PAPI/catalogue/(\\d+)/edit.*", "$1");
        assertThat(mvc.post().uri("/indices/PAPI/catalogue/{id}/delete", d1).with(as(coordinator)).with(csrf()))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("failure", "indicator.delete.hasResults");
    }

    /** Two more full years of every province must not add statements to any result page. */
    @Test
    void theResultPagesRunAFixedNumberOfStatementsHoweverManyYearsAndProvinces() throws IOException {
        UserRow leader = data.account(Role.LEADER);
        String[] pages = {"/indices", "/indices/PAPI?year=2022", "/indices/PAPI/indicators/PAPI?year=2022",
                "/indices/PAPI/indicators/PAPI.D3?year=2022&sort=name"};
        long[] before = new long[pages.length];
        for (int i = 0; i < pages.length; i++) {
            before[i] = statements(pages[i], leader);
        }
        UserRow coordinator = data.account(Role.COORDINATOR);
        byte[] full = new ClassPathResource("results/papi-2022-provinces.csv").getContentAsByteArray();
        for (String year : new String[] {"2019", "2020"}) {
            String preview = mvc.post().uri("/indices/PAPI/import").multipart().file(new MockMultipartFile("file", "p.csv",
                    "text/csv", full)).param("year", year).with(as(coordinator)).with(csrf()).exchange()
                    .getResponse().getRedirectedUrl();
            mvc.post().uri(preview + "/confirm").with(as(coordinator)).with(csrf()).exchange();
        }
        for (int i = 0; i < pages.length; i++) {
            assertThat(statements(pages[i], leader)).as(pages[i]).isEqualTo(before[i]).isLessThanOrEqualTo(12);
        }
    }

    private long statements(String page, UserRow account) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(page).with(as(account))).hasStatusOk();
        return SqlStatements.count();
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "ket-qua.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String html(MvcTestResult result) {
        return Pages.html(result);
    }
}
