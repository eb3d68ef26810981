package vn.chiso.report.web;

import java.util.ArrayList;
import java.util.List;

import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.report.timeliness.Counts;
import vn.chiso.report.timeliness.UnitHistory;

/** A period as a column of a plan's reporting record, with the counts of that column. */
record PeriodColumn(ReportingPeriodView period, Counts counts) {

    static List<PeriodColumn> of(List<ReportingPeriodView> periods, List<UnitHistory> history) {
        List<PeriodColumn> columns = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            int column = i;
            columns.add(new PeriodColumn(periods.get(i), Counts.of(history.stream()
                    .map(row -> row.periods().get(column).state()).toList())));
        }
        return columns;
    }
}
