package vn.chiso.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import vn.chiso.TestData;

/** Plans for tests, each with a number of its own. */
@TestComponent
public class PlanFixtures {

    private final PlanService plans;

    PlanFixtures(PlanService plans) {
        this.plans = plans;
    }

    public PlanView plan(int firstYear, int lastYear, String... indexCodes) {
        long id = plans.create(new PlanForm(TestData.unique("KH-TEST-"), LocalDate.of(firstYear, 1, 15),
                "Ủy ban nhân dân tỉnh", "Kế hoạch thử", firstYear, lastYear, List.of(indexCodes), null, null, null,
                PlanStatus.IN_FORCE, null));
        return plans.get(id);
    }
}
