package vn.chiso.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;

/**
 * What waits in the queue, written straight into the tables at the moments a test needs (a report sent late, an
 * appraisal returned on a given day), as the services would have left it. Times are Vietnam's.
 */
final class QueueFixtures {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    private final AssessmentFixtures assessments;

    QueueFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.assessments = new AssessmentFixtures(jdbc);
    }

    /** A report of the unit for the period, submitted first at {@code first} and last at {@code last}. */
    long submittedReport(PlanView plan, ReportingPeriodView period, long unitId, LocalDateTime first,
            LocalDateTime last) {
        boolean onTime = !period.isLate(first.atZone(VIETNAM).toInstant(), VIETNAM);
        return jdbc.queryForObject("""
                insert into progress_report (plan_id, period_id, unit_id, status, document_number, document_date,
                    addressee, first_submitted_at, on_time, submitted_at, updated_by, updated_at)
                values (?, ?, ?, 'SUBMITTED', ?, ?, 'Sở Nội vụ', ?, ?, ?, 'Kiểm thử', ?) returning id
                """, Long.class, plan.id(), period.id(), unitId, "12/" + unitId + "/BC",
                Date.valueOf(first.toLocalDate()), at(first), onTime, at(last), at(last));
    }

    /** A round with its window and one set of one scored criterion for departments. */
    AssessmentFixtures.SetBuilder round(int year, LocalDate opensOn, LocalDate closesOn) {
        assessments.year(year);
        jdbc.update("update assessment_year set opens_on = ?, closes_on = ? where year = ?", Date.valueOf(opensOn),
                Date.valueOf(closesOn), year);
        AssessmentFixtures.SetBuilder set = assessments.set(year, AssessedKind.DEPARTMENT, "0");
        long field = set.node(null, "1", "Công tác chỉ đạo, điều hành");
        set.scored(field, "1.1", "Kế hoạch CCHC năm", "10");
        return set;
    }

    /** An assessment sent for appraisal at that moment. */
    long sent(AssessmentFixtures.SetBuilder set, long unitId, LocalDateTime submittedAt, boolean late) {
        long id = assessments.assessment(set, unitId).status(AssessmentStatus.SUBMITTED).id();
        jdbc.update("update assessment set submitted_at = ?, late = ? where id = ?", at(submittedAt), late, id);
        return id;
    }

    /** An assessment whose appraisal was returned to its unit at that moment. */
    long returned(AssessmentFixtures.SetBuilder set, long unitId, LocalDateTime submittedAt, LocalDateTime returnedAt) {
        long id = sent(set, unitId, submittedAt, false);
        jdbc.update("update assessment set status = 'RETURNED', returned_at = ?, return_comment = ? where id = ?",
                at(returnedAt), "Đề nghị giải trình tiêu chí 1.1.", id);
        return id;
    }

    /** An assessment whose unit answered the appraisal returned to it at that moment. */
    long answered(AssessmentFixtures.SetBuilder set, long unitId, LocalDateTime submittedAt,
            LocalDateTime respondedAt) {
        long id = returned(set, unitId, submittedAt, submittedAt.plusDays(2));
        jdbc.update("update assessment set status = 'RESPONDED', responded_at = ? where id = ?", at(respondedAt), id);
        return id;
    }

    long inStatus(AssessmentFixtures.SetBuilder set, long unitId, AssessmentStatus status) {
        return assessments.assessment(set, unitId).status(status).id();
    }

    private static Timestamp at(LocalDateTime time) {
        return Timestamp.from(time.atZone(VIETNAM).toInstant());
    }
}
