package vn.chiso.index.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.province.Province;
import vn.chiso.index.province.ProvinceDirectory;
import vn.chiso.index.result.ResultQueries.CurrentSet;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.RuleViolationException;

/**
 * The province's own results typed in by a coordinator, for a year whose full table is not (yet) available. Saved
 * as a new version of the year: into the full table when there is one (its computed ranks are then computed
 * again), otherwise as the province's figures alone.
 */
@Service
public class ManualEntries {

    private final IndexCatalogue catalogue;
    private final ProvinceDirectory provinces;
    private final ResultQueries queries;
    private final ResultSetWriter writer;

    ManualEntries(IndexCatalogue catalogue, ProvinceDirectory provinces, ResultQueries queries, ResultSetWriter writer) {
        this.catalogue = catalogue;
        this.provinces = provinces;
        this.queries = queries;
        this.writer = writer;
    }

    /** What the form shows: each active indicator with its value this year and last year. */
    public List<ManualEntryLine> lines(Catalogue index, int year) {
        Map<Long, ResultCell> now = queries.current(index.index().id(), year).map(set -> queries.ours(set.id()))
                .orElse(Map.of());
        Map<Long, ResultCell> before = queries.current(index.index().id(), year - 1).map(set -> queries.ours(set.id()))
                .orElse(Map.of());
        return index.active().stream()
                .map(indicator -> new ManualEntryLine(indicator, now.get(indicator.id()), before.get(indicator.id())))
                .toList();
    }

    public Optional<CurrentSet> current(Catalogue index, int year) {
        return queries.current(index.index().id(), year);
    }

    @Transactional
    public void save(String indexCode, int year, ManualEntryForm form, String user) {
        Catalogue index = catalogue.catalogue(indexCode);
        Province ours = provinces.of(year).stream().filter(p -> p.code().equals(provinces.ourCode())).findFirst()
                .orElseThrow(() -> new RuleViolationException(null, "manual.province.missing", year));
        Optional<CurrentSet> current = queries.current(index.index().id(), year);
        List<ProvinceLine> previous = current.map(set -> queries.lines(set.id())).orElse(List.of());
        // Values of indicators the form does not show (retired ones) are kept; a cleared field clears its value.
        Map<Long, ResultValue> values = new HashMap<>(previous.stream().filter(line -> line.provinceId() == ours.id())
                .findFirst().map(ProvinceLine::values).orElse(Map.of()));
        typed(index, form).forEach((indicatorId, value) -> {
            if (value.isEmpty()) {
                values.remove(indicatorId);
            } else {
                values.put(indicatorId, value);
            }
        });
        if (values.isEmpty()) {
            throw new RuleViolationException(null, "manual.empty");
        }
        boolean complete = current.map(CurrentSet::complete).orElse(false);
        List<ProvinceLine> lines = new ArrayList<>();
        if (complete) {
            previous.stream().filter(line -> line.provinceId() != ours.id()).forEach(lines::add);
        }
        lines.add(new ProvinceLine(ours.id(), values, null));
        Integer typedCount = rankedCount(form);
        Integer rankedCount = typedCount != null ? typedCount : current.map(CurrentSet::rankedCount).orElse(null);
        String note = form.sourceNote() == null || form.sourceNote().isBlank()
                ? current.map(CurrentSet::sourceNote).orElse(null) : form.sourceNote().strip();
        writer.save(new NewResultSet(index.index(), year, complete, rankedCount, note, NewResultSet.Origin.MANUAL,
                null, user, lines));
    }

    private static Integer rankedCount(ManualEntryForm form) {
        if (form.rankedCount() == null || form.rankedCount().isBlank()) {
            return null;
        }
        return Decimals.parseWhole(form.rankedCount()).filter(count -> count > 0)
                .orElseThrow(() -> new RuleViolationException("rankedCount", "import.rankedCount.positive"));
    }

    /**
     * Every indicator's typed value (empty when cleared). All mistakes are reported at once, each on its field
     * ({@code values[i].score} and so on, as the form names them).
     */
    private static Map<Long, ResultValue> typed(Catalogue index, ManualEntryForm form) {
        Integer rankedCount = rankedCount(form);
        Map<Long, ResultValue> values = new HashMap<>();
        List<RuleViolationException> problems = new ArrayList<>();
        List<ManualValue> typed = form.values() == null ? List.of() : form.values();
        for (int i = 0; i < typed.size(); i++) {
            ManualValue value = typed.get(i);
            if (value == null || value.indicatorId() == null) {
                continue;
            }
            IndicatorView indicator = index.indicators().stream().filter(ind -> ind.id() == value.indicatorId())
                    .findFirst().orElseThrow(() -> new RuleViolationException(null, "manual.indicator.unknown"));
            String field = "values[" + i + "].";
            BigDecimal score = blank(value.score()) ? null : Decimals.parse(value.score()).orElse(null);
            if (!blank(value.score()) && score == null) {
                problems.add(new RuleViolationException(field + "score", "manual.score.notNumber"));
            } else if (score != null && !indicator.accepts(score)) {
                problems.add(new RuleViolationException(field + "score", "manual.score.outOfScale",
                        indicator.scaleMin().stripTrailingZeros(), indicator.scaleMax().stripTrailingZeros()));
            }
            Integer rank = blank(value.rank()) ? null : Decimals.parseWhole(value.rank()).orElse(null);
            if (!blank(value.rank()) && (rank == null || rank < 1)) {
                problems.add(new RuleViolationException(field + "rank", "manual.rank.positive"));
            } else if (rank != null && rankedCount != null && rank > rankedCount) {
                problems.add(new RuleViolationException(field + "rank", "manual.rank.range", rankedCount));
            }
            Integer group = blank(value.group()) ? null : Decimals.parseWhole(value.group()).orElse(-1);
            if (group != null && index.index().group(group).isEmpty()) {
                problems.add(new RuleViolationException(field + "group", "manual.group.unknown"));
            }
            values.put(indicator.id(), new ResultValue(score, rank, group));
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        return values;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
