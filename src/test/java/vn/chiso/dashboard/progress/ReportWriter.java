package vn.chiso.dashboard.progress;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.chiso.TestClock;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.EntryView;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportForm;
import vn.chiso.user.CurrentUser;

/** Writes units' reports through the real services at chosen moments in Vietnam, for the dashboard tests. */
record ReportWriter(ReportEditing editing, ProgressReports reports, TestClock clock) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Saves a draft: the tasks given a status here get it (done ones with an explanation), the others none. */
    long save(ReportingPeriodView period, CurrentUser officer, Map<Long, EntryStatus> statuses, LocalDateTime at) {
        clock.set(at.atZone(VIETNAM).toInstant());
        long id = editing.open(period.id(), officer);
        List<ReportForm.EntryForm> entries = new ArrayList<>();
        for (EntryView entry : reports.get(id).entries()) {
            EntryStatus status = statuses.getOrDefault(entry.task().id(), EntryStatus.NOT_STARTED);
            entries.add(new ReportForm.EntryForm(entry.task().id(), status, "Đã triển khai.",
                    status == EntryStatus.IN_PROGRESS ? "50" : "",
                    status == EntryStatus.DONE ? "Văn bản lưu tại đơn vị." : null));
        }
        editing.save(id, new ReportForm("1/BC", "1/1/2030", null, reports.get(id).header().version(), entries, null),
                List.of(), officer);
        return id;
    }

    /** Saves and submits at that moment: on time until the end of the deadline day. */
    long submit(ReportingPeriodView period, CurrentUser officer, Map<Long, EntryStatus> statuses, LocalDateTime at) {
        long id = save(period, officer, statuses, at);
        editing.submit(id, officer);
        return id;
    }

    long submit(ReportingPeriodView period, CurrentUser officer, LocalDateTime at) {
        return submit(period, officer, Map.of(), at);
    }
}
