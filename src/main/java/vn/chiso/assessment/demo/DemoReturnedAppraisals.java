package vn.chiso.assessment.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.assessment.Appraisal;
import vn.chiso.assessment.AppraisalForm;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.AssessmentView;
import vn.chiso.assessment.Points;
import vn.chiso.assessment.ResponseForm;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Appraisals of the round under way that Sở Nội vụ returned to the unit, made through the appraisal and
 * self-assessment services as on their pages and then dated back: one unit has sent its response and waits for the
 * coordinator to close, the other has not answered yet.
 */
final class DemoReturnedAppraisals {

    private static final String RETURN_COMMENT = "Đề nghị đơn vị giải trình, bổ sung tài liệu kiểm chứng đối với các"
            + " tiêu chí bị trừ điểm trong kết quả thẩm định.";
    private static final String RESPONSE = "Đơn vị đã bổ sung văn bản kiểm chứng trên Hệ thống; đề nghị Sở Nội vụ xem"
            + " xét lại điểm thẩm định của tiêu chí này.";
    /** The comment of a deduction the scores did not explain themselves. */
    private static final String DEDUCTION = "Tài liệu kiểm chứng chưa thể hiện đầy đủ nội dung theo yêu cầu của tiêu"
            + " chí.";

    private final JdbcTemplate jdbc;
    private final Assessments assessments;
    private final Appraisal appraisal;
    private final SelfAssessment selfAssessment;
    private final int year;
    private final CurrentUser coordinator;

    DemoReturnedAppraisals(JdbcTemplate jdbc, Assessments assessments, Appraisal appraisal,
            SelfAssessment selfAssessment, int year, CurrentUser coordinator) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.appraisal = appraisal;
        this.selfAssessment = selfAssessment;
        this.year = year;
        this.coordinator = coordinator;
    }

    /**
     * Appraises the unit's submitted scores as {@code appraised} says (each lowered line with its comment), returns
     * the appraisal on {@code returnedAt} and, when {@code respondedAt} is given, sends the unit's answer to the
     * lowered lines on that moment.
     */
    void returnTo(UnitView unit, Map<Long, DemoScores.Score> appraised, Instant returnedAt, Instant respondedAt) {
        AssessmentView submitted = assessments.view(year, unit.id());
        List<AppraisalForm.Line> lines = new ArrayList<>();
        List<Long> lowered = new ArrayList<>();
        for (AppraisalForm.Line line : AppraisalForm.of(submitted).lines()) {
            DemoScores.Score score = appraised.get(line.criterionId());
            if (score != null && score.appraised().compareTo(score.self()) < 0) {
                lowered.add(line.criterionId());
                lines.add(new AppraisalForm.Line(line.criterionId(), Points.text(score.appraised()),
                        score.comment() != null ? score.comment() : DEDUCTION));
            } else {
                lines.add(line);
            }
        }
        appraisal.save(year, unit.id(), new AppraisalForm(submitted.header().version(), lines), coordinator);
        appraisal.returnToUnit(year, unit.id(), RETURN_COMMENT, coordinator);
        Instant updated = returnedAt;
        if (respondedAt != null) {
            AssessmentView returned = assessments.view(year, unit.id());
            List<ResponseForm.Line> responses = ResponseForm.of(returned).lines().stream()
                    .map(line -> lowered.contains(line.criterionId())
                            ? new ResponseForm.Line(line.criterionId(), RESPONSE) : line)
                    .toList();
            CurrentUser officer = new CurrentUser(0, "demo", "Cán bộ đầu mối CCHC", Role.OFFICER, unit.id(),
                    unit.name());
            selfAssessment.respond(year, unit.id(), new ResponseForm(returned.header().version(), responses), officer);
            updated = respondedAt;
        }
        jdbc.update("""
                update assessment set returned_at = ?, responded_at = ?, updated_at = ? where year = ? and unit_id = ?
                """, Timestamp.from(returnedAt), respondedAt == null ? null : Timestamp.from(respondedAt),
                Timestamp.from(updated), year, unit.id());
    }
}
