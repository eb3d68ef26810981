package vn.chiso.plan.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndexResults;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.ProvinceValue;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetRepository.Fewest;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;

/**
 * A plan's targets: what coordinators enter, and how each stands against the published results, evaluated when
 * read. Reading the targets of any number of plans takes four queries, or one against a catalogue and results
 * already read.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

    private final TargetRepository targets;
    private final IndexCatalogue catalogue;
    private final IndexResults results;

    TargetService(TargetRepository targets, IndexCatalogue catalogue, IndexResults results) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.results = results;
    }

    public List<TargetView> of(long planId) {
        return evaluate(targets.ofPlan(planId));
    }

    /** The targets of several plans, in plan order and their own order. */
    public List<TargetView> of(List<Long> planIds) {
        return evaluate(inPlanOrder(planIds));
    }

    /**
     * The targets of several plans evaluated against what the caller has already read, for pages that show the
     * results too: one query.
     *
     * @param catalogues the whole catalogue
     * @param values the province's values by indicator id, of every indicator the targets name or count
     */
    public List<TargetView> of(List<Long> planIds, List<Catalogue> catalogues,
            Map<Long, TreeMap<Integer, ProvinceValue>> values) {
        return evaluate(inPlanOrder(planIds), catalogues, values);
    }

    private List<TargetSpec> inPlanOrder(List<Long> planIds) {
        List<TargetSpec> found = new ArrayList<>(targets.ofPlans(planIds));
        found.sort((a, b) -> a.planId() == b.planId() ? Integer.compare(a.position(), b.position())
                : Integer.compare(planIds.indexOf(a.planId()), planIds.indexOf(b.planId())));
        return found;
    }

    public TargetSpec get(long planId, long targetId) {
        return targets.find(targetId).filter(target -> target.planId() == planId)
                .orElseThrow(() -> new NotFoundException("Target", targetId));
    }

    @Transactional
    public long add(PlanView plan, TargetForm form) {
        BigDecimal value = check(plan, form);
        return targets.insert(plan.id(), targets.count(plan.id()) + 1, Target.of(form, value));
    }

    @Transactional
    public void update(PlanView plan, long targetId, TargetForm form) {
        TargetSpec stored = get(plan.id(), targetId);
        if (form.version() == null || form.version() != stored.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        if (!targets.update(targetId, stored.version(), Target.of(form, check(plan, form)))) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
    }

    @Transactional
    public void delete(long planId, long targetId) {
        targets.delete(get(planId, targetId).id());
    }

    /** The rules every target follows; returns its value as a number. */
    private BigDecimal check(PlanView plan, TargetForm form) {
        int lastYear = form.lastYear() == null ? form.firstYear() : form.lastYear();
        if (lastYear < form.firstYear()) {
            throw new RuleViolationException("lastYear", "target.years.order");
        }
        if (!plan.covers(form.firstYear()) || !plan.covers(lastYear)) {
            throw new RuleViolationException("firstYear", "target.years.outsidePlan", plan.period());
        }
        Catalogue index = null;
        IndicatorView indicator = null;
        for (Catalogue candidate : catalogue.all()) {
            for (IndicatorView node : candidate.active()) {
                if (node.id() == form.indicatorId()) {
                    index = candidate;
                    indicator = node;
                }
            }
        }
        if (indicator == null) {
            throw new RuleViolationException("indicatorId", "target.indicator.required");
        }
        if (!plan.indexCodes().contains(index.index().code())) {
            throw new RuleViolationException("indicatorId", "target.indicator.notInPlan");
        }
        IndicatorView target = indicator;
        TargetKind kind = form.kind();
        if (kind.groupValue()) {
            if (form.group() == null) {
                throw new RuleViolationException("group", "target.group.required");
            }
            if (index.index().group(form.group()).isEmpty()) {
                throw new RuleViolationException("group", "target.group.unknown");
            }
            if (kind == TargetKind.CHILDREN_IN_GROUP) {
                long children = index.active().stream().filter(i -> Objects.equals(i.parentId(), target.id())).count();
                if (children == 0) {
                    throw new RuleViolationException("indicatorId", "target.children.none");
                }
                if (form.childCount() != null && form.childCount() > children) {
                    throw new RuleViolationException("childCount", "target.childCount.tooMany", children);
                }
            }
            return BigDecimal.valueOf(form.group());
        }
        if (form.value() == null || form.value().isBlank()) {
            throw new RuleViolationException("value", "target.value.required");
        }
        if (kind.wholeValue()) {
            Integer whole = Decimals.parseWhole(form.value()).filter(n -> n > 0)
                    .orElseThrow(() -> new RuleViolationException("value", "target.value.positiveWhole"));
            checkRank(kind, whole, form.firstYear(), lastYear);
            return BigDecimal.valueOf(whole);
        }
        BigDecimal value = Decimals.parse(form.value())
                .orElseThrow(() -> new RuleViolationException("value", "target.value.notNumber"));
        if (kind == TargetKind.SCORE_AT_LEAST && !indicator.accepts(value)) {
            throw new RuleViolationException("value", "target.value.outOfScale",
                    indicator.scaleMin().stripTrailingZeros(), indicator.scaleMax().stripTrailingZeros());
        }
        if (kind == TargetKind.SCORE_IMPROVES
                && (value.signum() < 0 || value.compareTo(indicator.scaleMax().subtract(indicator.scaleMin())) > 0)) {
            throw new RuleViolationException("value", "target.value.increase");
        }
        return value;
    }

    /**
     * A rank can be at most the number of provinces, and a rank can improve by fewer places than that, in every year
     * of the target: 63 provinces until 2024, 34 from 2025 (the provinces are data with validity periods,
     * counted as on 31 December of each year, as results count them). Years without provinces on record set no bound.
     */
    private void checkRank(TargetKind kind, int value, int firstYear, int lastYear) {
        if (kind != TargetKind.RANK_AT_MOST && kind != TargetKind.RANK_IMPROVES) {
            return;
        }
        Fewest year = targets.fewestProvinces(firstYear, lastYear).orElse(null);
        if (year == null) {
            return;
        }
        if (kind == TargetKind.RANK_AT_MOST && value > year.provinces()) {
            throw new RuleViolationException("value", "target.value.rankBeyondProvinces", year.provinces(),
                    year.year());
        }
        if (kind == TargetKind.RANK_IMPROVES && value >= year.provinces()) {
            throw new RuleViolationException("value", "target.value.placesBeyondProvinces", year.provinces(),
                    year.year());
        }
    }

    /** Evaluates targets against the province's results: the catalogue (2 queries) and the results (1 query). */
    private List<TargetView> evaluate(List<TargetSpec> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Catalogue> catalogues = catalogue.all();
        return evaluate(found, catalogues, results.ours(new Measured(catalogues, found).wanted()));
    }

    private static List<TargetView> evaluate(List<TargetSpec> found, List<Catalogue> catalogues,
            Map<Long, TreeMap<Integer, ProvinceValue>> values) {
        Measured measured = new Measured(catalogues, found);
        return found.stream().map(spec -> {
            Catalogue index = measured.catalogueOf().get(spec.indicatorId());
            List<IndicatorView> children = measured.childrenOf().get(spec.id());
            TargetEvaluator evaluator = new TargetEvaluator(spec, index.index(), children, values);
            List<TargetEvaluation> years = new ArrayList<>();
            for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
                years.add(evaluator.in(year));
            }
            TargetEvaluation headline = years.stream().filter(e -> e.status() != TargetStatus.NO_DATA)
                    .reduce((first, second) -> second).orElse(years.get(0));
            return new TargetView(spec, index.index(), measured.indicators().get(spec.indicatorId()), children,
                    years, headline);
        }).toList();
    }

    /**
     * What the targets are measured on: each indicator with its index, the children a count of children counts, and
     * the indicators whose results are wanted.
     */
    private record Measured(Map<Long, Catalogue> catalogueOf, Map<Long, IndicatorView> indicators,
            Map<Long, List<IndicatorView>> childrenOf, Set<Long> wanted) {

        Measured(List<Catalogue> catalogues, List<TargetSpec> found) {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>());
            for (Catalogue index : catalogues) {
                index.indicators().forEach(indicator -> {
                    catalogueOf.put(indicator.id(), index);
                    indicators.put(indicator.id(), indicator);
                });
            }
            for (TargetSpec spec : found) {
                wanted.add(spec.indicatorId());
                List<IndicatorView> children = spec.kind() == TargetKind.CHILDREN_IN_GROUP
                        ? catalogueOf.get(spec.indicatorId()).active().stream()
                                .filter(i -> Objects.equals(i.parentId(), spec.indicatorId())).toList()
                        : List.of();
                childrenOf.put(spec.id(), children);
                children.forEach(child -> wanted.add(child.id()));
            }
        }
    }
}
