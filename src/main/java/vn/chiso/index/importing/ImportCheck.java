package vn.chiso.index.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.chiso.index.Catalogue;
import vn.chiso.index.GroupLabel;
import vn.chiso.index.IndexView;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.province.Province;
import vn.chiso.index.province.ProvinceNames;
import vn.chiso.index.result.ProvinceLine;
import vn.chiso.index.result.ResultValue;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.VietnameseText;
import vn.chiso.shared.table.Table;

/**
 * Checks a results file line by line against the index's indicators and the year's provinces. The file's first
 * column names the province; the others are indicator codes, {@code rank:<code>}, {@code group:<code>} and an
 * optional {@code note} (the reason a province was not ranked). A publisher's table pasted as it is also reads:
 * codes without the index's prefix, "total" for the aggregate, a region column ignored. Every problem is collected,
 * with its place.
 */
final class ImportCheck {

    private static final Set<String> PROVINCE_HEADERS = Set.of("province", "tinh", "tinh/thanh pho",
            "tinh, thanh pho", "tinh thanh pho", "ten tinh");
    private static final Set<String> NOTE_HEADERS = Set.of("note", "ghi chu", "ly do");
    /** Publishers' names for the aggregate column. */
    private static final Set<String> AGGREGATE_HEADERS = Set.of("total", "tong", "tong diem", "diem tong hop",
            "chi so tong hop");
    /** Columns of publishers' tables that carry nothing to save. */
    private static final Set<String> IGNORED_HEADERS = Set.of("region", "vung", "vung kinh te", "stt", "no");

    private final Catalogue catalogue;
    private final ProvinceNames names;
    private final List<Province> provinces;
    private final List<ImportProblem> problems = new ArrayList<>();

    private final Map<Integer, IndicatorView> scoreColumns = new LinkedHashMap<>();
    private final Map<Integer, IndicatorView> rankColumns = new HashMap<>();
    private final Map<Integer, IndicatorView> groupColumns = new HashMap<>();
    private int noteColumn = -1;

    private ImportCheck(Catalogue catalogue, ProvinceNames names, List<Province> provinces) {
        this.catalogue = catalogue;
        this.names = names;
        this.provinces = provinces;
    }

    static ImportPreview check(Table table, Catalogue catalogue, ProvinceNames names, List<Province> provinces,
            int year, String fileName) {
        return new ImportCheck(catalogue, names, provinces).run(table, year, fileName);
    }

    private ImportPreview run(Table table, int year, String fileName) {
        if (provinces.isEmpty()) {
            problems.add(ImportProblem.at(0, -1, null, "import.year.noProvinces", year));
            return new ImportPreview(year, fileName, problems, List.of(), List.of(), List.of());
        }
        if (table.lines().size() > ResultImports.MAX_LINES) {
            problems.add(ImportProblem.at(0, -1, null, "import.file.tooManyLines", table.lines().size(),
                    ResultImports.MAX_LINES));
            return new ImportPreview(year, fileName, problems, List.of(), List.of(), List.of());
        }
        readHeader(table);
        Map<Long, Integer> firstLineOf = new HashMap<>();
        List<PreviewRow> rows = new ArrayList<>();
        List<ProvinceLine> lines = new ArrayList<>();
        long aggregateId = catalogue.index().aggregate().id();
        for (Table.Line line : table.lines()) {
            Optional<Province> province = province(line, firstLineOf);
            Map<Long, ResultValue> values = values(line);
            if (province.isEmpty()) {
                continue;
            }
            String note = noteColumn < 0 ? "" : line.cell(noteColumn);
            ProvinceLine saved = new ProvinceLine(province.get().id(), values, note.isEmpty() ? null : note);
            lines.add(saved);
            ResultValue aggregate = values.get(aggregateId);
            rows.add(new PreviewRow(line.number(), line.cell(0), province.get().name(),
                    aggregate == null ? null : aggregate.score(), aggregate == null ? null : aggregate.rank(),
                    (int) values.values().stream().filter(value -> !value.isEmpty()).count(), saved.ranked(aggregateId),
                    saved.unrankedReason()));
        }
        List<String> missing = provinces.stream().filter(province -> !firstLineOf.containsKey(province.id()))
                .map(Province::name).toList();
        return new ImportPreview(year, fileName, problems, rows, missing, lines);
    }

    private void readHeader(Table table) {
        List<String> header = table.header();
        if (header.isEmpty() || !PROVINCE_HEADERS.contains(VietnameseText.fold(header.get(0)))) {
            problems.add(ImportProblem.at(1, 0, header.isEmpty() ? "" : header.get(0), "import.header.province"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int column = 1; column < header.size(); column++) {
            String text = header.get(column) == null ? "" : header.get(column).strip();
            int at = column;
            if (text.isEmpty()) {
                if (table.lines().stream().anyMatch(line -> !line.cell(at).isEmpty())) {
                    problems.add(ImportProblem.at(1, column, "", "import.header.blank"));
                }
                continue;
            }
            Integer earlier = seen.putIfAbsent(text.toUpperCase(Locale.ROOT), column);
            if (earlier != null) {
                problems.add(ImportProblem.at(1, column, text, "import.header.duplicate", text, Table.letter(earlier)));
                continue;
            }
            if (NOTE_HEADERS.contains(VietnameseText.fold(text))) {
                noteColumn = column;
            } else if (IGNORED_HEADERS.contains(VietnameseText.fold(text))) {
                continue;
            } else if (text.toLowerCase(Locale.ROOT).startsWith("rank:")) {
                indicator(text.substring(5), column, text).ifPresent(indicator -> rankColumns.put(at, indicator));
            } else if (text.toLowerCase(Locale.ROOT).startsWith("group:")) {
                indicator(text.substring(6), column, text).ifPresent(indicator -> groupColumns.put(at, indicator));
            } else {
                indicator(text, column, text).ifPresent(indicator -> scoreColumns.put(at, indicator));
            }
        }
        IndicatorView aggregate = catalogue.index().aggregate();
        if (!scoreColumns.containsValue(aggregate) && !rankColumns.containsValue(aggregate)) {
            problems.add(ImportProblem.at(1, -1, null, "import.header.aggregateMissing", aggregate.code()));
        }
    }

    /** An indicator by its code, its code without the index's prefix ("D1" in PAPI), or a name of the aggregate. */
    private Optional<IndicatorView> indicator(String code, int column, String header) {
        String wanted = code.strip();
        Optional<IndicatorView> indicator = catalogue.indicator(wanted)
                .or(() -> catalogue.indicator(catalogue.index().code() + "." + wanted))
                .or(() -> AGGREGATE_HEADERS.contains(VietnameseText.fold(wanted))
                        ? Optional.of(catalogue.index().aggregate()) : Optional.empty());
        if (indicator.isEmpty()) {
            problems.add(ImportProblem.at(1, column, header, "import.header.unknownCode", wanted,
                    catalogue.index().code()));
        }
        return indicator;
    }

    private Optional<Province> province(Table.Line line, Map<Long, Integer> firstLineOf) {
        String written = line.cell(0);
        if (written.isEmpty()) {
            problems.add(ImportProblem.at(line.number(), 0, null, "import.province.missing"));
            return Optional.empty();
        }
        Optional<Province> province = names.find(written);
        if (province.isEmpty()) {
            problems.add(ImportProblem.at(line.number(), 0, null, "import.province.unknown", written));
            return Optional.empty();
        }
        Integer first = firstLineOf.putIfAbsent(province.get().id(), line.number());
        if (first != null) {
            problems.add(ImportProblem.at(line.number(), 0, null, "import.province.duplicate", province.get().name(),
                    first));
            return Optional.empty();
        }
        return province;
    }

    private Map<Long, ResultValue> values(Table.Line line) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        Map<Long, Integer> ranks = new HashMap<>();
        Map<Long, Integer> groups = new HashMap<>();
        scoreColumns.forEach((column, indicator) -> score(line, column, indicator)
                .ifPresent(score -> scores.put(indicator.id(), score)));
        rankColumns.forEach((column, indicator) -> rank(line, column, indicator)
                .ifPresent(rank -> ranks.put(indicator.id(), rank)));
        groupColumns.forEach((column, indicator) -> group(line, column, indicator)
                .ifPresent(group -> groups.put(indicator.id(), group)));
        Map<Long, ResultValue> values = new HashMap<>();
        for (IndicatorView indicator : catalogue.indicators()) {
            long id = indicator.id();
            if (scores.containsKey(id) || ranks.containsKey(id)) {
                values.put(id, new ResultValue(scores.get(id), ranks.get(id), groups.get(id)));
            }
        }
        return values;
    }

    private Optional<BigDecimal> score(Table.Line line, int column, IndicatorView indicator) {
        String text = line.cell(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = Decimals.parse(text);
        if (number.isEmpty()) {
            problems.add(ImportProblem.at(line.number(), column, indicator.code(), "import.value.notNumber", text));
        } else if (!indicator.accepts(number.get())) {
            problems.add(ImportProblem.at(line.number(), column, indicator.code(), "import.value.outOfScale", text,
                    indicator.scaleMin().stripTrailingZeros(), indicator.scaleMax().stripTrailingZeros()));
            return Optional.empty();
        }
        return number;
    }

    private Optional<Integer> rank(Table.Line line, int column, IndicatorView indicator) {
        String text = line.cell(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> rank = Decimals.parseWhole(text).filter(n -> n > 0);
        if (rank.isEmpty()) {
            problems.add(ImportProblem.at(line.number(), column, "rank:" + indicator.code(), "import.rank.invalid", text));
        }
        return rank;
    }

    private Optional<Integer> group(Table.Line line, int column, IndicatorView indicator) {
        String text = line.cell(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        IndexView index = catalogue.index();
        Optional<Integer> group = index.groups().stream()
                .filter(label -> VietnameseText.fold(label.nameVi()).equals(VietnameseText.fold(text))
                        || VietnameseText.fold(label.nameEn()).equals(VietnameseText.fold(text))
                        || String.valueOf(label.position()).equals(text))
                .map(GroupLabel::position).findFirst();
        if (group.isEmpty()) {
            problems.add(ImportProblem.at(line.number(), column, "group:" + indicator.code(), "import.group.unknown",
                    text, String.join(", ", index.groups().stream().map(GroupLabel::nameVi).toList())));
        }
        return group;
    }
}
