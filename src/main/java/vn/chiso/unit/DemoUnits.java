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
 * missing, so an older demo database gains the new ones. They go straight to the repository, each unit after its
 * parent: the data is known to be valid, and creating some 200 units one by one through the service, each checking
 * the whole tree, took seconds at every start.
 */
@Component
@DemoData
@Order(DemoData.UNITS)
record DemoUnits(UnitRepository repository, DemoFiles files) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> ids = new HashMap<>();
        repository.findAll().forEach(unit -> ids.put(unit.code(), unit.id()));
        List<Map<String, String>> missing = new ArrayList<>(files.csv("units.csv").stream()
                .filter(row -> !ids.containsKey(row.get("code"))).toList());
        while (!missing.isEmpty()) {
            List<Map<String, String>> ready = missing.stream()
                    .filter(row -> row.get("parent") == null || ids.get(row.get("parent")) != null).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("demo/units.csv: no parent for " + missing.get(0).get("code"));
            }
            ready.forEach(row -> ids.put(row.get("code"), repository.insert(unit(row, ids))));
            missing.removeAll(ready);
        }
    }

    private static Unit unit(Map<String, String> row, Map<String, Long> ids) {
        return new Unit(null, row.get("code"), row.get("name"), row.get("short_name"),
                UnitKind.valueOf(row.get("kind")), row.get("parent") == null ? null : ids.get(row.get("parent")),
                Boolean.parseBoolean(row.get("active")));
    }
}
