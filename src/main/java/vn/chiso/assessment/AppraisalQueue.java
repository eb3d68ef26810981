package vn.chiso.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments of every year waiting for Sở Nội vụ: sent for appraisal, answered after a return, or returned and
 * no longer waiting for an answer that is overdue. One statement, whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalQueue {

    /**
     * How many assessments wait, as a scalar subquery, so that the menu's count can add it to the other modules' in
     * one statement: the one piece of SQL the module lends, kept in its repository. Its named parameters:
     * {@code zone}, the province's time zone (its id), and {@code today}, today's date there.
     */
    public static final String WAITING_COUNT_SQL = AssessmentRepository.WAITING_COUNT;

    private final AssessmentRepository assessments;
    private final Clock clock;

    AppraisalQueue(AssessmentRepository assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * Every waiting assessment; within each status the one that has waited longest first (sent, answered, or due to
     * be answered earliest).
     */
    public List<WaitingAssessment> waiting() {
        return assessments.waiting(clock.getZone(), LocalDate.now(clock));
    }
}
