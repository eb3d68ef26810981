package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on tasks and their assignments. */
@ChisoTest
class TaskServiceTests {

    @Autowired
    TaskService tasks;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    TestData data;

    @Autowired
    IndexCatalogue catalogue;

    @Test
    void aTaskNeedsALeadAndADeadlineWithinThePlan() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        long unit = data.unit(UnitKind.DEPARTMENT).id();
        assertThatThrownBy(() -> tasks.add(plan, form("", null))).isInstanceOfSatisfying(RuleViolationException.class,
                violation -> assertThat(violation.field()).isEqualTo("lead"));
        assertThatThrownBy(() -> tasks.add(plan, form("u:" + unit, LocalDate.of(2024, 1, 1))))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.field()).isEqualTo("deadline");
                    assertThat(violation.messageKey()).isEqualTo("task.deadline.outsidePlan");
                });
        assertThat(tasks.add(plan, form("u:" + unit, LocalDate.of(2023, 12, 31)))).isEqualTo(1);
    }

    @Test
    void theUnitPageListsEveryTaskOfTheUnitAcrossPlansWithItsRole() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        PlanView first = fixtures.plan(2023, 2023, "PAPI");
        PlanView second = fixtures.plan(2024, 2025, "PAR_INDEX");
        long other = data.unit(UnitKind.DEPARTMENT).id();
        tasks.add(first, form("u:" + unit.id(), null));
        tasks.add(second, new TaskForm("II.2", "Phối hợp", null, null, true, "u:" + other, List.of(unit.id()), List.of(),
                null));
        assertThat(tasks.ofUnit(unit.id())).extracting(UnitTask::planNumber, UnitTask::role).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple(first.number(), AssignmentRole.LEAD),
                org.assertj.core.api.Assertions.tuple(second.number(), AssignmentRole.COORDINATING));
    }

    /** Two coordinators open the same task; the second save is refused instead of overwriting the first. */
    @Test
    void aSaveOverANewerVersionIsRefused() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        long unit = data.unit(UnitKind.DEPARTMENT).id();
        tasks.add(plan, form("u:" + unit, null));
        TaskView opened = tasks.of(plan.id()).get(0);
        TaskForm first = TaskForm.of(opened);
        TaskForm second = TaskForm.of(opened);

        tasks.update(plan, opened.id(), new TaskForm(first.section(), "Sửa lần một", null, null, true, first.lead(),
                List.of(), List.of(), first.version()));
        assertThatThrownBy(() -> tasks.update(plan, opened.id(), new TaskForm(second.section(), "Sửa lần hai", null,
                null, true, second.lead(), List.of(), List.of(), second.version()))).hasMessage("edit.concurrent");
        assertThat(tasks.get(plan.id(), opened.id()).text()).isEqualTo("Sửa lần một");
    }

    /** A task's units and indicators are written with it, and replaced with it; a refused save leaves them. */
    @Test
    void aSaveReplacesTheTasksUnitsAndIndicatorsTogether() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        UnitView lead = data.unit(UnitKind.DEPARTMENT);
        UnitView second = data.unit(UnitKind.DEPARTMENT);
        UnitView third = data.unit(UnitKind.DEPARTMENT);
        List<Long> indicators = catalogue.catalogue("PAPI").active().stream().limit(2).map(IndicatorView::id).toList();
        tasks.add(plan, new TaskForm("II.1.a", "Nhiệm vụ thử", null, null, true, "u:" + lead.id(),
                List.of(second.id(), lead.id(), second.id()), indicators, null));
        TaskView added = tasks.of(plan.id()).get(0);
        assertThat(added.lead()).isEqualTo(lead);
        assertThat(added.coordinating()).containsExactly(second);
        assertThat(added.indicatorIds()).containsExactlyInAnyOrderElementsOf(indicators);

        tasks.update(plan, added.id(), new TaskForm("II.1.a", "Nhiệm vụ thử", null, null, true, "u:" + second.id(),
                List.of(third.id()), indicators.subList(1, 2), added.version()));
        TaskView saved = tasks.get(plan.id(), added.id());
        assertThat(saved.lead()).isEqualTo(second);
        assertThat(saved.coordinating()).containsExactly(third);
        assertThat(saved.indicatorIds()).containsExactly(indicators.get(1));
        assertThat(saved.version()).isEqualTo(added.version() + 1);

        assertThatThrownBy(() -> tasks.update(plan, added.id(), new TaskForm("II.1.a", "Nhiệm vụ thử", null, null,
                true, "u:" + lead.id(), List.of(), List.of(), added.version()))).hasMessage("edit.concurrent");
        assertThat(tasks.get(plan.id(), added.id())).isEqualTo(saved);
    }

    private static TaskForm form(String lead, LocalDate deadline) {
        return new TaskForm("II.1.a", "Nhiệm vụ thử", null, deadline, true, lead, List.of(), List.of(), null);
    }
}
