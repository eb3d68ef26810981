package vn.chiso.report.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.PlanStatus;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.timeliness.ReportingTimeliness;
import vn.chiso.report.timeliness.UnitState;

/**
 * A unit's reports across plans and periods, in the order of what calls for the unit first, and the notices that
 * follow from them: two queries.
 */
@Service
@Transactional(readOnly = true)
public class UnitReports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A deadline this close shows as a notice and its period among those to report now. */
    static final int DUE_SOON_DAYS = 14;
    /** Missed deadlines listed as notices, latest first; the unit's report page lists them all. */
    static final int MISSING_NOTICES = 5;

    private final OwedPeriods owedPeriods;
    private final ProgressReports reports;
    private final ReportingTimeliness timeliness;
    private final Clock clock;

    UnitReports(OwedPeriods owedPeriods, ProgressReports reports, ReportingTimeliness timeliness, Clock clock) {
        this.owedPeriods = owedPeriods;
        this.reports = reports;
        this.timeliness = timeliness;
        this.clock = clock;
    }

    public UnitWork of(long unitId) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ReportHeader> byPeriod = reports.ofUnit(unitId).stream()
                .collect(Collectors.toMap(ReportHeader::periodId, Function.identity()));
        List<PeriodRow> rows = new ArrayList<>();
        for (OwedPeriod owed : owedPeriods.of(unitId)) {
            ReportHeader report = byPeriod.get(owed.period().id());
            rows.add(new PeriodRow(owed, report, timeliness.state(owed.period(), report),
                    ChronoUnit.DAYS.between(today, owed.period().deadline())));
        }
        // rows come earliest deadline first: the first pending period of a plan is its next one
        Map<Long, PeriodRow> nextOfPlan = new LinkedHashMap<>();
        rows.stream().filter(row -> row.state() == UnitState.PENDING)
                .forEach(row -> nextOfPlan.putIfAbsent(row.planId(), row));
        List<PeriodRow> open = new ArrayList<>();
        List<PeriodRow> past = new ArrayList<>();
        List<PeriodRow> future = new ArrayList<>();
        for (PeriodRow row : rows) {
            if (row.state() == UnitState.MISSING || row.returned() || nextOfPlan.get(row.planId()) == row
                    || dueSoon(row)) {
                open.add(row);
            } else if (row.state() == UnitState.PENDING) {
                future.add(row);
            } else {
                past.add(row);
            }
        }
        open.sort(Comparator.comparing((PeriodRow row) -> !row.overdue())
                .thenComparing(row -> row.owed().period().deadline()));
        Collections.reverse(past);
        Map<Long, PeriodRow> toAct = new HashMap<>();
        open.forEach(row -> toAct.merge(row.planId(), row, UnitReports::toActOn));
        PeriodRow next = rows.stream().filter(row -> row.state() == UnitState.PENDING && inForce(row)).findFirst()
                .orElse(null);
        return new UnitWork(next, notices(rows), open, past, future, toAct);
    }

    /** Of two open periods of a plan, the one whose report the unit works on: the next one, else the latest. */
    private static PeriodRow toActOn(PeriodRow one, PeriodRow other) {
        if (one.state() == UnitState.PENDING || other.state() == UnitState.PENDING) {
            return one.state() == UnitState.PENDING ? one : other;
        }
        return one.owed().period().deadline().isAfter(other.owed().period().deadline()) ? one : other;
    }

    /** Missed deadlines (latest first), then deadlines coming (soonest first), then reports returned to the unit. */
    private static List<Notice> notices(List<PeriodRow> earliestFirst) {
        List<PeriodRow> latestFirst = new ArrayList<>(earliestFirst);
        Collections.reverse(latestFirst);
        List<Notice> notices = new ArrayList<>();
        latestFirst.stream().filter(row -> row.state() == UnitState.MISSING && inForce(row)).limit(MISSING_NOTICES)
                .forEach(row -> notices.add(new Notice("danger", "report.notice.missing",
                        new Object[] {row.owed().period().label(), row.owed().planNumber(),
                                DATE.format(row.owed().period().deadline()), -row.daysLeft()}, row)));
        for (PeriodRow row : earliestFirst) {
            if (dueSoon(row) && inForce(row)) {
                notices.add(new Notice(row.daysLeft() <= 1 ? "danger" : "info", "report.notice.dueSoon",
                        new Object[] {row.owed().period().label(), row.owed().planNumber(),
                                DATE.format(row.owed().period().deadline()), row.daysLeft()}, row));
            }
        }
        for (PeriodRow row : latestFirst) {
            if (row.returned()) {
                notices.add(new Notice("warning", "report.notice.returned", new Object[] {row.owed().period().label(),
                        row.owed().planNumber(), row.report().reviewComment()}, row));
            }
        }
        return notices;
    }

    /** A period the home announces: still to report, its deadline within two weeks. */
    private static boolean dueSoon(PeriodRow row) {
        return row.state() == UnitState.PENDING && row.daysLeft() <= DUE_SOON_DAYS;
    }

    private static boolean inForce(PeriodRow row) {
        return row.owed().planStatus() == PlanStatus.IN_FORCE;
    }
}
