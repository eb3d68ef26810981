package vn.chiso.index.province;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.chiso.shared.VietnameseText;

/**
 * Finds a province by the name a publisher or a person wrote: without diacritics, case or punctuation, without
 * "Tỉnh", "Thành phố" or "TP." in front, or by a known variant ("TT Huế", "HCM", "BRVT").
 */
public final class ProvinceNames {

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern PREFIX = Pattern.compile("^(tinh|thanh pho|tp|t p)\\s+");

    private final Map<String, Province> byKey = new HashMap<>();

    ProvinceNames(List<Province> provinces, Map<String, List<String>> aliasesByCode) {
        for (Province province : provinces) {
            byKey.put(key(province.name()), province);
            aliasesByCode.getOrDefault(province.code(), List.of()).forEach(alias -> byKey.putIfAbsent(key(alias), province));
        }
    }

    public Optional<Province> find(String written) {
        return Optional.ofNullable(byKey.get(key(written)));
    }

    static String key(String name) {
        String plain = NOT_LETTERS_OR_DIGITS.matcher(VietnameseText.fold(name)).replaceAll(" ").strip();
        return PREFIX.matcher(plain).replaceFirst("");
    }
}
