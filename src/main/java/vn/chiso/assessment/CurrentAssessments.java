package vn.chiso.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a unit has left to do in the current round: its window, where its assessment stands and what keeps a draft
 * from being submitted, by the same checks as the submission. A fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class CurrentAssessments {

    private final AssessmentYears years;
    private final Assessments assessments;
    private final Appraisal appraisal;
    private final Clock clock;

    CurrentAssessments(AssessmentYears years, Assessments assessments, Appraisal appraisal, Clock clock) {
        this.years = years;
        this.assessments = assessments;
        this.appraisal = appraisal;
        this.clock = clock;
    }

    /** The unit's assessment of the round officers work on today; empty when the unit is not enrolled in it. */
    public Optional<CurrentAssessment> ofUnit(long unitId) {
        return years.current().flatMap(round -> assessments.find(round.year(), unitId).map(header -> {
            List<SubmissionGap> gaps = header.status().selfEditable()
                    ? assessments.view(header).submissionGaps() : List.of();
            int unscored = (int) gaps.stream().filter(gap -> gap.kind() == SubmissionGap.Kind.SCORE).count();
            Long daysLeft = round.closesOn() == null ? null
                    : ChronoUnit.DAYS.between(LocalDate.now(clock), round.closesOn());
            return new CurrentAssessment(round, unitId, header.status(), header.submittedAt(), daysLeft, unscored,
                    gaps.size() - unscored,
                    header.status() == AssessmentStatus.RETURNED ? appraisal.responseDeadline(header) : null,
                    header.returnComment());
        }));
    }
}
