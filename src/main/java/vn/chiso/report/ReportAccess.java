package vn.chiso.report;

import vn.chiso.shared.NotFoundException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Who may see a report: a coordinator every report, a leader accepted ones (read only), an officer their own unit's.
 * Anyone else is told it does not exist, so that nothing of another unit's report leaks, not even that it exists.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static void checkRead(ReportHeader report, CurrentUser user) {
        boolean allowed = switch (user.role()) {
            case COORDINATOR -> true;
            case LEADER -> report.status() == ReportStatus.ACCEPTED;
            case OFFICER -> ownUnit(report.unitId(), user);
            case ADMIN -> false;
        };
        if (!allowed) {
            throw new NotFoundException("Report", report.id());
        }
    }

    /** Only the unit's own officers write its report, and only while it is a draft or returned. */
    public static void checkEdit(ReportHeader report, CurrentUser user) {
        if (!user.is(Role.OFFICER) || !ownUnit(report.unitId(), user)) {
            throw new NotFoundException("Report", report.id());
        }
    }

    public static boolean mayEdit(ReportHeader report, CurrentUser user) {
        return user.is(Role.OFFICER) && ownUnit(report.unitId(), user) && report.status().editable();
    }

    /** A unit's list of reports: officers only their own unit's. */
    public static void checkUnit(long unitId, CurrentUser user) {
        if (user.is(Role.OFFICER) && !ownUnit(unitId, user)) {
            throw new NotFoundException("Unit", unitId);
        }
    }

    private static boolean ownUnit(long unitId, CurrentUser user) {
        return user.unitId() != null && user.unitId() == unitId;
    }
}
