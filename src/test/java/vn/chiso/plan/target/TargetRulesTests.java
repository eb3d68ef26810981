package vn.chiso.plan.target;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rank target stays within the provinces of its years: 63 until 2024, 34 from 2025; a save over a newer version
 * of a target is refused.
 */
@ChisoTest
class TargetRulesTests {

    @Autowired
    TargetService targets;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    IndexCatalogue catalogue;

    @Test
    void aRankIsAtMostTheNumberOfProvincesOfEachYear() {
        PlanView plan = fixtures.plan(2022, 2030, "PAR_INDEX");
        assertThat(targets.add(plan, rank(TargetKind.RANK_AT_MOST, "63", 2023, null))).isPositive();
        refused(plan, rank(TargetKind.RANK_AT_MOST, "64", 2023, null), "target.value.rankBeyondProvinces", 63, 2023);
        refused(plan, rank(TargetKind.RANK_AT_MOST, "100", 2023, null), "target.value.rankBeyondProvinces", 63, 2023);
        refused(plan, rank(TargetKind.RANK_AT_MOST, "35", 2025, null), "target.value.rankBeyondProvinces", 34, 2025);
        refused(plan, rank(TargetKind.RANK_AT_MOST, "40", 2022, 2026), "target.value.rankBeyondProvinces", 34, 2025);
        assertThat(targets.add(plan, rank(TargetKind.RANK_AT_MOST, "30", 2022, 2030))).isPositive();
    }

    @Test
    void aRankImprovesByFewerPlacesThanThereAreProvinces() {
        PlanView plan = fixtures.plan(2023, 2027, "PAR_INDEX");
        assertThat(targets.add(plan, rank(TargetKind.RANK_IMPROVES, "62", 2023, null))).isPositive();
        refused(plan, rank(TargetKind.RANK_IMPROVES, "63", 2023, null), "target.value.placesBeyondProvinces", 63,
                2023);
        refused(plan, rank(TargetKind.RANK_IMPROVES, "34", 2026, 2027), "target.value.placesBeyondProvinces", 34,
                2026);
        assertThat(targets.add(plan, rank(TargetKind.RANK_IMPROVES, "1", 2026, 2027))).isPositive();
    }

    @Test
    void aSaveOverANewerVersionIsRefusedAndTheNewerOneStays() {
        PlanView plan = fixtures.plan(2023, 2027, "PAR_INDEX");
        long id = targets.add(plan, rank(TargetKind.RANK_AT_MOST, "30", 2023, null));
        int opened = targets.get(plan.id(), id).version();
        targets.update(plan, id, opened(rank(TargetKind.RANK_AT_MOST, "25", 2023, null), opened));
        assertThatThrownBy(() -> targets.update(plan, id, opened(rank(TargetKind.RANK_AT_MOST, "20", 2023, null),
                opened))).isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("edit.concurrent"));
        TargetSpec stored = targets.get(plan.id(), id);
        assertThat(stored.value()).isEqualByComparingTo("25");
        assertThat(stored.version()).isEqualTo(opened + 1);
        assertThat(stored.position()).isEqualTo(1);
    }

    private void refused(PlanView plan, TargetForm form, String messageKey, Object... args) {
        assertThatThrownBy(() -> targets.add(plan, form)).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("value");
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                    assertThat(refused.args()).containsExactly(args);
                });
    }

    private static TargetForm opened(TargetForm form, int version) {
        return new TargetForm(form.indicatorId(), form.kind(), form.value(), form.group(), form.childCount(),
                form.firstYear(), form.lastYear(), form.wording(), version);
    }

    private TargetForm rank(TargetKind kind, String value, int firstYear, Integer lastYear) {
        long aggregate = catalogue.catalogue("PAR_INDEX").index().aggregate().id();
        return new TargetForm(aggregate, kind, value, null, null, firstYear, lastYear, null, null);
    }
}
