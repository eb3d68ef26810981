package vn.chiso.index.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorForm;
import vn.chiso.index.importing.ImportForm;
import vn.chiso.index.importing.ResultImports;
import vn.chiso.index.result.ManualEntries;
import vn.chiso.index.result.ManualEntryForm;
import vn.chiso.index.result.ManualValue;
import vn.chiso.index.result.ResultQueries;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoFiles;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * Published results for the demo, from {@code demo/results/}, entered the way a coordinator would: who follows which
 * indicator, the indicators the province adds, the publishers' tables of every province through the import, and
 * Khánh Hòa's other figures typed in from the reports.
 */
@Component
@DemoData
@Order(DemoData.RESULTS)
record DemoResults(IndexCatalogue catalogue, ResultImports imports, ManualEntries entries, ResultQueries results,
        UnitService units, DemoFiles files) implements ApplicationRunner {

    private static final String COORDINATOR = "noivu";

    @Override
    public void run(ApplicationArguments args) {
        if (!results.years(catalogue.index("PAPI").id()).isEmpty()) {
            return;
        }
        files.csv("results/lead-units.csv").forEach(row -> catalogue.assignLeadUnit(row.get("indicator"),
                unitId(row.get("unit"))));
        for (Map<String, String> row : files.csv("results/indicators.csv")) {
            Catalogue index = catalogue.catalogue(row.get("index"));
            long parent = row.get("parent") == null ? index.index().aggregate().id()
                    : index.indicator(row.get("parent")).orElseThrow().id();
            catalogue.addIndicator(row.get("index"), new IndicatorForm(row.get("code"), parent, row.get("name_vi"),
                    row.get("name_en"), new BigDecimal(row.get("scale_min")), new BigDecimal(row.get("scale_max")),
                    null, unitId(row.get("lead_unit")), Integer.valueOf(row.get("position"))));
        }
        for (Map<String, String> row : files.csv("results/imports.csv")) {
            byte[] content = files.bytes("results/" + row.get("file"));
            UUID staged = imports.upload(row.get("index"), new ImportForm(Integer.valueOf(row.get("year")),
                    row.get("ranked_count") == null ? null : Integer.valueOf(row.get("ranked_count")), row.get("source")), row.get("file"), content, COORDINATOR);
            imports.confirm(row.get("index"), staged, COORDINATOR);
        }
        Map<List<String>, List<Map<String, String>>> byEntry = new LinkedHashMap<>();
        files.csv("results/entries.csv").forEach(row -> byEntry.computeIfAbsent(List.of(row.get("index"),
                row.get("year"), row.get("source")), key -> new ArrayList<>()).add(row));
        byEntry.forEach((key, rows) -> {
            Catalogue index = catalogue.catalogue(key.get(0));
            List<ManualValue> values = rows.stream().map(row -> new ManualValue(index.indicator(row.get("indicator"))
                    .orElseThrow().id(), row.get("score"), row.get("rank"), null)).toList();
            entries.save(key.get(0), Integer.parseInt(key.get(1)), new ManualEntryForm(rows.get(0).get("ranked_count"),
                    key.get(2), values), COORDINATOR);
        });
    }

    private Long unitId(String code) {
        return code == null ? null : units.findByCode(code).map(UnitView::id).orElse(null);
    }
}
