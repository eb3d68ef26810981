package vn.chiso.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a plan's changes follow: its parent, and a period that keeps its targets and deadlines. */
@ChisoTest
class PlanServiceTests {

    @Autowired
    PlanService plans;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    TargetService targets;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    TestData data;

    /** 2603/KH-STC implements 6025/KH-UBND; the province plan cannot in turn implement its department's plan. */
    @Test
    void aPlanImplementsNeitherItselfNorAPlanImplementingIt() {
        PlanView province = fixtures.plan(2023, 2023, "PAPI");
        PlanView department = plans.get(plans.create(withParent(province, province.id(), TestData.unique("KH-STC-"))));
        PlanView office = plans.get(plans.create(withParent(department, department.id(), TestData.unique("KH-P-"))));
        assertThat(office.parentNumber()).isEqualTo(department.number());

        for (long parent : List.of(office.id(), department.id(), province.id())) {
            assertThatThrownBy(() -> plans.update(province.id(), withParent(province, parent, province.number())))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("parentId");
                        assertThat(refused.messageKey()).isEqualTo("plan.parent.cycle");
                    });
        }
        assertThatThrownBy(() -> plans.update(province.id(), withParent(province, Long.MAX_VALUE, province.number())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("plan.parent.unknown"));
        assertThat(plans.get(province.id()).parentId()).isNull();
    }

    @Test
    void aPeriodThatWouldLeaveTargetsOrDeadlinesOutsideIsRefused() {
        PlanView plan = fixtures.plan(2023, 2025, "PAPI");
        long aggregate = catalogue.catalogue("PAPI").index().aggregate().id();
        targets.add(plan, new TargetForm(aggregate, TargetKind.SCORE_AT_LEAST, "45", null, null, 2025, null, null,
                null));
        tasks.add(plan, new TaskForm("II.1", "Hướng dẫn chuyên môn", null, LocalDate.of(2024, 6, 30), true,
                "u:" + data.unit(UnitKind.DEPARTMENT).id(), List.of(), List.of(), null));

        assertThatThrownBy(() -> plans.update(plan.id(), withYears(plan, 2023, 2023)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("firstYear");
                    assertThat(refused.messageKey()).isEqualTo("plan.period.excludesContent");
                    assertThat(refused.args()).containsExactly(2);
                });
        assertThatThrownBy(() -> plans.update(plan.id(), withYears(plan, 2024, 2024)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.args()).as("the 2025 target").containsExactly(1));
        assertThat(plans.get(plan.id())).extracting(PlanView::firstYear, PlanView::lastYear)
                .containsExactly(2023, 2025);

        plans.update(plan.id(), withYears(plan, 2022, 2026));
        assertThat(plans.get(plan.id())).extracting(PlanView::firstYear, PlanView::lastYear)
                .containsExactly(2022, 2026);
    }

    /** A plan's indices are written with it and replaced with it; a save over a newer version leaves them. */
    @Test
    void aSaveReplacesThePlansIndicesTogether() {
        PlanView plan = fixtures.plan(2023, 2025, "PAPI", "SIPAS");
        assertThat(plan.indexCodes()).containsExactlyInAnyOrder("PAPI", "SIPAS");

        plans.update(plan.id(), withIndices(plan, "PAR_INDEX"));
        PlanView saved = plans.get(plan.id());
        assertThat(saved.indexCodes()).containsExactly("PAR_INDEX");
        assertThat(saved.version()).isEqualTo(plan.version() + 1);

        assertThatThrownBy(() -> plans.update(plan.id(), withIndices(plan, "PCI")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("edit.concurrent"));
        assertThat(plans.get(plan.id())).isEqualTo(saved);
    }

    private static PlanForm withIndices(PlanView plan, String... indexCodes) {
        return new PlanForm(plan.number(), plan.issueDate(), plan.issuer(), plan.title(), plan.firstYear(),
                plan.lastYear(), List.of(indexCodes), null, null, null, plan.status(), plan.version());
    }

    private static PlanForm withParent(PlanView plan, Long parentId, String number) {
        return new PlanForm(number, plan.issueDate(), plan.issuer(), plan.title(), plan.firstYear(), plan.lastYear(),
                List.copyOf(plan.indexCodes()), parentId, null, null, plan.status(), plan.version());
    }

    private static PlanForm withYears(PlanView plan, int firstYear, int lastYear) {
        return new PlanForm(plan.number(), plan.issueDate(), plan.issuer(), plan.title(), firstYear, lastYear,
                List.copyOf(plan.indexCodes()), null, null, null, plan.status(), plan.version());
    }
}
