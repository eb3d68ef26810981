package vn.chiso.assessment;

import vn.chiso.shared.NotFoundException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Who may see a unit's assessment: coordinators every one, leaders final ones, officers their own unit's. Anyone else
 * is told it does not exist, so that nothing of another unit's assessment leaks.
 */
public final class AssessmentAccess {

    private AssessmentAccess() {
    }

    public static void checkRead(AssessmentView assessment, CurrentUser user) {
        boolean allowed = switch (user.role()) {
            case COORDINATOR -> true;
            case LEADER -> assessment.status().leadersMayRead();
            case OFFICER -> ownUnit(assessment.unitId(), user);
            case ADMIN -> false;
        };
        if (!allowed || assessment.header() == null) {
            throw new NotFoundException("Assessment", assessment.unitId());
        }
    }

    /** The unit sees the appraisal once it is returned to it or final, not while Sở Nội vụ is working on it. */
    public static boolean appraisalVisible(AssessmentView assessment, CurrentUser user) {
        AssessmentStatus status = assessment.status();
        return !user.is(Role.OFFICER) || status == AssessmentStatus.RETURNED
                || status == AssessmentStatus.RESPONDED || status == AssessmentStatus.FINAL;
    }

    static boolean ownUnit(long unitId, CurrentUser user) {
        return user.is(Role.OFFICER) && user.unitId() != null && user.unitId() == unitId;
    }
}
