package vn.chiso.report.demo;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.ReportView;
import vn.chiso.report.timeliness.PeriodTimeliness;
import vn.chiso.report.timeliness.ReportingTimeliness;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.report.timeliness.UnitStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state of a report is in the demo for plan 6025/KH-UBND, the Finance Department's built from seed 000. */
@ChisoTest
class DemoReportsTests {

    @Autowired
    PlanService plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    ReportingTimeliness timeliness;
    @Autowired
    ProgressReports reports;

    @Test
    void plan6025ShowsAcceptedReturnedDraftLateAndMissingReports() {
        PlanView plan = plans.all().stream().filter(p -> p.number().equals("6025/KH-UBND")).findFirst().orElseThrow();
        ReportingPeriodView period = periods.periods(plan.id()).get(0);
        PeriodTimeliness state = timeliness.of(period);
        Map<String, UnitStatus> byCode = state.units().stream()
                .collect(Collectors.toMap(status -> status.unit().code(), Function.identity()));

        UnitStatus finance = byCode.get("STC");
        assertThat(finance.state()).isEqualTo(UnitState.ON_TIME);
        assertThat(finance.report().status()).isEqualTo(ReportStatus.ACCEPTED);
        ReportView report = reports.get(finance.report().id());
        assertThat(report.entries().get(0).done()).contains("Kế hoạch số 2603/KH-STC ngày 08/07/2022",
                "hơn 50 cán bộ công chức");
        assertThat(report.entries()).anySatisfy(entry -> assertThat(entry.done())
                .contains("Đóng góp tự nguyện", "giao ban với phòng Tài chính - Kế hoạch các huyện"));
        assertThat(report.evidenceCount()).isEqualTo(3);

        assertThat(byCode.get("STP").report().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(byCode.get("STP").report().reviewComment()).contains("bổ sung tài liệu kiểm chứng");
        assertThat(byCode.get("NHATRANG").report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(byCode.get("NHATRANG").state()).isEqualTo(UnitState.MISSING);
        assertThat(byCode.get("CAMRANH").state()).isEqualTo(UnitState.LATE);
        assertThat(byCode.get("CAMRANH").report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(byCode.get("CAT").report()).isNull();
        assertThat(state.counts().onTime()).isEqualTo(2);
        assertThat(state.counts().late()).isEqualTo(1);
        assertThat(state.counts().missing()).isEqualTo(state.counts().owing() - 3);
    }
}
