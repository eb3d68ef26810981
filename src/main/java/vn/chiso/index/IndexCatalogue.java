package vn.chiso.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * The indices and their trees of indicators: what every page reads, and the changes coordinators make. An indicator
 * that has results is never deleted, only retired; codes never change once created.
 */
@Service
@Transactional(readOnly = true)
public class IndexCatalogue {

    private final GovernanceIndexRepository indices;
    private final IndicatorRepository indicators;
    private final UnitService units;

    IndexCatalogue(GovernanceIndexRepository indices, IndicatorRepository indicators, UnitService units) {
        this.indices = indices;
        this.indicators = indicators;
        this.units = units;
    }

    /** The four indices in their order, each with its groups and aggregate: two queries. */
    public List<IndexView> indices() {
        Map<Long, Indicator> aggregates = indicators.findAggregates().stream()
                .collect(Collectors.toMap(Indicator::indexId, Function.identity()));
        return indices.findAllWithGroups().stream()
                .map(index -> index.view(aggregates.get(index.id()).view(0)))
                .toList();
    }

    /** The named indices (a plan's, say) with their indicators, in catalogue order: two queries. */
    public List<Catalogue> catalogues(Collection<String> codes) {
        return all().stream().filter(index -> codes.contains(index.index().code())).toList();
    }

    /** Every index with every indicator, in tree order: two queries. */
    public List<Catalogue> all() {
        Map<Long, List<Indicator>> byIndex = indicators.findAll().stream()
                .collect(Collectors.groupingBy(Indicator::indexId));
        return indices.findAllWithGroups().stream().map(index -> {
            List<IndicatorView> tree = IndicatorTree.of(byIndex.getOrDefault(index.id(), List.of()));
            return new Catalogue(index.view(tree.get(0)), tree);
        }).toList();
    }

    /** One index with every indicator, in tree order: two queries. */
    public Catalogue catalogue(String indexCode) {
        GovernanceIndex index = indices.findByCodeWithGroups(indexCode.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Index", indexCode));
        List<IndicatorView> tree = IndicatorTree.of(indicators.findByIndexId(index.id()));
        return new Catalogue(index.view(tree.get(0)), tree);
    }

    public IndexView index(String indexCode) {
        return catalogue(indexCode).index();
    }

    @Transactional
    public void updateIndex(String indexCode, IndexForm form) {
        GovernanceIndex index = indices.findByCodeWithGroups(indexCode.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Index", indexCode));
        List<GroupLabel> groups = groups(form);
        Integer highestUsed = indicators.highestGroupUsed(index.id());
        if (highestUsed != null && highestUsed > groups.size()) {
            throw new RuleViolationException("groupsVi", "index.groups.inUse", highestUsed);
        }
        indices.describe(index.id(), form.nameVi().strip(), form.nameEn().strip(), form.publisher().strip(), form.measure(),
                Boolean.TRUE.equals(form.higherIsBetter()), groups);
    }

    @Transactional
    public long addIndicator(String indexCode, IndicatorForm form) {
        Catalogue catalogue = catalogue(indexCode);
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
        if (!code.startsWith(catalogue.index().code() + ".") || code.length() == catalogue.index().code().length() + 1) {
            throw new RuleViolationException("code", "indicator.code.prefix", catalogue.index().code() + ".");
        }
        if (indicators.existsByCode(code)) {
            throw new RuleViolationException("code", "indicator.code.taken", code);
        }
        IndicatorView parent = form.parentId() == null ? null : catalogue.indicators().stream()
                .filter(indicator -> indicator.id() == form.parentId()).findFirst().orElse(null);
        if (parent == null || parent.retired()) {
            throw new RuleViolationException("parentId", "indicator.parent.invalid");
        }
        checkDescription(form);
        return indicators.insert(Indicator.create(catalogue.index().id(), parent.id(), code, form));
    }

    /** Names, scale, weight, lead unit and position; a scale that would leave stored results outside is refused. */
    @Transactional
    public void updateIndicator(String indexCode, long id, IndicatorForm form) {
        Indicator indicator = indicatorOf(indexCode, id);
        checkDescription(form);
        IndicatorRepository.ScoreRange stored = indicators.scoreRange(id);
        if (stored.low() != null
                && (stored.low().compareTo(form.scaleMin()) < 0 || stored.high().compareTo(form.scaleMax()) > 0)) {
            throw new RuleViolationException("scaleMin", "indicator.scale.excludesResults",
                    stored.low().stripTrailingZeros(), stored.high().stripTrailingZeros());
        }
        indicators.describe(indicator.describedAs(form));
    }

    /** A retired indicator and everything under it leave templates and forms; its results stay. */
    @Transactional
    public void retire(String indexCode, long id) {
        Indicator indicator = indicatorOf(indexCode, id);
        if (indicator.parentId() == null) {
            throw new RuleViolationException(null, "indicator.aggregate.fixed");
        }
        List<Indicator> all = indicators.findByIndexId(indicator.indexId());
        indicators.setRetired(descendantsAndSelf(indicator, all).stream().map(Indicator::id).toList(), true);
    }

    @Transactional
    public void reactivate(String indexCode, long id) {
        Indicator indicator = indicatorOf(indexCode, id);
        Indicator parent = indicators.findById(indicator.parentId()).orElseThrow();
        if (parent.retired()) {
            throw new RuleViolationException(null, "indicator.reactivate.parentRetired");
        }
        indicators.setRetired(List.of(id), false);
    }

    /** Only an indicator without results and without children can be deleted; the others are retired. */
    @Transactional
    public void delete(String indexCode, long id) {
        Indicator indicator = indicatorOf(indexCode, id);
        if (indicator.parentId() == null) {
            throw new RuleViolationException(null, "indicator.aggregate.fixed");
        }
        if (indicators.hasResults(id)) {
            throw new RuleViolationException(null, "indicator.delete.hasResults");
        }
        if (indicators.existsByParentId(id)) {
            throw new RuleViolationException(null, "indicator.delete.hasChildren");
        }
        indicators.delete(id);
    }

    /** Names the unit that follows an indicator in the province (the demo data uses it; pages use the form). */
    @Transactional
    public void assignLeadUnit(String indicatorCode, Long unitId) {
        Indicator indicator = indicators.findByCode(indicatorCode)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorCode));
        indicators.setLeadUnit(indicator.id(), unitId);
    }

    private Indicator indicatorOf(String indexCode, long id) {
        long indexId = index(indexCode).id();
        return indicators.findById(id).filter(indicator -> indicator.indexId() == indexId)
                .orElseThrow(() -> new NotFoundException("Indicator", id));
    }

    private void checkDescription(IndicatorForm form) {
        if (form.scaleMin().compareTo(form.scaleMax()) >= 0) {
            throw new RuleViolationException("scaleMax", "indicator.scale.order");
        }
        if (form.weight() != null && form.weight().compareTo(BigDecimal.ZERO) < 0) {
            throw new RuleViolationException("weight", "indicator.weight.min");
        }
        if (form.leadUnitId() != null && units.find(form.leadUnitId()).filter(UnitView::active).isEmpty()) {
            throw new RuleViolationException("leadUnitId", "indicator.leadUnit.inactive");
        }
    }

    private static List<Indicator> descendantsAndSelf(Indicator root, List<Indicator> all) {
        List<Indicator> found = new ArrayList<>();
        found.add(root);
        for (int i = 0; i < found.size(); i++) {
            Long parent = found.get(i).id();
            all.stream().filter(node -> parent.equals(node.parentId())).forEach(found::add);
        }
        return found;
    }

    private static List<GroupLabel> groups(IndexForm form) {
        List<String> vietnamese = lines(form.groupsVi());
        List<String> english = lines(form.groupsEn());
        if (vietnamese.size() != english.size()) {
            throw new RuleViolationException("groupsEn", "index.groups.mismatch");
        }
        List<GroupLabel> groups = new ArrayList<>();
        for (int i = 0; i < vietnamese.size(); i++) {
            groups.add(new GroupLabel(i + 1, vietnamese.get(i), english.get(i)));
        }
        return groups;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(StringUtils::hasText).toList();
    }
}
