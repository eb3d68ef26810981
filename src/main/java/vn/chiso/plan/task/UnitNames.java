package vn.chiso.plan.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.chiso.shared.VietnameseText;
import vn.chiso.unit.UnitView;

/**
 * Finds the units a task file names: by code, full name or short name (diacritics and case do not matter), or by
 * the collective phrases plans use ("UBND các huyện, thị xã, thành phố", "các cơ quan, đơn vị, địa phương").
 */
final class UnitNames {

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> GROUPS = new HashMap<>();

    static {
        for (String phrase : List.of("cac co quan don vi dia phuong", "tat ca cac co quan don vi dia phuong",
                "tat ca don vi", "all units")) {
            GROUPS.put(phrase, "k:ALL");
        }
        for (String phrase : List.of("ubnd cac huyen", "ubnd cac huyen thi xa thanh pho", "ubnd cap huyen",
                "uy ban nhan dan cac huyen thi xa thanh pho", "cac huyen thi xa thanh pho")) {
            GROUPS.put(phrase, "k:DISTRICT");
        }
        for (String phrase : List.of("ubnd cap xa", "ubnd cac xa phuong thi tran", "ubnd cac xa")) {
            GROUPS.put(phrase, "k:COMMUNE");
        }
        for (String phrase : List.of("cac so ban nganh", "so ban nganh", "cac so")) {
            GROUPS.put(phrase, "k:DEPARTMENT");
        }
    }

    private final List<UnitView> active;
    private final Map<String, UnitView> byKey = new HashMap<>();

    UnitNames(List<UnitView> active) {
        this.active = active;
        for (UnitView unit : active) {
            byKey.putIfAbsent(key(unit.code()), unit);
            byKey.putIfAbsent(key(unit.name()), unit);
            byKey.putIfAbsent(key(unit.shortName()), unit);
        }
    }

    /** A lead as the task form expresses it: {@code u:<id>} for one unit, {@code k:<kind>} for a whole kind. */
    Optional<String> lead(String written) {
        String key = key(written);
        if (GROUPS.containsKey(key)) {
            return Optional.of(GROUPS.get(key));
        }
        return Optional.ofNullable(byKey.get(key)).map(unit -> "u:" + unit.id());
    }

    /** The units a name stands for: one unit, or every active unit of a named group. */
    Optional<List<Long>> units(String written) {
        return lead(written).map(lead -> lead.startsWith("u:") ? List.of(Long.parseLong(lead.substring(2)))
                : active.stream().filter(unit -> lead.equals("k:ALL") || lead.equals("k:" + unit.kind().name()))
                        .map(UnitView::id).toList());
    }

    private static String key(String text) {
        return NOT_LETTERS_OR_DIGITS.matcher(VietnameseText.fold(text)).replaceAll(" ").strip();
    }
}
