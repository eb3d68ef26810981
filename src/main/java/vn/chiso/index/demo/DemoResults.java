package vn.chiso.index.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorForm;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.importing.ImportForm;
import vn.chiso.index.importing.ResultImports;
import vn.chiso.index.result.ManualEntries;
import vn.chiso.index.result.ManualEntryForm;
import vn.chiso.index.result.ManualValue;
import vn.chiso.index.result.ResultQueries;
import vn.chiso.shared.DemoData;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * Published results for the demo, entered the way a coordinator would: PAPI 2022 of every province imported from
 * the publisher's table (with the published groups), and Khánh Hòa's other figures typed in from the reports.
 */
@Component
@DemoData
@Order(DemoData.RESULTS)
class DemoResults implements ApplicationRunner {

    private static final String COORDINATOR = "noivu";

    private final IndexCatalogue catalogue;
    private final ResultImports imports;
    private final ManualEntries entries;
    private final ResultQueries results;
    private final UnitService units;

    DemoResults(IndexCatalogue catalogue, ResultImports imports, ManualEntries entries, ResultQueries results,
            UnitService units) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.entries = entries;
        this.results = results;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!results.years(catalogue.index("PAPI").id()).isEmpty()) {
            return;
        }
        leadUnits();
        importPapi2022();
        // PAPI 2021: dimension scores from the PAPI data files; the aggregate is their sum (41,69), rank 40.
        enter("PAPI", 2021, null, "PAPI 2021 (UNDP, MTTQ Việt Nam)", Map.of(
                "PAPI", value(sum("4.2126", "5.1384", "4.3029", "6.5459", "7.1076", "7.9986", "3.2812", "3.1015"), 40),
                "PAPI.D1", value("4.2126", null), "PAPI.D2", value("5.1384", null),
                "PAPI.D3", value("4.3029", null), "PAPI.D4", value("6.5459", null),
                "PAPI.D5", value("7.1076", null), "PAPI.D6", value("7.9986", null),
                "PAPI.D7", value("3.2812", null), "PAPI.D8", value("3.1015", null)));
        enter("PAR_INDEX", 2021, 63, "PAR INDEX 2021 (Bộ Nội vụ)", Map.of("PAR_INDEX", value("85.11", 48)));
        enter("PAR_INDEX", 2022, 63, "PAR INDEX 2022 (Bộ Nội vụ)", Map.of("PAR_INDEX", value("86.19", 25)));
        enter("SIPAS", 2021, 63, "SIPAS 2021 (Bộ Nội vụ)", Map.of("SIPAS", value("84.40", 56)));
        enter("PCI", 2021, 63, "PCI 2021 (VCCI): chỉ có thứ hạng", Map.of("PCI", value(null, 44)));
        enter("PCI", 2022, 63, "PCI 2022 (VCCI)", Map.of("PCI", value("67.74", 16)));
        departmentsSatisfaction();
    }

    /**
     * The province measures SIPAS for its own departments too (seed 003: 82,77 % in 2022): an indicator a
     * coordinator adds under SIPAS, with the province's figure only.
     */
    private void departmentsSatisfaction() {
        Catalogue sipas = catalogue.catalogue("SIPAS");
        IndicatorView aggregate = sipas.index().aggregate();
        catalogue.addIndicator("SIPAS", new IndicatorForm("SIPAS.DEPT", aggregate.id(),
                "Chỉ số hài lòng chung đối với khối cơ quan Sở (khảo sát của tỉnh)",
                "Satisfaction with the provincial departments (the province's own survey)", BigDecimal.ZERO,
                new BigDecimal("100"), null, units.findByCode("SNV").map(UnitView::id).orElse(null), 9));
        enter("SIPAS", 2022, null, "Khảo sát SIPAS của tỉnh năm 2022 (Thông báo kết luận Hội nghị ngày 28/02/2023)",
                Map.of("SIPAS.DEPT", value("82.77", null)));
    }

    /** Who follows what in Khánh Hòa, as the plan documents assign it. */
    private void leadUnits() {
        assign("PAPI.D1.4", "STC");
        assign("PAPI.D2.3", "STC");
        assign("PAR_INDEX", "SNV");
        assign("SIPAS", "SNV");
        assign("PAR_INDEX.F2", "STP");
        assign("PAR_INDEX.F3", "VPUBND");
        assign("PAR_INDEX.F6", "STC");
    }

    private void assign(String indicatorCode, String unitCode) {
        catalogue.assignLeadUnit(indicatorCode, units.findByCode(unitCode).map(UnitView::id).orElse(null));
    }

    private void importPapi2022() throws IOException {
        ClassPathResource file = new ClassPathResource("demo/papi-2022-provinces.csv");
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        UUID staged = imports.upload("PAPI", new ImportForm(2022, null, "PAPI 2022 (UNDP, MTTQ Việt Nam, công bố 12/4/2023)"),
                file.getFilename(), content, COORDINATOR);
        imports.confirm("PAPI", staged, COORDINATOR);
    }

    private void enter(String indexCode, int year, Integer rankedCount, String source, Map<String, ManualValue> byCode) {
        Catalogue index = catalogue.catalogue(indexCode);
        List<ManualValue> values = new ArrayList<>();
        byCode.forEach((code, value) -> values.add(new ManualValue(index.indicator(code).orElseThrow().id(),
                value.score(), value.rank(), value.group())));
        entries.save(indexCode, year, new ManualEntryForm(rankedCount == null ? null : rankedCount.toString(), source,
                values), COORDINATOR);
    }

    private static ManualValue value(Object score, Integer rank) {
        return new ManualValue(null, score == null ? null : score.toString(), rank == null ? null : rank.toString(), null);
    }

    private static BigDecimal sum(String... scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (String score : scores) {
            total = total.add(new BigDecimal(score));
        }
        return total;
    }
}
