package vn.chiso.unit;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoFiles;

/**
 * The bodies of Khánh Hòa before the 2025 reform, from {@code demo/units.csv}, each after its parent. Each unit is
 * added when its code is missing, so an older demo database gains the new ones. They go straight to the repository:
 * the data is known to be valid, and creating some 200 units one by one through the service, each checking the whole
 * tree, took seconds at every start.
 */
@Component
@DemoData
@Order(DemoData.UNITS)
record DemoUnits(UnitRepository repository, DemoFiles files) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> ids = new HashMap<>();
        repository.findAll().forEach(unit -> ids.put(unit.code(), unit.id()));
        for (Map<String, String> row : files.csv("units.csv")) {
            String parent = row.get("parent");
            if (!ids.containsKey(row.get("code"))) {
                if (parent != null && !ids.containsKey(parent)) {
                    throw new IllegalStateException("demo/units.csv: " + row.get("code") + " comes before its parent");
                }
                ids.put(row.get("code"), repository.insert(new Unit(null, row.get("code"), row.get("name"),
                        row.get("short_name"), UnitKind.valueOf(row.get("kind")), ids.get(parent),
                        Boolean.parseBoolean(row.get("active")))));
            }
        }
    }
}
