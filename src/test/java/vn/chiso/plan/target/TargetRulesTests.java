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

/** A rank target stays within the provinces of its years: 63 until 2024, 34 from 2025. */
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

    private void refused(PlanView plan, TargetForm form, String messageKey, Object... args) {
        assertThatThrownBy(() -> targets.add(plan, form)).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("value");
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                    assertThat(refused.args()).containsExactly(args);
                });
    }

    private TargetForm rank(TargetKind kind, String value, int firstYear, Integer lastYear) {
        long aggregate = catalogue.catalogue("PAR_INDEX").index().aggregate().id();
        return new TargetForm(aggregate, kind, value, null, null, firstYear, lastYear, null, null);
    }
}
