package vn.chiso.report.timeliness;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportHeader;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * Who reported on time, late or not at all: for one period (five queries), for every period of a plan (four) and as a
 * ranking of the units over the last periods of many plans (two), whatever the number of units and reports.
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

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** Best on-time rate first; among equals (who share the rank), fewer missing reports, then by name. */
    private static final Comparator<UnitRank> BEST_FIRST = Comparator
            .comparing((UnitRank row) -> row.counts().onTimeRate(), Comparator.reverseOrder())
            .thenComparingInt(row -> row.counts().missing())
            .thenComparing(row -> row.unit().name(), VIETNAMESE);

    private final ReportingPeriods periods;
    private final ProgressReports reports;
    private final UnitService units;
    private final TimelinessRepository repository;
    private final Clock clock;

    ReportingTimeliness(ReportingPeriods periods, ProgressReports reports, UnitService units,
            TimelinessRepository repository, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.units = units;
        this.repository = repository;
        this.clock = clock;
    }

    public PeriodTimeliness of(ReportingPeriodView period) {
        Map<Long, ReportHeader> byUnit = reports.ofPeriod(period.id()).stream()
                .collect(Collectors.toMap(ReportHeader::unitId, Function.identity()));
        Map<Long, Instant> reminded = repository.lastReminders(period.id());
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

    /**
     * The units owing reports in the last {@code lastPeriods} periods whose deadline has passed of each plan given
     * (only periods due in {@code year} when one is given), ranked by on-time rate over those periods, with the
     * missing reports.
     */
    public Ranking ranking(Collection<Long> planIds, Integer year, int lastPeriods) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, UnitView> unitsById = unitsById();
        Map<Long, List<UnitState>> statesByUnit = new LinkedHashMap<>();
        List<MissedReport> missing = new ArrayList<>();
        for (TimelinessRepository.RankingRow row : repository.ranking(planIds, year, lastPeriods, today)) {
            UnitView unit = unitsById.get(row.unitId());
            if (unit == null) {
                continue;
            }
            // as state() decides, every deadline here having passed
            UnitState state = !row.submitted() ? UnitState.MISSING
                    : Boolean.TRUE.equals(row.onTime()) ? UnitState.ON_TIME : UnitState.LATE;
            statesByUnit.computeIfAbsent(unit.id(), id -> new ArrayList<>()).add(state);
            if (state == UnitState.MISSING) {
                missing.add(new MissedReport(unit, row.planId(), row.planNumber(), row.periodId(), row.label(),
                        row.deadline(), state, ChronoUnit.DAYS.between(row.deadline(), today)));
            }
        }
        List<UnitRank> rows = new ArrayList<>();
        statesByUnit.forEach((unitId, states) -> rows.add(new UnitRank(0, unitsById.get(unitId), Counts.of(states))));
        rows.sort(BEST_FIRST);
        List<UnitRank> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitRank row = rows.get(i);
            boolean tie = i > 0 && row.counts().onTimeRate().compareTo(rows.get(i - 1).counts().onTimeRate()) == 0;
            ranked.add(new UnitRank(tie ? ranked.get(i - 1).rank() : i + 1, row.unit(), row.counts()));
        }
        missing.sort(Comparator.comparing(MissedReport::deadline).thenComparing(MissedReport::planNumber)
                .thenComparing(report -> report.unit().name(), VIETNAMESE));
        return new Ranking(ranked, missing, Counts.of(statesByUnit.values().stream().flatMap(List::stream).toList()));
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
