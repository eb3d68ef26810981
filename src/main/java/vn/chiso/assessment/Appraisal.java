package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.shared.DateFormatter;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * Sở Nội vụ appraising a submitted assessment: an appraised score and comment per line, returned to the unit for
 * a response at most once, then final. A unit that does not answer in time does not hold the result up: once its
 * response is due, Sở Nội vụ closes the assessment with the appraisal it sent. Only a final assessment is ranked.
 */
@Service
@Transactional
public class Appraisal {

    private final JdbcTemplate jdbc;
    private final Assessments assessments;
    private final AssessmentYears years;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Appraisal(JdbcTemplate jdbc, Assessments assessments, AssessmentYears years, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.years = years;
        this.clock = clock;
        this.events = events;
    }

    /** Saves the appraised scores and comments; returns the new version. */
    public int save(int year, long unitId, AppraisalForm form, CurrentUser coordinator) {
        AssessmentView assessment = lockAppraisable(year, unitId);
        AssessmentHeader header = assessment.header();
        if (form.version() == null || form.version() != header.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        List<Criterion> applicable = assessment.applicable();
        List<RuleViolationException> problems = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            AppraisalForm.Line line = form.lines().get(i);
            Optional<Criterion> criterion = line == null ? Optional.empty() : applicable.stream()
                    .filter(candidate -> line.criterionId() != null && candidate.id() == line.criterionId()).findFirst();
            if (criterion.isPresent()) {
                BigDecimal score = SelfAssessment.score(line.score(), criterion.get(), "lines[" + i + "].score",
                        problems);
                String comment = line.comment() == null || line.comment().isBlank() ? null : line.comment().strip();
                rows.add(new Object[] {header.id(), criterion.get().id(), score, comment});
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        jdbc.batchUpdate("""
                insert into assessment_score (assessment_id, criterion_id, appraised_score, appraisal_comment)
                values (?, ?, ?, ?) on conflict (assessment_id, criterion_id) do update
                    set appraised_score = excluded.appraised_score, appraisal_comment = excluded.appraisal_comment
                """, rows);
        touch(header.id(), null, coordinator);
        return header.version() + 1;
    }

    /** Sends the appraisal to the unit for its response; only once, and only with every line appraised. */
    public void returnToUnit(int year, long unitId, String comment, CurrentUser coordinator) {
        AssessmentView assessment = lockAppraisable(year, unitId);
        if (assessment.header().returnedAt() != null) {
            throw new RuleViolationException(null, "assessment.return.once");
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException(null, "assessment.return.comment");
        }
        requireAppraised(assessment);
        Instant now = clock.instant();
        jdbc.update("""
                update assessment set status = 'RETURNED', returned_at = ?, return_comment = ? where id = ?
                """, Timestamp.from(now), comment.strip(), assessment.header().id());
        touch(assessment.header().id(), now, coordinator);
        AssessmentHeader header = assessment.header();
        events.publishEvent(new AppraisalReturned(header.id(), header.year(), header.unitId(), header.unitName(),
                comment.strip(), coordinator.fullName(), now));
    }

    /**
     * Closes the appraisal: every line appraised and, when the set has a survey share, the survey points entered. An
     * assessment waiting for the unit's response is closed as it was sent, and only once the response is due.
     */
    public void finish(int year, long unitId, CurrentUser coordinator) {
        AssessmentHeader header = lockHeader(year, unitId);
        if (header.status() == AssessmentStatus.RETURNED) {
            ResponseDeadline deadline = responseDeadline(header);
            if (!deadline.passed()) {
                throw new RuleViolationException(null, "assessment.finish.awaitingResponse",
                        new DateFormatter().print(deadline.due(), null),
                        new DateFormatter().print(deadline.closableFrom(), null));
            }
        } else if (!header.status().appraisable()) {
            throw new RuleViolationException(null, "assessment.locked." + header.status().name());
        }
        AssessmentView assessment = assessments.view(year, unitId);
        requireAppraised(assessment);
        if (assessment.criteria().set().surveyPoints().signum() > 0 && assessment.header().surveyPoints() == null) {
            throw new RuleViolationException(null, "assessment.finish.survey");
        }
        Instant now = clock.instant();
        jdbc.update("update assessment set status = 'FINAL', finalized_at = ? where id = ?", Timestamp.from(now),
                assessment.header().id());
        touch(assessment.header().id(), now, coordinator);
    }

    /** Until when the unit may answer the appraisal returned to it, and whether that day is over. */
    @Transactional(readOnly = true)
    public ResponseDeadline responseDeadline(AssessmentHeader returned) {
        if (returned.returnedAt() == null) {
            throw new IllegalArgumentException("the appraisal was not returned to the unit");
        }
        LocalDate due = years.get(returned.year()).responseDue(returned.returnedAt(), clock.getZone());
        return new ResponseDeadline(due, LocalDate.now(clock).isAfter(due));
    }

    private void requireAppraised(AssessmentView assessment) {
        long missing = assessment.applicable().stream()
                .filter(criterion -> assessment.line(criterion.id()).appraisedScore() == null).count();
        if (missing > 0) {
            throw new RuleViolationException(null, "assessment.appraisal.incomplete", missing);
        }
    }

    private AssessmentView lockAppraisable(int year, long unitId) {
        AssessmentHeader header = lockHeader(year, unitId);
        if (!header.status().appraisable()) {
            throw new RuleViolationException(null, "assessment.locked." + header.status().name());
        }
        return assessments.view(year, unitId);
    }

    private AssessmentHeader lockHeader(int year, long unitId) {
        return jdbc.query(Assessments.HEADER_SQL + " where a.year = ? and a.unit_id = ? for update of a",
                Assessments::header, year, unitId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Assessment", unitId));
    }

    private void touch(long assessmentId, Instant at, CurrentUser coordinator) {
        Instant now = at == null ? clock.instant() : at;
        jdbc.update("update assessment set updated_by = ?, updated_at = ?, version = version + 1 where id = ?",
                coordinator.fullName(), Timestamp.from(now), assessmentId);
    }
}
