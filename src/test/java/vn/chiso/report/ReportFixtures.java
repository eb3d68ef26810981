package vn.chiso.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

/**
 * A plan with one reporting deadline and two units: A leads two tasks, B leads one and coordinates on one of A's;
 * an officer of each, a coordinator and a leader. Each call builds its own.
 */
@TestComponent
public class ReportFixtures {

    private final TestData data;
    private final PlanFixtures plans;
    private final ReportingPeriods periods;
    private final TaskService tasks;

    ReportFixtures(TestData data, PlanFixtures plans, ReportingPeriods periods, TaskService tasks) {
        this.data = data;
        this.plans = plans;
        this.periods = periods;
        this.tasks = tasks;
    }

    public record Setup(PlanView plan, ReportingPeriodView period, UnitView unitA, UnitView unitB, UserRow officerA,
            UserRow officerB, UserRow coordinator, UserRow leader, List<TaskView> tasksOfA) {

        public CurrentUser a() {
            return user(officerA);
        }

        public CurrentUser b() {
            return user(officerB);
        }

        public CurrentUser coordinating() {
            return user(coordinator);
        }
    }

    public Setup setup(LocalDate deadline) {
        PlanView plan = plans.plan(deadline.getYear(), deadline.getYear(), "PAPI");
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo kết quả thực hiện", deadline, null, null,
                false));
        UnitView a = data.unit(UnitKind.DEPARTMENT);
        UnitView b = data.unit(UnitKind.DISTRICT);
        tasks.add(plan, task("II.1.a", "Quán triệt kế hoạch", a, List.of()));
        tasks.add(plan, task("II.1.b", "Hướng dẫn chuyên môn", a, List.of(b.id())));
        tasks.add(plan, task("II.2.a", "Tuyên truyền đến người dân", b, List.of()));
        List<TaskView> ofA = tasks.of(plan.id()).stream()
                .filter(task -> task.lead().id() == a.id() || task.coordinating().stream().anyMatch(u -> u.id() == a.id()))
                .toList();
        return new Setup(plan, periods.periods(plan.id()).get(0), a, b, data.account(Role.OFFICER, a.id()),
                data.account(Role.OFFICER, b.id()), data.account(Role.COORDINATOR), data.account(Role.LEADER), ofA);
    }

    public static CurrentUser user(UserRow account) {
        return new CurrentUser(account.id(), account.username(), account.fullName(), account.role(), account.unitId(),
                account.unitName());
    }

    private static TaskForm task(String section, String text, UnitView lead, List<Long> coordinating) {
        return new TaskForm(section, text, null, null, true, "u:" + lead.id(), coordinating, List.of(), null);
    }
}
