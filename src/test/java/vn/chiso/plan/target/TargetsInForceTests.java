package vn.chiso.plan.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which targets count for a year, without Spring or a database: a province plan for 2021–2025 in force, the
 * closed plan for 2023 and a draft for 2024, each with a target over its own years.
 */
class TargetsInForceTests {

    private final PlanView inForce = plan(1, "6025/KH-UBND", 2021, 2025, PlanStatus.IN_FORCE);

    private final PlanView closed = plan(2, "152/KH-UBND", 2023, 2023, PlanStatus.CLOSED);

    private final PlanView draft = plan(3, "99/KH-UBND", 2024, 2024, PlanStatus.DRAFT);

    private final TargetSpec ofInForce = target(11, inForce);

    private final TargetSpec ofClosed = target(12, closed);

    private final TargetSpec ofDraft = target(13, draft);

    private final TargetsInForce all = TargetsInForce.of(List.of(inForce, closed, draft), null);

    @Test
    void aPlanInForceFrom2021To2025CountsFor2024WithOrWithoutResults() {
        assertThat(all.counts(ofInForce, 2024, false)).isTrue();
        assertThat(all.counts(ofInForce, 2024, true)).isTrue();
        assertThat(all.inForce(ofInForce)).isTrue();
    }

    @Test
    void aTargetCountsOnlyForItsOwnYears() {
        assertThat(all.counts(ofInForce, 2020, true)).isFalse();
        assertThat(all.counts(ofInForce, 2026, false)).isFalse();
        assertThat(all.counts(ofClosed, 2024, true)).isFalse();
    }

    @Test
    void aClosedPlanCountsForAYearThatHasResults() {
        assertThat(all.counts(ofClosed, 2023, true)).isTrue();
    }

    @Test
    void aClosedPlanDoesNotCountForAYearStillWithoutResults() {
        assertThat(all.counts(ofClosed, 2023, false)).isFalse();
        assertThat(all.inForce(ofClosed)).isFalse();
    }

    @Test
    void aDraftNeverCounts() {
        assertThat(all.counts(ofDraft, 2024, false)).isFalse();
        assertThat(all.counts(ofDraft, 2024, true)).isFalse();
        assertThat(all.inForce(ofDraft)).isFalse();
        assertThat(TargetsInForce.of(List.of(draft), draft).counts(ofDraft, 2024, true)).isFalse();
    }

    @Test
    void aChosenPlanCountsAlone() {
        TargetsInForce closedChosen = TargetsInForce.of(List.of(inForce, closed), closed);
        assertThat(closedChosen.counts(ofClosed, 2023, false)).isTrue();
        assertThat(closedChosen.inForce(ofClosed)).isTrue();
        assertThat(closedChosen.counts(ofInForce, 2023, true)).isFalse();
        assertThat(closedChosen.inForce(ofInForce)).isFalse();

        TargetsInForce inForceChosen = TargetsInForce.of(List.of(inForce, closed), inForce);
        assertThat(inForceChosen.counts(ofInForce, 2024, false)).isTrue();
        assertThat(inForceChosen.counts(ofClosed, 2023, true)).isFalse();
    }

    @Test
    void aTargetOfAPlanOutOfViewDoesNotCount() {
        TargetsInForce onlyClosed = TargetsInForce.of(List.of(closed), null);
        assertThat(onlyClosed.counts(ofInForce, 2024, true)).isFalse();
    }

    private static PlanView plan(long id, String number, int firstYear, int lastYear, PlanStatus status) {
        return new PlanView(id, number, LocalDate.of(firstYear, 1, 15), "UBND tỉnh Khánh Hòa", "Kế hoạch " + number,
                firstYear, lastYear, Set.of("PAPI"), null, null, null, null, status, 0);
    }

    private static TargetSpec target(long id, PlanView plan) {
        return new TargetSpec(id, plan.id(), 1, TargetKind.SCORE_AT_LEAST, new BigDecimal("45"), null,
                plan.firstYear(), plan.lastYear(), null, 1, 0);
    }
}
