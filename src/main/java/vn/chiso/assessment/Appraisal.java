package vn.chiso.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
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
 * <p>
 * Each change loads the assessment once, its row locked, and writes it back: its header in one statement, its lines
 * in one batch.
 */
@Service
@Transactional
public class Appraisal {

    private final AssessmentRepository headers;
    private final ScoreLineRepository lines;
    private final Assessments assessments;
    private final AssessmentYears years;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Appraisal(AssessmentRepository headers, ScoreLineRepository lines, Assessments assessments, AssessmentYears years,
            Clock clock, ApplicationEventPublisher events) {
        this.headers = headers;
        this.lines = lines;
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
        List<ScoreLineRepository.AppraisedScore> rows = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            AppraisalForm.Line line = form.lines().get(i);
            Optional<Criterion> criterion = line == null ? Optional.empty() : applicable.stream()
                    .filter(candidate -> line.criterionId() != null && candidate.id() == line.criterionId()).findFirst();
            if (criterion.isPresent()) {
                BigDecimal score = SelfAssessment.score(line.score(), criterion.get(), "lines[" + i + "].score",
                        problems);
                String comment = line.comment() == null || line.comment().isBlank() ? null : line.comment().strip();
                rows.add(new ScoreLineRepository.AppraisedScore(header.id(), criterion.get().id(), score, comment));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        lines.writeAppraisal(rows);
        headers.touch(header.id(), coordinator.fullName(), clock.instant());
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
        AssessmentHeader header = assessment.header();
        headers.returned(header.id(), comment.strip(), coordinator.fullName(), now);
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
        AssessmentView assessment = assessments.view(header);
        requireAppraised(assessment);
        if (assessment.criteria().set().surveyPoints().signum() > 0 && assessment.header().surveyPoints() == null) {
            throw new RuleViolationException(null, "assessment.finish.survey");
        }
        headers.finalized(header.id(), coordinator.fullName(), clock.instant());
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
        return assessments.view(header);
    }

    private AssessmentHeader lockHeader(int year, long unitId) {
        return headers.lock(year, unitId).orElseThrow(() -> new NotFoundException("Assessment", unitId));
    }
}
