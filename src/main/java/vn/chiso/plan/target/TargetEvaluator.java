package vn.chiso.plan.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import vn.chiso.index.IndexView;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.Measure;
import vn.chiso.index.ProvinceValue;

/**
 * Evaluates a target in one year against the province's published values. Nothing here is stored: targets are
 * evaluated each time they are read, so a new result changes their status at once.
 */
final class TargetEvaluator {

    private final TargetSpec target;
    private final IndexView index;
    private final NavigableMap<Integer, ProvinceValue> own;
    private final List<IndicatorView> children;
    private final Map<Long, TreeMap<Integer, ProvinceValue>> values;

    /**
     * @param values the province's values by indicator id: the target's indicator and, for a count of children,
     *        each child
     */
    TargetEvaluator(TargetSpec target, IndexView index, List<IndicatorView> children,
            Map<Long, TreeMap<Integer, ProvinceValue>> values) {
        this.target = target;
        this.index = index;
        this.children = children;
        this.values = values;
        this.own = values.getOrDefault(target.indicatorId(), new TreeMap<>());
    }

    TargetEvaluation in(int year) {
        return switch (target.kind()) {
            case SCORE_AT_LEAST -> scoreAtLeast(year);
            case RANK_AT_MOST -> rankAtMost(year);
            case GROUP_AT_LEAST -> groupAtLeast(year);
            case SCORE_IMPROVES -> scoreImproves(year);
            case RANK_IMPROVES -> rankImproves(year);
            case CHILDREN_IN_GROUP -> childrenInGroup(year);
        };
    }

    private TargetEvaluation scoreAtLeast(int year) {
        GapUnit unit = index.measure() == Measure.PERCENT ? GapUnit.PERCENT_POINTS : GapUnit.POINTS;
        ProvinceValue now = own.get(year);
        if (now == null || now.score() == null) {
            ProvinceValue latest = latestBefore(year, own, true);
            return TargetEvaluation.noData(year, unit, latest == null ? null : latest.year(),
                    latest == null ? null : positive(shortfall(latest.score())));
        }
        BigDecimal shortfall = shortfall(now.score());
        return shortfall.signum() <= 0 ? TargetEvaluation.met(year, now.score(), unit)
                : TargetEvaluation.below(year, now.score(), shortfall, unit);
    }

    /** How far a score is below the target value, in the index's direction (negative: above it). */
    private BigDecimal shortfall(BigDecimal score) {
        return index.higherIsBetter() ? target.value().subtract(score) : score.subtract(target.value());
    }

    private TargetEvaluation rankAtMost(int year) {
        ProvinceValue now = own.get(year);
        int limit = target.value().intValue();
        if (now == null || now.rank() == null) {
            ProvinceValue latest = latestBefore(year, own, false);
            return TargetEvaluation.noData(year, GapUnit.RANKS, latest == null ? null : latest.year(),
                    latest == null ? null : positive(BigDecimal.valueOf(latest.rank() - limit)));
        }
        return now.rank() <= limit ? TargetEvaluation.met(year, BigDecimal.valueOf(now.rank()), GapUnit.RANKS)
                : TargetEvaluation.below(year, BigDecimal.valueOf(now.rank()), BigDecimal.valueOf(now.rank() - limit),
                        GapUnit.RANKS);
    }

    private TargetEvaluation groupAtLeast(int year) {
        ProvinceValue now = own.get(year);
        int wanted = target.value().intValue();
        if (now == null || now.group() == null) {
            ProvinceValue latest = latestGroupBefore(year, own);
            return TargetEvaluation.noData(year, GapUnit.GROUPS, latest == null ? null : latest.year(),
                    latest == null ? null : positive(BigDecimal.valueOf(latest.group() - wanted)));
        }
        return now.group() <= wanted ? TargetEvaluation.met(year, BigDecimal.valueOf(now.group()), GapUnit.GROUPS)
                : TargetEvaluation.below(year, BigDecimal.valueOf(now.group()),
                        BigDecimal.valueOf(now.group() - wanted), GapUnit.GROUPS);
    }

    private TargetEvaluation scoreImproves(int year) {
        GapUnit unit = index.measure() == Measure.PERCENT ? GapUnit.PERCENT_POINTS : GapUnit.POINTS;
        ProvinceValue now = own.get(year);
        ProvinceValue before = latestBefore(year, own, true);
        if (now == null || now.score() == null || before == null) {
            return TargetEvaluation.noData(year, unit, before == null ? null : before.year(),
                    before == null ? null : target.value());
        }
        BigDecimal change = index.higherIsBetter() ? now.score().subtract(before.score())
                : before.score().subtract(now.score());
        boolean met = target.value().signum() > 0 ? change.compareTo(target.value()) >= 0 : change.signum() > 0;
        return met ? TargetEvaluation.met(year, change, unit)
                : TargetEvaluation.below(year, change, positive(target.value().subtract(change)), unit);
    }

    private TargetEvaluation rankImproves(int year) {
        ProvinceValue now = own.get(year);
        ProvinceValue before = latestBefore(year, own, false);
        if (now == null || now.rank() == null || before == null) {
            return TargetEvaluation.noData(year, GapUnit.RANKS, before == null ? null : before.year(),
                    before == null ? null : target.value());
        }
        int gained = before.rank() - now.rank();
        int wanted = target.value().intValue();
        return gained >= wanted ? TargetEvaluation.met(year, BigDecimal.valueOf(gained), GapUnit.RANKS)
                : TargetEvaluation.below(year, BigDecimal.valueOf(gained), BigDecimal.valueOf(wanted - gained),
                        GapUnit.RANKS);
    }

    /** "All 8 dimensions at least Trung bình cao", "at least 3 of them Cao": counted from each child's group. */
    private TargetEvaluation childrenInGroup(int year) {
        int required = target.childCount() == null ? children.size() : target.childCount();
        int[] counted = countChildren(year);
        int reaching = counted[0];
        int known = counted[1];
        if (known == 0) {
            Integer latest = latestYearWithChildGroups(year);
            return TargetEvaluation.noData(year, GapUnit.INDICATORS, latest,
                    latest == null ? null : positive(BigDecimal.valueOf(required - countChildren(latest)[0])));
        }
        if (reaching >= required) {
            return TargetEvaluation.met(year, BigDecimal.valueOf(reaching), GapUnit.INDICATORS);
        }
        if (reaching + (children.size() - known) >= required) {
            // the children without a group that year could still make up the count
            return TargetEvaluation.noData(year, GapUnit.INDICATORS, null, null);
        }
        return TargetEvaluation.below(year, BigDecimal.valueOf(reaching), BigDecimal.valueOf(required - reaching),
                GapUnit.INDICATORS);
    }

    /** {children in the group or better, children with a group at all} in a year. */
    private int[] countChildren(int year) {
        int reaching = 0;
        int known = 0;
        for (IndicatorView child : children) {
            ProvinceValue value = values.getOrDefault(child.id(), new TreeMap<>()).get(year);
            if (value != null && value.group() != null) {
                known++;
                if (value.group() <= target.value().intValue()) {
                    reaching++;
                }
            }
        }
        return new int[] {reaching, known};
    }

    private Integer latestYearWithChildGroups(int year) {
        Integer latest = null;
        for (IndicatorView child : children) {
            ProvinceValue value = latestGroupBefore(year, values.getOrDefault(child.id(), new TreeMap<>()));
            if (value != null && (latest == null || value.year() > latest)) {
                latest = value.year();
            }
        }
        return latest;
    }

    private static ProvinceValue latestBefore(int year, NavigableMap<Integer, ProvinceValue> values, boolean score) {
        for (ProvinceValue value : values.headMap(year, false).descendingMap().values()) {
            if (score ? value.score() != null : value.rank() != null) {
                return value;
            }
        }
        return null;
    }

    private static ProvinceValue latestGroupBefore(int year, NavigableMap<Integer, ProvinceValue> values) {
        for (ProvinceValue value : values.headMap(year, false).descendingMap().values()) {
            if (value.group() != null) {
                return value;
            }
        }
        return null;
    }

    private static BigDecimal positive(BigDecimal value) {
        return value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
