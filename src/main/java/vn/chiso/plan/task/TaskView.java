package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.List;

import vn.chiso.unit.UnitView;

/** A task with its units and the codes of the indicators it should move. */
public record TaskView(long id, long planId, String section, String text, String expectedOutput, LocalDate deadline,
        boolean reported, int position, int version, UnitView lead, List<UnitView> coordinating,
        List<Long> indicatorIds, List<String> indicatorCodes) {
}
