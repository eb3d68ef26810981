package vn.chiso.index.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.result.ResultQueries;
import vn.chiso.index.result.TreeRow;
import vn.chiso.index.result.TreeYear;
import vn.chiso.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Importing results tables against PostgreSQL. Each test imports into a year of its own (before the demo's 2021
 * and 2022), since all tests share one database.
 */
@ChisoTest
class ResultImportTests {

    @Autowired
    ResultImports imports;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    ResultQueries results;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportTemplates templates;

    /** The published PAPI 2022 file exactly as shared: D1–D8, total, region; no ranks, no groups. */
    @Test
    void thePublishedPapiFileGivesKhanhHoa4344Rank16Of61AndTheNationalAverage4234() throws IOException {
        byte[] file = new ClassPathResource("results/papi-2022-provinces.csv").getContentAsByteArray();
        UUID id = imports.upload("PAPI", new ImportForm(2012, null, "tệp công bố"), "papi.csv", file, "tester");
        ImportPreview preview = imports.preview("PAPI", id);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rankedCount()).isEqualTo(61);
        imports.confirm("PAPI", id, "tester");

        TreeYear tree = tree(2012);
        TreeRow aggregate = tree.rows().get(0);
        assertThat(tree.rankedCount()).isEqualTo(61);
        assertThat(aggregate.ours().score().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("43.44");
        assertThat(aggregate.ours().rank()).isEqualTo(16);
        assertThat(aggregate.ours().rankPublished()).isFalse();
        assertThat(aggregate.rankedAmong()).isEqualTo(61);
        assertThat(aggregate.nationalAverage().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("42.34");
        assertThat(aggregate.gapToAverage().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.09");
        assertThat(aggregate.ours().group()).isEqualTo(1);
        assertThat(aggregate.ours().groupComputed()).isTrue();
        assertThat(aggregate.bestProvince()).isEqualTo("Quảng Ninh");
        assertThat(tree.unranked()).extracting("name").containsExactly("Bắc Giang", "Bắc Ninh");

        TreeRow d3 = tree.rows().stream().filter(row -> row.indicator().code().equals("PAPI.D3")).findFirst().orElseThrow();
        assertThat(d3.ours().score()).isEqualByComparingTo("4.4444003");
        assertThat(d3.rankedAmong()).as("Bắc Giang has a D3 score but is not ranked").isEqualTo(61);
    }

    @Test
    void theDemoFileWithPublishedGroupsKeepsThemAndMarksThemPublished() {
        TreeYear tree = tree(2022);
        TreeRow aggregate = tree.rows().get(0);
        assertThat(aggregate.ours().group()).isEqualTo(1);
        assertThat(aggregate.ours().groupPublished()).isTrue();
        assertThat(tree.unranked()).extracting("reason")
                .containsOnly("Không được xếp hạng năm 2022 (thiếu dữ liệu khảo sát)");
    }

    @Test
    void aFileWithEveryKindOfErrorIsRefusedWithLineAndColumnAndChangesNothing() {
        String csv = """
                province,PAPI,PAPI.D1,PAPI.D9
                Khánh Hòa,43.44,4.5,1
                Atlantis,40.00,4.0,1
                Ninh Thuận,abc,4.0,1
                Phú Yên,40.74,11,1
                Khanh Hoa,43.44,4.5,1
                """;
        long setsBefore = countSets();
        UUID id = upload(csv, 2013);
        ImportPreview preview = imports.preview("PAPI", id);

        assertThat(preview.canSave()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(1, "D", "import.header.unknownCode"),
                        tuple(3, "A", "import.province.unknown"),
                        tuple(4, "B", "import.value.notNumber"),
                        tuple(5, "C", "import.value.outOfScale"),
                        tuple(6, "A", "import.province.duplicate"));
        assertThatThrownBy(() -> imports.confirm("PAPI", id, "tester")).isInstanceOf(RuleViolationException.class);
        assertThat(countSets()).isEqualTo(setsBefore);
        assertThat(results.current(papi().index().id(), 2013)).isEmpty();
    }

    /** The XLSX template of a year, filled in as a coordinator would, imports like a CSV. */
    @Test
    void aFilledInXlsxTemplateImports() throws IOException {
        byte[] template = templates.xlsx("PCI", 2015);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                String province = row.getCell(0).getStringCellValue();
                if (province.equals("Khánh Hòa")) {
                    row.createCell(1).setCellValue(67.74);
                    row.createCell(8).setCellFormula("6.5+0.3");
                } else if (province.equals("Quảng Ninh")) {
                    row.createCell(1).setCellValue(73.02);
                }
            }
            workbook.setForceFormulaRecalculation(true);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            filled = out.toByteArray();
        }
        UUID id = imports.upload("PCI", new ImportForm(2015, 63, "PCI 2015"), "PCI-2015.xlsx", filled, "tester");
        ImportPreview preview = imports.preview("PCI", id);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rankedCount()).isEqualTo(2);
        imports.confirm("PCI", id, "tester");

        TreeYear tree = results.tree(catalogue.catalogue("PCI"), 2015).orElseThrow();
        assertThat(tree.rankedCount()).as("as given: the table publishes only part of the ranking").isEqualTo(63);
        assertThat(tree.rows().get(0).ours().score()).isEqualByComparingTo("67.74");
        assertThat(tree.rows().get(0).ours().rank()).isEqualTo(2);
        assertThat(tree.rows().stream().filter(row -> row.indicator().code().equals("PCI.S7")).findFirst()
                .orElseThrow().ours().score()).isEqualByComparingTo("6.8");
    }

    @Test
    void aYearWithoutAListOfProvincesIsRefusedAsSuch() {
        assertThat(imports.preview("PAPI", upload("province,PAPI\nKhánh Hòa,40\n", 2005)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.year.noProvinces");
    }

    @Test
    void aFileWithoutTheProvinceColumnOrTheAggregateIsRefused() {
        ImportPreview preview = imports.preview("PAPI", upload("tên,PAPI.D1\nKhánh Hòa,4.5\n", 2013));
        assertThat(preview.problems()).extracting(ImportProblem::messageKey)
                .containsExactlyInAnyOrder("import.header.province", "import.header.aggregateMissing");
    }

    @Test
    void tiedScoresShareTheirRankInAComputedRanking() {
        String csv = """
                province;PAPI;PAPI.D1
                Khánh Hòa;43,44;5
                Ninh Thuận;43,44;6
                Phú Yên;45,00;5
                Bình Định;40,10;4
                """;
        imports.confirm("PAPI", upload(csv, 2014), "tester");
        assertThat(results.comparison(results.current(papi().index().id(), 2014).orElseThrow().id(),
                papi().index().aggregate()))
                .extracting(row -> row.name(), row -> row.cell().rank(), row -> row.cell().group())
                .containsExactlyInAnyOrder(tuple("Phú Yên", 1, 1), tuple("Khánh Hòa", 2, 2), tuple("Ninh Thuận", 2, 2),
                        tuple("Bình Định", 4, 4));
    }

    @Test
    void publishedRanksAndGroupsWinOverComputedOnes() {
        String csv = """
                province,PAPI,rank:PAPI,group:PAPI
                Khánh Hòa,43.44,9,Trung bình cao
                Phú Yên,45.00,,
                """;
        imports.confirm("PAPI", upload(csv, 2016), "tester");
        TreeRow aggregate = tree(2016).rows().get(0);
        assertThat(aggregate.ours().rank()).isEqualTo(9);
        assertThat(aggregate.ours().rankPublished()).isTrue();
        assertThat(aggregate.ours().group()).isEqualTo(2);
        assertThat(aggregate.ours().groupPublished()).isTrue();
    }

    @Test
    void reimportingAYearReplacesItAndKeepsThePreviousVersionInHistory() {
        imports.confirm("PAPI", upload("province,PAPI\nKhánh Hòa,40.00\nPhú Yên,41.00\n", 2015), "tester");
        imports.confirm("PAPI", upload("province,PAPI\nKhánh Hòa,42.00\nPhú Yên,41.00\n", 2015), "tester");

        assertThat(tree(2015).rows().get(0).ours().score()).isEqualByComparingTo("42.00");
        assertThat(tree(2015).rows().get(0).ours().rank()).isEqualTo(1);
        assertThat(results.history(papi().index().id())).filteredOn(entry -> entry.year() == 2015)
                .extracting("version", "current").containsExactly(tuple(2, true), tuple(1, false));
    }

    @Test
    void namesWithoutDiacriticsAndShortFormsMatchTheirProvinces() {
        String csv = "province,PAPI\nKhanh Hoa,43\nTT Huế,44\nHCM,41\nBRVT,40\ntinh Dak Lak,39\n";
        ImportPreview preview = imports.preview("PAPI", upload(csv, 2017));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(PreviewRow::province)
                .containsExactly("Khánh Hòa", "Thừa Thiên Huế", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Đắk Lắk");
    }

    @Test
    void moreThanAThousandLinesOrTenMegabytesAreRefused() {
        StringBuilder csv = new StringBuilder("province,PAPI\n");
        for (int i = 0; i < 1001; i++) {
            csv.append("Khánh Hòa,40\n");
        }
        assertThat(imports.preview("PAPI", upload(csv.toString(), 2013)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.tooManyLines");

        byte[] large = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThatThrownBy(() -> imports.upload("PAPI", new ImportForm(2013, null, null), "big.csv", large, "tester"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("import.file.tooLarge"));
    }

    @Test
    void onlyCsvInUtf8AndXlsxAreReadWhateverTheFileIsCalled() {
        byte[] pdf = "%PDF-1.7\n\0\0binary".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.upload("PAPI", new ImportForm(2013, null, null), "ket-qua.csv", pdf, "tester"))
                .hasMessage("file.type");
        byte[] latin1 = "province,PAPI\nKh\u00e1nh H\u00f2a,40\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.upload("PAPI", new ImportForm(2013, null, null), "x.csv", latin1, "tester"))
                .hasMessage("file.notUtf8");
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> imports.upload("PAPI", new ImportForm(2013, null, null), "x.xlsx", notAWorkbook,
                "tester")).hasMessage("file.xlsxBroken");
    }

    private UUID upload(String csv, int year) {
        return imports.upload("PAPI", new ImportForm(year, null, null), "test.csv", csv.getBytes(StandardCharsets.UTF_8),
                "tester");
    }

    private TreeYear tree(int year) {
        return results.tree(papi(), year).orElseThrow();
    }

    private Catalogue papi() {
        return catalogue.catalogue("PAPI");
    }

    private long countSets() {
        return jdbc.queryForObject("select count(*) from result_set", Long.class);
    }
}
