package vn.chiso.report.timeliness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportHeader;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * Who reported on time, late or not at all: for one period (five queries) and for every period of a plan (four),
 * whatever the number of units and reports.
 */
@Service
@Transactional(readOnly = true)
public class ReportingTimeliness {

    private static final Comparator<UnitStatus> WORST_FIRST = Comparator
            .comparing((UnitStatus status) -> switch (status.state()) {
                case MISSING -> 0;
                case LATE -> 1;
                case PENDING -> 2;
                case ON_TIME -> 3;
            }).thenComparing(status -> status.unit().name());

    private final ReportingPeriods periods;
    private final ProgressReports reports;
    private final UnitService units;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportingTimeliness(ReportingPeriods periods, ProgressReports reports, UnitService units, JdbcTemplate jdbc,
            Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PeriodTimeliness of(ReportingPeriodView period) {
        Map<Long, ReportHeader> byUnit = reports.ofPeriod(period.id()).stream()
                .collect(Collectors.toMap(ReportHeader::unitId, Function.identity()));
        Map<Long, Instant> reminded = new HashMap<>();
        jdbc.query("select unit_id, max(sent_at) as last from reminder where period_id = ? group by unit_id",
                row -> {
                    reminded.put(row.getLong("unit_id"), row.getTimestamp("last").toInstant());
                }, period.id());
        Map<Long, UnitView> unitsById = unitsById();
        List<UnitStatus> statuses = owing(period.planId(), byUnit.keySet()).stream().map(unitsById::get)
                .filter(Objects::nonNull)
                .map(unit -> status(period, unit, byUnit.get(unit.id()), reminded.get(unit.id())))
                .sorted(WORST_FIRST).toList();
        return new PeriodTimeliness(period, statuses, Counts.of(statuses.stream().map(UnitStatus::state).toList()));
    }

    /** Every owing unit's state in every period of a plan, the units that miss or are late most often first. */
    public List<UnitHistory> history(long planId, List<ReportingPeriodView> planPeriods) {
        Map<String, ReportHeader> reportsByKey = new HashMap<>();
        reports.ofPlan(planId).forEach(report -> reportsByKey.put(report.periodId() + "/" + report.unitId(), report));
        Set<Long> reportingUnits = reportsByKey.values().stream().map(ReportHeader::unitId).collect(Collectors.toSet());
        Map<Long, UnitView> unitsById = unitsById();
        List<UnitHistory> rows = new ArrayList<>();
        for (long unitId : owing(planId, reportingUnits)) {
            UnitView unit = unitsById.get(unitId);
            if (unit == null) {
                continue;
            }
            List<UnitStatus> cells = planPeriods.stream()
                    .map(period -> status(period, unit, reportsByKey.get(period.id() + "/" + unitId), null)).toList();
            rows.add(new UnitHistory(unit, cells, Counts.of(cells.stream().map(UnitStatus::state)
                    .filter(state -> state != UnitState.PENDING).toList())));
        }
        rows.sort(Comparator.comparing((UnitHistory row) -> row.counts().onTimeRate(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(row -> row.unit().name()));
        return rows;
    }

    UnitStatus status(ReportingPeriodView period, UnitView unit, ReportHeader report, Instant lastReminder) {
        return new UnitStatus(unit, state(period, report), report, lastReminder);
    }

    /** The state of a unit for a period, given its report (or none). */
    public UnitState state(ReportingPeriodView period, ReportHeader report) {
        if (report != null && report.submitted()) {
            return Boolean.TRUE.equals(report.onTime()) ? UnitState.ON_TIME : UnitState.LATE;
        }
        return LocalDate.now(clock).isAfter(period.deadline()) ? UnitState.MISSING : UnitState.PENDING;
    }

    /** The units assigned to the plan's reported tasks, and any unit that has reported though no longer assigned. */
    private List<Long> owing(long planId, Set<Long> reporting) {
        Set<Long> ids = new LinkedHashSet<>(periods.owingUnitIds(planId));
        ids.addAll(reporting);
        return new ArrayList<>(ids);
    }

    private Map<Long, UnitView> unitsById() {
        return units.tree().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
    }
}
