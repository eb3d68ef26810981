package vn.chiso.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoFiles;

/**
 * The bodies of Khánh Hòa before the 2025 reform, from {@code demo/units.csv}. Each unit is added when its code is
 * missing, so an older demo database gains the new ones. They are saved in batches, each unit after its parent: the
 * data is known to be valid, and creating some 200 units one by one through the service, each checking the whole
 * tree, took seconds at every start.
 */
@Component
@DemoData
@Order(DemoData.UNITS)
class DemoUnits implements ApplicationRunner {

    private final UnitRepository repository;
    private final DemoFiles files;

    DemoUnits(UnitRepository repository, DemoFiles files) {
        this.repository = repository;
        this.files = files;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> ids = new HashMap<>();
        repository.findAll().forEach(unit -> ids.put(unit.getCode(), unit.getId()));
        List<Map<String, String>> missing = new ArrayList<>(files.csv("units.csv").stream()
                .filter(row -> !ids.containsKey(row.get("code"))).toList());
        while (!missing.isEmpty()) {
            List<Map<String, String>> ready = missing.stream()
                    .filter(row -> row.get("parent") == null || ids.get(row.get("parent")) != null).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("demo/units.csv: no parent for " + missing.get(0).get("code"));
            }
            List<Unit> batch = ready.stream().map(row -> unit(row, ids)).toList();
            repository.saveAll(batch).forEach(unit -> ids.put(unit.getCode(), unit.getId()));
            missing.removeAll(ready);
        }
    }

    private static Unit unit(Map<String, String> row, Map<String, Long> ids) {
        Unit unit = new Unit(row.get("code"), row.get("name"), row.get("short_name"), UnitKind.valueOf(row.get("kind")),
                row.get("parent") == null ? null : ids.get(row.get("parent")));
        unit.setActive(Boolean.parseBoolean(row.get("active")));
        return unit;
    }
}
